namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>The outcome of normalising a postcode.</summary>
/// <param name="Value">The normalised postcode ("01000", "SW1A 1AA"), or null when refused.</param>
/// <param name="Message">French note for shop staff (restored zero, refusal), or null.</param>
public sealed record PostalCodeResult(string? Value, string? Message)
{
    /// <summary>True when <see cref="Value"/> can be stored.</summary>
    public bool IsValid => Value is not null;
}
