namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary><c>POST /issues/{id}/send</c> sending now: messages queued and subscribers refused by reason.</summary>
internal sealed record SentView(string Status, int Recipients, IReadOnlyDictionary<string, int> Refused);
