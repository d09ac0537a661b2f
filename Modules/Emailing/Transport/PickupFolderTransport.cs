using System.Net.Mail;

namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>
/// Writes each message as an <c>.eml</c> file in a folder: the default when no SMTP server is configured, so that a
/// fresh install sends nothing by mistake and loses nothing (a local mail server or a person can pick the files up).
/// </summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Folder };
        return Task.FromResult<IMailSession>(new SmtpClientSession(client, ex => new MailDeliveryException(false, ex.Message, ex)));
    }
}
