namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>
/// The SMTP server (configuration <c>Modules:emailing:Smtp</c>). <see cref="StartTls"/> upgrades the connection before
/// authenticating. The password is never logged: <see cref="ToString"/> leaves it out.
/// </summary>
internal sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool StartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Per message, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public override string ToString() => $"{Host}:{Port} (STARTTLS {(StartTls ? "oui" : "non")}, {(UserName is null ? "sans authentification" : "utilisateur " + UserName)})";
}
