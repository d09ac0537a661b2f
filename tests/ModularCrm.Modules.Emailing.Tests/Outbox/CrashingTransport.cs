using System.Net.Mail;
using ModularCrm.Modules.Emailing.Transport;

namespace ModularCrm.Modules.Emailing.Tests.Outbox;

/// <summary>A real transport whose process "dies" right after the server accepted message number <c>crashAfter</c>.</summary>
internal sealed class CrashingTransport(IMailTransport inner, int crashAfter) : IMailTransport
{
    private readonly int limit = crashAfter;
    private int sent;

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken) => new Session(await inner.OpenAsync(cancellationToken), this);

    private sealed class Session(IMailSession inner, CrashingTransport owner) : IMailSession
    {
        public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            if (++owner.sent == owner.limit)
            {
                throw new InvalidOperationException("process killed");
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
