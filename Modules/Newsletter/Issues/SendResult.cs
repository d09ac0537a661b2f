namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>What sending an issue queued: messages, and subscribers left out by reason (the e-mailing module's verdict).</summary>
internal sealed record SendResult(int Recipients, IReadOnlyDictionary<string, int> Refused);
