namespace ModularCrm.Modules.Emailing.Tracking.Dsn;

/// <summary>One per-recipient field group of a DSN: the address, what happened (Action), the RFC 3463 status, the server's words.</summary>
internal sealed record DsnRecipient(string? FinalRecipient, string Action, string Status, string? DiagnosticCode)
{
    /// <summary><c>hard</c> (5.x.x), <c>soft</c> (4.x.x), or null when this recipient did not bounce (delivered, relayed, expanded).</summary>
    public string? BounceKind => Action.ToLowerInvariant() is "failed" or "delayed"
        ? Status.StartsWith("5.", StringComparison.Ordinal) ? "hard" : Status.StartsWith("4.", StringComparison.Ordinal) ? "soft" : null
        : null;

    /// <summary>The server's diagnostic without its type (<c>smtp;</c>), or the status code when there is none.</summary>
    public string Reason => DiagnosticCode is { Length: > 0 } diagnostic
        ? (diagnostic.IndexOf(';') is var semi and > 0 ? diagnostic[(semi + 1)..] : diagnostic).Trim()
        : $"statut {Status}";
}
