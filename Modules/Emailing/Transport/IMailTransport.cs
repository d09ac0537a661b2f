namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>Where messages go: an SMTP server or a pickup folder. A session is opened per batch so that a connection is reused.</summary>
internal interface IMailTransport
{
    /// <summary>Opens a session for one batch of messages.</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}
