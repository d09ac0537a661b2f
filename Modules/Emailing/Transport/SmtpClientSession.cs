using System.Net.Mail;

namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>A batch on one <see cref="SmtpClient"/> (network or pickup folder); failures are classified by the transport.</summary>
internal sealed class SmtpClientSession(SmtpClient client, Func<SmtpException, MailDeliveryException> classify) : IMailSession
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            throw classify(ex);
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose(); // sends QUIT on an open connection
        return ValueTask.CompletedTask;
    }
}
