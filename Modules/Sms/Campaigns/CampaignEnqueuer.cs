using System.Text.Json;
using ModularCrm.Modules.Sms.Outbox;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>
/// Puts a campaign in the outbox: in one transaction it claims the draft (draft → sending), reads the segment through
/// the audience contract, keeps the contacts with SMS consent and one message per number, renders each text with the
/// opt-out mention, and enqueues it due at the next legal window after the chosen time. A failure rolls everything back;
/// a second send finds the campaign claimed, so a number gets a campaign once.
/// </summary>
internal sealed class CampaignEnqueuer(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock)
{
    /// <summary>The recipients and exclusions, or null when the campaign was not a draft (already sent, or being sent).</summary>
    public async Task<(int Recipients, Dictionary<string, int> Excluded, DateTimeOffset DueAt)?> EnqueueAsync(long campaignId, DateTimeOffset? at, CancellationToken ct)
    {
        var sms = await ShopSms.LoadAsync(db, options, ct);
        return await db.InTransactionAsync<(int, Dictionary<string, int>, DateTimeOffset)?>(
            async tx =>
            {
                var now = clock.GetUtcNow();
                var campaign = await CampaignStore.FindAsync(tx, campaignId, ct);
                if (campaign is null || await CampaignStore.StartSendingAsync(tx, campaignId, now, ct) == 0)
                {
                    return null;
                }

                var members = await audience.SegmentMembersAsync(tx, campaign.SegmentId, AudienceChannel.Sms, ct)
                    ?? throw new CampaignException("segmentId", $"Le segment n° {campaign.SegmentId} n'existe plus.");
                var (recipients, excluded) = LawfulRecipients.Select(members);
                var due = sms.Window.NextOpen(at is { } chosen && chosen > now ? chosen : now);
                var renderer = new SmsRenderer(campaign.TextTemplate, shop.Name, shop.Culture, sms.Settings.StopMention);
                foreach (var member in recipients)
                {
                    var (text, measure) = renderer.Render(member);
                    var queued = new QueuedSms(OutboxKinds.Campaign, true, member.Address!, sms.Sender, text, measure, due)
                    {
                        CampaignId = campaign.Id,
                        ContactId = member.ContactId,
                    };
                    await OutboxStore.EnqueueAsync(tx, queued, now, ct);
                }

                await CampaignStore.FinishAsync(tx, campaignId, recipients.Count, JsonSerializer.Serialize(excluded), due, now, ct);
                return (recipients.Count, excluded, due);
            },
            ct);
    }
}
