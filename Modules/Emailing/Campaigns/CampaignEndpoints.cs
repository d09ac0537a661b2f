using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// <c>/campaigns</c>: create and edit drafts, see who would receive it and who is excluded why (<c>/audience</c>),
/// preview for a contact, send a test to oneself, send now or schedule, statistics.
/// </summary>
internal static class CampaignEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Emailing");
        group.MapGet("/", async (IShopDb db, CancellationToken ct) => Results.Ok((await CampaignStore.ListAsync(db, ct)).Select(CampaignView.From)))
            .WithName("emailing.campaigns.list");
        group.MapPost("/", CreateAsync).WithName("emailing.campaigns.create");
        group.MapGet("/{id:long}", (IShopDb db, long id, CancellationToken ct) => WithCampaign(db, id, c => Task.FromResult(Results.Ok(CampaignView.From(c))), ct))
            .WithName("emailing.campaigns.get");
        group.MapPut("/{id:long}", UpdateAsync).WithName("emailing.campaigns.update");
        group.MapGet("/{id:long}/audience", AudienceAsync).WithName("emailing.campaigns.audience");
        group.MapGet("/{id:long}/preview", PreviewAsync).WithName("emailing.campaigns.preview");
        group.MapPost("/{id:long}/test", TestAsync).WithName("emailing.campaigns.test");
        group.MapPost("/{id:long}/send", SendAsync).WithName("emailing.campaigns.send");
        group.MapGet("/{id:long}/stats", CampaignStats.GetAsync).WithName("emailing.campaigns.stats");
    }

    public static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Campagne introuvable", detail: $"Aucune campagne n° {id} dans cette boutique.");

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, CampaignInput input, CancellationToken ct)
    {
        var (campaign, errors) = CampaignValidator.Validate(input);
        if (campaign is null)
        {
            return Results.ValidationProblem(errors, title: "Campagne refusée");
        }

        var id = await CampaignStore.InsertAsync(db, campaign, clock.GetUtcNow(), ct);
        return Results.Created($"campaigns/{id}", CampaignView.From((await CampaignStore.FindAsync(db, id, ct))!));
    }

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, CampaignInput input, CancellationToken ct)
    {
        var (campaign, errors) = CampaignValidator.Validate(input);
        if (campaign is null)
        {
            return Results.ValidationProblem(errors, title: "Campagne refusée");
        }

        return await WithCampaign(db, id, async _ =>
            await CampaignStore.UpdateDraftAsync(db, id, campaign, clock.GetUtcNow(), ct) == 0
                ? Conflict("Seul un brouillon se modifie : cette campagne est programmée ou envoyée.")
                : Results.Ok(CampaignView.From((await CampaignStore.FindAsync(db, id, ct))!)), ct);
    }

    private static Task<IResult> AudienceAsync(IShopDb db, IAudience audience, long id, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            var members = await audience.SegmentMembersAsync(db, c.SegmentId, AudienceChannel.Email, ct);
            if (members is null)
            {
                return SegmentMissing(c.SegmentId);
            }

            var selection = LawfulAudience.Select(members, c.Topic, c.UseSoftOptIn);
            return Results.Ok(new { members = members.Count, recipients = selection.Recipients.Count, excluded = selection.Excluded });
        }, ct);

    private static Task<IResult> PreviewAsync(HttpRequest request, IShopDb db, IAudience audience, EmailingOptions options, ShopContext shop, long id, long? contactId, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            var member = contactId is { } contact ? await audience.FindAsync(db, contact, AudienceChannel.Email, ct) : RecipientModel.Sample("marie.dupont@example.fr");
            if (member is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["contactId"] = [$"Aucun contact n° {contactId} dans cette boutique."] });
            }

            var links = ShopLinks.For(options, BaseUrl(request), shop, await SettingsStore.GetAsync(db, ct));
            var rendered = new CampaignRenderer(c, shop.Name, shop.Culture).Render(member, links, "preview");
            return Results.Ok(new { subject = rendered.Subject, html = rendered.Html, text = rendered.Text, to = member.Address, warnings = SubjectChecker.Check(c.Subject) });
        }, ct);

    private static Task<IResult> TestAsync(
        HttpRequest request, ClaimsPrincipal user, IShopDb db, IAudience audience, EmailingOptions options, ShopContext shop, TimeProvider clock, long id, TestInput? input, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            if (user.FindFirstValue(ClaimTypes.Email) is not { Length: > 0 } me)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["user"] = ["Votre compte n'a pas d'adresse e-mail où envoyer le test."] });
            }

            var member = input?.ContactId is { } contact ? await audience.FindAsync(db, contact, AudienceChannel.Email, ct) : RecipientModel.Sample(me);
            if (member is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["contactId"] = [$"Aucun contact n° {input?.ContactId} dans cette boutique."] });
            }

            var settings = await SettingsStore.GetAsync(db, ct);
            var links = ShopLinks.For(options, BaseUrl(request), shop, settings);
            var message = new OutgoingMessage(OutboxKinds.Test, me, user.Identity?.Name, settings.FromAddress ?? options.DefaultFromAddress, settings.FromName ?? shop.Name, string.Empty)
            {
                CampaignId = null,
            };
            var rendered = new CampaignRenderer(c, shop.Name, shop.Culture).Render(member, links, message.Ref);
            await db.InTransactionAsync(
                tx => OutboxStore.EnqueueAsync(
                    tx,
                    message with { Subject = "[Test] " + rendered.Subject, Html = rendered.Html, Text = rendered.Text, Headers = Unsubscribe.Headers(links.UnsubscribeUrl(message.Ref)) },
                    clock.GetUtcNow(),
                    ct),
                ct);
            return Results.Accepted(value: new { to = me, messageId = message.MessageId });
        }, ct);

    private static Task<IResult> SendAsync(
        HttpRequest request, IShopDb db, IAudience audience, EmailingOptions options, ShopContext shop, TimeProvider clock, long id, SendInput? input, CancellationToken ct) =>
        WithCampaign(db, id, async c =>
        {
            var now = clock.GetUtcNow();
            if (input?.At is { } at && at > now.AddMinutes(1))
            {
                return await CampaignStore.ScheduleAsync(db, id, at, BaseUrl(request), now, ct) == 0
                    ? Conflict("Cette campagne est déjà envoyée ou en cours d'envoi.")
                    : Results.Ok(CampaignView.From((await CampaignStore.FindAsync(db, id, ct))!));
            }

            try
            {
                var result = await new CampaignEnqueuer(db, audience, options, shop, clock).EnqueueAsync(id, BaseUrl(request), ct);
                return result is null ? Conflict("Cette campagne est déjà envoyée ou en cours d'envoi.") : Results.Ok(new { status = "sent", result.Recipients, result.Excluded });
            }
            catch (CampaignException ex)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] }, title: "Envoi impossible");
            }
        }, ct);

    private static async Task<IResult> WithCampaign(IShopDb db, long id, Func<CampaignRow, Task<IResult>> then, CancellationToken ct) =>
        await CampaignStore.FindAsync(db, id, ct) is { } campaign ? await then(campaign) : NotFound(id);

    private static IResult Conflict(string detail) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Opération impossible", detail: detail);

    private static IResult SegmentMissing(long segmentId) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["segmentId"] = [$"Le segment n° {segmentId} n'existe pas dans cette boutique."] });
}
