using ModularCrm.Sdk.Mail;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// <c>GET /issues/{id}/stats</c>: the subscribers queued, those the e-mailing module refused by reason, and its figures
/// for the issue's stream (queued, sent, delivered, opens, clicks, bounces, unsubscribes).
/// </summary>
internal sealed record IssueStats(IssueView Issue, int Recipients, IReadOnlyDictionary<string, int> Refused, MailStreamStats Stats);
