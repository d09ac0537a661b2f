namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// The verdict on one e-mail address. A <see cref="Suggestion"/> is advice only: a valid address with a
/// suggestion is kept as typed and merely flagged.
/// </summary>
/// <param name="Input">The text as received.</param>
/// <param name="Problem">Why the address is refused, or <see cref="EmailProblem.None"/>.</param>
/// <param name="Normalized">Trimmed address with a lower-case domain, when valid.</param>
/// <param name="Suggestion">A likely intended address (typo on a known provider), or null.</param>
/// <param name="Message">French text for shop staff, or null when valid without suggestion.</param>
public sealed record EmailCheck(string Input, EmailProblem Problem, string? Normalized, string? Suggestion, string? Message)
{
    /// <summary>True when the address can be stored.</summary>
    public bool IsValid => Problem == EmailProblem.None;

    /// <summary>Machine code ("email.missing_at", "email.suggestion"...), or null when nothing to say.</summary>
    public string? Code => Problem switch
    {
        EmailProblem.None => Suggestion is null ? null : "email.suggestion",
        EmailProblem.Empty => "email.empty",
        EmailProblem.MissingAt => "email.missing_at",
        EmailProblem.MultipleAt => "email.multiple_at",
        EmailProblem.EmptyLocalPart => "email.empty_local_part",
        EmailProblem.InvalidLocalPart => "email.invalid_local_part",
        EmailProblem.EmptyDomain => "email.empty_domain",
        EmailProblem.InvalidDomain => "email.invalid_domain",
        EmailProblem.MissingTld => "email.missing_tld",
        EmailProblem.InvalidTld => "email.invalid_tld",
        EmailProblem.TldTypo => "email.tld_typo",
        EmailProblem.TooLong => "email.too_long",
        _ => "email.invalid",
    };
}
