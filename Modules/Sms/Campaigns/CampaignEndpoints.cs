using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>
/// <c>/campaigns</c>: drafts, who would receive it and who is excluded why (<c>/audience</c>), preview with encoding,
/// segments and cost, send (now or at a time; each message waits for the legal window), statistics.
/// </summary>
internal static class CampaignEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Sms");
        group.MapGet("/", async (IShopDb db, CancellationToken ct) => Results.Ok((await CampaignStore.ListAsync(db, ct)).Select(CampaignView.From)))
            .WithName("sms.campaigns.list");
        group.MapPost("/", CreateAsync).WithName("sms.campaigns.create");
        group.MapGet("/{id:long}", (IShopDb db, long id, CancellationToken ct) => WithCampaign(db, id, c => Task.FromResult(Results.Ok(CampaignView.From(c))), ct))
            .WithName("sms.campaigns.get");
        group.MapPut("/{id:long}", UpdateAsync).WithName("sms.campaigns.update");
        group.MapGet("/{id:long}/audience", AudienceAsync).WithName("sms.campaigns.audience");
        group.MapGet("/{id:long}/preview", PreviewAsync).WithName("sms.campaigns.preview");
        group.MapPost("/{id:long}/send", SendAsync).WithName("sms.campaigns.send");
        group.MapGet("/{id:long}/stats", CampaignStats.GetAsync).WithName("sms.campaigns.stats");
    }

    public static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Campagne introuvable", detail: $"Aucune campagne SMS n° {id} dans cette boutique.");

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, CampaignInput input, CancellationToken ct)
    {
        if (CampaignValidator.Validate(input) is { Count: > 0 } errors)
        {
            return Results.ValidationProblem(errors, title: "Campagne refusée");
        }

        var id = await CampaignStore.InsertAsync(db, input.Name!.Trim(), input.Text!, input.SegmentId!.Value, clock.GetUtcNow(), ct);
        return Results.Created($"campaigns/{id}", CampaignView.From((await CampaignStore.FindAsync(db, id, ct))!));
    }

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, CampaignInput input, CancellationToken ct)
    {
        if (CampaignValidator.Validate(input) is { Count: > 0 } errors)
        {
            return Results.ValidationProblem(errors, title: "Campagne refusée");
        }

        return await WithCampaign(db, id, async _ =>
            await CampaignStore.UpdateDraftAsync(db, id, input.Name!.Trim(), input.Text!, input.SegmentId!.Value, clock.GetUtcNow(), ct) == 0
                ? Conflict("Seul un brouillon se modifie : cette campagne est déjà envoyée.")
                : Results.Ok(CampaignView.From((await CampaignStore.FindAsync(db, id, ct))!)), ct);
    }

    private static Task<IResult> AudienceAsync(IShopDb db, IAudience audience, long id, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            var members = await audience.SegmentMembersAsync(db, c.SegmentId, AudienceChannel.Sms, ct);
            if (members is null)
            {
                return SegmentMissing(c.SegmentId);
            }

            var (recipients, excluded) = LawfulRecipients.Select(members);
            return Results.Ok(new { members = members.Count, recipients = recipients.Count, excluded });
        }, ct);

    // The preview for one contact (or a sample), and the cost of the whole campaign from every lawful recipient's own text.
    private static Task<IResult> PreviewAsync(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, long id, long? contactId, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            var member = contactId is { } contact ? await audience.FindAsync(db, contact, AudienceChannel.Sms, ct) : RecipientModel.Sample;
            if (member is null)
            {
                return ContactMissing(contactId);
            }

            var members = await audience.SegmentMembersAsync(db, c.SegmentId, AudienceChannel.Sms, ct);
            if (members is null)
            {
                return SegmentMissing(c.SegmentId);
            }

            var sms = await ShopSms.LoadAsync(db, options, ct);
            var renderer = new SmsRenderer(c.TextTemplate, shop.Name, shop.Culture, sms.Settings.StopMention);
            var (text, measure) = renderer.Render(member);
            var recipients = LawfulRecipients.Select(members).Recipients;
            var segments = recipients.Sum(r => renderer.Render(r).Measure.Segments);
            return Results.Ok(new
            {
                preview = PreviewView.From(text, measure, member.Address, sms, promotional: true),
                recipients = recipients.Count,
                totalSegments = segments,
                estimatedCost = sms.Cost(segments),
            });
        }, ct);

    private static Task<IResult> SendAsync(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock, long id, SendInput? input, CancellationToken ct) =>
        WithCampaign(db, id, async _ =>
        {
            try
            {
                var result = await new CampaignEnqueuer(db, audience, options, shop, clock).EnqueueAsync(id, input?.At, ct);
                return result is not { } sent
                    ? Conflict("Cette campagne est déjà envoyée ou en cours d'envoi.")
                    : Results.Ok(new { status = "sent", recipients = sent.Recipients, excluded = sent.Excluded, dueAt = sent.DueAt });
            }
            catch (CampaignException ex)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] }, title: "Envoi impossible");
            }
        }, ct);

    private static async Task<IResult> WithCampaign(IShopDb db, long id, Func<CampaignRow, Task<IResult>> then, CancellationToken ct) =>
        await CampaignStore.FindAsync(db, id, ct) is { } campaign ? await then(campaign) : NotFound(id);

    private static IResult Conflict(string detail) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Opération impossible", detail: detail);

    public static IResult ContactMissing(long? contactId) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["contactId"] = [$"Aucun contact n° {contactId} dans cette boutique."] });

    private static IResult SegmentMissing(long segmentId) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["segmentId"] = [$"Le segment n° {segmentId} n'existe pas dans cette boutique."] });
}
