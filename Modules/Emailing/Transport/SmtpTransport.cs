using System.Net;
using System.Net.Mail;
using System.Net.Sockets;

namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>SMTP through System.Net.Mail; one <see cref="SmtpClient"/> per batch, so the connection is reused between messages.</summary>
internal sealed class SmtpTransport(SmtpSettings settings) : IMailTransport
{
    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = settings.TimeoutSeconds * 1000,
            UseDefaultCredentials = false,
        };
        if (settings.UserName is { Length: > 0 } user)
        {
            client.Credentials = new NetworkCredential(user, settings.Password);
        }

        return Task.FromResult<IMailSession>(new SmtpClientSession(client, Classify));
    }

    /// <summary>5xx answers are permanent; 4xx answers, timeouts and broken connections are worth a retry.</summary>
    public static MailDeliveryException Classify(SmtpException ex)
    {
        var code = (int)ex.StatusCode;
        var reason = $"{code} {ex.Message}".Trim();
        var network = ex.InnerException is IOException or SocketException || ex.StatusCode == SmtpStatusCode.GeneralFailure;
        return new MailDeliveryException(!network && code is >= 500 and < 600, reason, ex);
    }
}
