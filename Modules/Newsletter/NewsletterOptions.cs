namespace ModularCrm.Modules.Newsletter;

/// <summary>The module's configuration, section <c>Modules:newsletter</c>.</summary>
internal sealed class NewsletterOptions
{
    /// <summary>
    /// The key that signs confirmation links (at least 32 characters). Without it each shop gets a random key stored in
    /// <c>newsletter_settings</c>, which every process sharing the database reads.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The public address of the host for links in messages; the request's otherwise.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a confirmation link works; unconfirmed sign-ups are deleted after it.</summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The least time between two confirmation e-mails to one address for one newsletter.</summary>
    public TimeSpan ConfirmationResendDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Confirmation e-mails one address gets for one newsletter before the link expires.</summary>
    public int MaxConfirmations { get; set; } = 3;

    /// <summary>Sign-up posts accepted from one network address per shop and <see cref="SignupWindow"/> (per host process).</summary>
    public int SignupsPerWindow { get; set; } = 20;

    public TimeSpan SignupWindow { get; set; } = TimeSpan.FromMinutes(10);
}
