using System.Text.Json;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>A campaign as the API shows it.</summary>
internal sealed record CampaignView(
    long Id, string Name, string Text, long SegmentId, string Status, DateTimeOffset? DueAt, int? Recipients, Dictionary<string, int>? Excluded, DateTimeOffset CreatedAt)
{
    public static CampaignView From(CampaignRow c) =>
        new(c.Id, c.Name, c.TextTemplate, c.SegmentId, c.Status, c.DueAt, c.Recipients,
            c.ExclusionsJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(c.ExclusionsJson), c.CreatedAt);
}
