using System.Collections.Concurrent;

namespace ModularCrm.Modules.Newsletter.Subscriptions;

/// <summary>
/// Sign-up posts per shop and network address in a fixed window, in this process's memory: enough to stop one client
/// from using the form to mail-bomb a list of addresses (each address is also limited in the database).
/// </summary>
internal sealed class SignupLimiter(NewsletterOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> windows = new();

    /// <summary>Counts one post; false when the caller is over the limit.</summary>
    public bool TryAcquire(long shopId, string? remoteAddress)
    {
        var now = clock.GetUtcNow();
        if (windows.Count > 10_000)
        {
            foreach (var stale in windows.Where(w => w.Value.Start + options.SignupWindow <= now).Select(w => w.Key).ToList())
            {
                windows.TryRemove(stale, out _);
            }
        }

        var window = windows.AddOrUpdate(
            $"{shopId}|{remoteAddress ?? "?"}",
            _ => new Window(now, 1),
            (_, w) => w.Start + options.SignupWindow <= now ? new Window(now, 1) : w with { Count = w.Count + 1 });
        return window.Count <= options.SignupsPerWindow;
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
