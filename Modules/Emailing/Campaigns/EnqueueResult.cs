namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>Messages put in the outbox, and members left out by reason.</summary>
public sealed record EnqueueResult(int Recipients, IReadOnlyDictionary<string, int> Excluded);
