using System.Text.Json;
using System.Threading.Channels;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// Puts a campaign in the outbox: in one transaction it claims the campaign (draft or scheduled → sending), reads the
/// segment through the audience contract, keeps the lawful recipients, renders and enqueues one message each, and marks
/// the campaign sent with its counts. A failure rolls everything back; a second process finds the campaign claimed.
/// </summary>
internal sealed class CampaignEnqueuer(IShopDb db, IAudience audience, EmailingOptions options, ShopContext shop, TimeProvider clock)
{
    /// <summary>The counts, or null when the campaign was not a draft or scheduled (already sent, or being sent elsewhere).</summary>
    public async Task<EnqueueResult?> EnqueueAsync(long campaignId, string baseUrl, CancellationToken ct)
    {
        var settings = await SettingsStore.GetAsync(db, ct);
        return await db.InTransactionAsync(
            async tx =>
            {
                var now = clock.GetUtcNow();
                var campaign = await CampaignStore.FindAsync(tx, campaignId, ct);
                if (campaign is null || await CampaignStore.StartSendingAsync(tx, campaignId, now, ct) == 0)
                {
                    return null;
                }

                var members = await audience.SegmentMembersAsync(tx, campaign.SegmentId, AudienceChannel.Email, ct)
                    ?? throw new CampaignException("segmentId", $"Le segment n° {campaign.SegmentId} n'existe plus.");
                var selection = LawfulAudience.Select(members, campaign.Topic, campaign.UseSoftOptIn);
                var links = ShopLinks.For(options, campaign.BaseUrl ?? baseUrl, shop, settings);
                var renderer = new CampaignRenderMemo(new CampaignRenderer(campaign, shop.Name, shop.Culture), links);
                await RenderAndInsertAsync(tx, selection.Recipients, member =>
                {
                    var message = Message(campaign, member, settings);
                    var rendered = renderer.Render(member, message.Ref);
                    return message with
                    {
                        Subject = rendered.Subject, Html = rendered.Html, Text = rendered.Text,
                        Headers = Unsubscribe.Headers(links.UnsubscribeUrl(message.Ref)),
                    };
                }, now, ct);

                await CampaignStore.FinishAsync(tx, campaignId, selection.Recipients.Count, JsonSerializer.Serialize(selection.Excluded), now, ct);
                return new EnqueueResult(selection.Recipients.Count, selection.Excluded);
            },
            ct);
    }

    // Rendering is CPU work and the inserts wait on the database: chunks are rendered on every core while the
    // previous chunk is written, in the caller's transaction.
    private static async Task RenderAndInsertAsync(
        IShopSql tx, IReadOnlyList<AudienceMember> recipients, Func<AudienceMember, OutgoingMessage> render, DateTimeOffset now, CancellationToken ct)
    {
        const int Chunk = 50;
        var chunks = Channel.CreateBounded<OutgoingMessage[]>(4);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var start = 0; start < recipients.Count; start += Chunk)
                    {
                        var rendered = new OutgoingMessage[Math.Min(Chunk, recipients.Count - start)];
                        Parallel.For(0, rendered.Length, new ParallelOptions { CancellationToken = ct }, i => rendered[i] = render(recipients[start + i]));
                        await chunks.Writer.WriteAsync(rendered, ct);
                    }

                    chunks.Writer.Complete();
                }
                catch (Exception ex)
                {
                    chunks.Writer.Complete(ex);
                }
            },
            ct);
        await foreach (var rendered in chunks.Reader.ReadAllAsync(ct))
        {
            await OutboxStore.EnqueueManyAsync(tx, rendered, now, ct);
        }

        await producer;
    }

    private OutgoingMessage Message(CampaignRow campaign, AudienceMember member, ShopSettings settings) =>
        new(OutboxKinds.Campaign, member.Address!.Trim(), member.DisplayName, settings.FromAddress ?? options.DefaultFromAddress, settings.FromName ?? shop.Name, string.Empty)
        {
            CampaignId = campaign.Id,
            ContactId = member.ContactId,
        };
}
