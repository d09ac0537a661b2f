using System.Text.Json;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A campaign as the API returns it, with its subject warnings.</summary>
public sealed record CampaignView(
    long Id, string Name, string Subject, string Html, string? Text, long SegmentId, string? Topic, bool UseSoftOptIn, string Status,
    DateTimeOffset? ScheduledAt, int? Recipients, IReadOnlyDictionary<string, int>? Excluded, IReadOnlyList<SubjectWarning> Warnings)
{
    internal static CampaignView From(CampaignRow r) =>
        new(
            r.Id, r.Name, r.Subject, r.HtmlTemplate, r.TextTemplate, r.SegmentId, r.Topic, r.UseSoftOptIn, r.Status, r.ScheduledAt, r.Recipients,
            r.ExclusionsJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(r.ExclusionsJson),
            SubjectChecker.Check(r.Subject));
}
