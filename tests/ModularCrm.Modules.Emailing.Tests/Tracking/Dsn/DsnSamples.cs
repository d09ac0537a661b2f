using ModularCrm.Testing;

namespace ModularCrm.Modules.Emailing.Tests.Tracking.Dsn;

/// <summary>Bounces written after RFC 3464 and what Postfix and Exchange Online send, with the original Message-ID to fill in.</summary>
internal static class DsnSamples
{
    public static string Read(string name, string messageId) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ModularCrm.Modules.Emailing.Tests", "Tracking", "Dsn", "Samples", name))
            .Replace("{{MESSAGE_ID}}", messageId, StringComparison.Ordinal);
}
