using System.Net.Mail;

namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>One batch's connection to a transport.</summary>
internal interface IMailSession : IAsyncDisposable
{
    /// <summary>Sends one message; throws <see cref="MailDeliveryException"/> when it was refused or could not be delivered.</summary>
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
