namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// What an issue may say of its recipient, as <c>subscriber.*</c> (<c>civility</c>, <c>first_name</c>, <c>last_name</c>,
/// <c>email</c>): the contact's data from the contacts module, or the names given at sign-up when the contact has none.
/// </summary>
internal sealed record Subscriber(string? Civility, string? FirstName, string? LastName, string Email)
{
    /// <summary>Nobody: the archive's web version, where no one's name belongs.</summary>
    public static readonly Subscriber Nobody = new(null, null, null, string.Empty);

    /// <summary>Who the preview and the test send are written to.</summary>
    public static readonly Subscriber Sample = new("Mme", "Camille", "Exemple", "camille@exemple.fr");
}
