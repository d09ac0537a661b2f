namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>The outcome of normalising one phone number.</summary>
/// <param name="Input">The text as received.</param>
/// <param name="Problem">Why the number is refused, or <see cref="PhoneProblem.None"/>.</param>
/// <param name="E164">The number in E.164 form ("+33612345678"), when valid.</param>
/// <param name="Kind">What the number reaches, when valid.</param>
/// <param name="IsPremiumRate">True for French premium-rate numbers (08 9x): valid but worth a warning.</param>
/// <param name="Message">French text for shop staff: the refusal reason, or the premium-rate warning.</param>
public sealed record PhoneNumberResult(
    string Input, PhoneProblem Problem, string? E164, PhoneKind? Kind, bool IsPremiumRate, string? Message)
{
    /// <summary>True when the number can be stored.</summary>
    public bool IsValid => Problem == PhoneProblem.None;

    /// <summary>Machine code ("phone.too_short", "phone.premium_rate"...), or null when nothing to say.</summary>
    public string? Code => Problem switch
    {
        PhoneProblem.None => IsPremiumRate ? "phone.premium_rate" : null,
        PhoneProblem.Empty => "phone.empty",
        PhoneProblem.InvalidCharacters => "phone.invalid_characters",
        PhoneProblem.TooShort => "phone.too_short",
        PhoneProblem.TooLong => "phone.too_long",
        PhoneProblem.InvalidPrefix => "phone.invalid_prefix",
        _ => "phone.invalid",
    };
}
