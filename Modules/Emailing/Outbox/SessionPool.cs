using ModularCrm.Modules.Emailing.Transport;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>One transport session per lane, opened on first use and kept for every batch of a pass, so connections are reused.</summary>
internal sealed class SessionPool(IMailTransport transport, int lanes) : IAsyncDisposable
{
    private readonly IMailSession?[] sessions = new IMailSession?[Math.Max(1, lanes)];

    public int Lanes => sessions.Length;

    public async Task<IMailSession> GetAsync(int lane, CancellationToken ct) => sessions[lane] ??= await transport.OpenAsync(ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var session in sessions)
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }
}
