using System.Net.Mail;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// <c>/issues</c>: write drafts (Markdown or HTML), preview them in the shop's layout, send a test, send now or
/// schedule, and read the statistics of a sent issue (the e-mailing module's figures for its stream).
/// </summary>
internal static class IssueEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/issues").WithTags("Newsletter");
        group.MapGet("/", AllAsync).WithName("newsletter.issues.list");
        group.MapPost("/", CreateAsync).WithName("newsletter.issues.create");
        group.MapGet("/{id:long}", GetAsync).WithName("newsletter.issues.get");
        group.MapPut("/{id:long}", UpdateAsync).WithName("newsletter.issues.update");
        group.MapGet("/{id:long}/preview", PreviewAsync).WithName("newsletter.issues.preview");
        group.MapPost("/{id:long}/test", TestAsync).WithName("newsletter.issues.test");
        group.MapPost("/{id:long}/send", SendAsync).WithName("newsletter.issues.send");
        group.MapGet("/{id:long}/stats", StatsAsync).WithName("newsletter.issues.stats");
    }

    internal static async Task<IResult> AllAsync(IShopDb db, long? listId, CancellationToken ct) =>
        Results.Ok((await IssueStore.ListAsync(db, listId, ct)).Select(IssueView.Of).ToList());

    internal static Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct) =>
        WithIssueAsync(db, id, (i, _) => Task.FromResult(Results.Ok(IssueView.Of(i))), ct);

    internal static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, IssueInput input, CancellationToken ct)
    {
        var errors = Validate(input);
        if (input.ListId is not { } listId)
        {
            errors["listId"] = ["Choisissez la lettre de ce numéro (listId)."];
        }
        else if (await ListStore.FindAsync(db, listId, ct) is null)
        {
            errors["listId"] = [$"Aucune lettre n° {listId} dans cette boutique."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("Numéro refusé", errors);
        }

        var id = await IssueStore.InsertAsync(db, input.ListId!.Value, input.Subject!.Trim(), input.Format!, input.Body!, null, clock.GetUtcNow(), ct);
        return Results.Created($"issues/{id}", IssueView.Of((await IssueStore.FindAsync(db, id, ct))!));
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, IssueInput input, CancellationToken ct)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return Problems.Invalid("Numéro refusé", errors);
        }

        return await WithIssueAsync(db, id, async (issue, _) =>
        {
            if (input.ListId is { } listId && listId != issue.ListId)
            {
                return Problems.Invalid("Numéro refusé", "listId", "Un numéro ne change pas de lettre : créez-en un autre.");
            }

            return await IssueStore.UpdateDraftAsync(db, id, input.Subject!.Trim(), input.Format!, input.Body!, clock.GetUtcNow(), ct) == 0
                ? Problems.Conflict("Seul un brouillon se modifie : ce numéro est programmé ou envoyé.")
                : Results.Ok(IssueView.Of((await IssueStore.FindAsync(db, id, ct))!));
        }, ct);
    }

    internal static Task<IResult> PreviewAsync(HttpRequest request, IShopDb db, IssueRenderer renderer, NewsletterOptions options, ShopContext shop, long id, CancellationToken ct) =>
        WithIssueAsync(db, id, async (issue, list) =>
        {
            var rendered = await renderer.RenderAsync(list, issue, PublicLinks.For(options, request, shop), issue.SentAt, Subscriber.Sample, ct);
            return Results.Ok(new PreviewView(rendered.Subject, rendered.Html, rendered.Text));
        }, ct);

    internal static Task<IResult> TestAsync(
        HttpRequest request, ClaimsPrincipal user, IShopDb db, IMailOutbox outbox, IssueRenderer renderer, NewsletterOptions options, ShopContext shop, long id, TestInput? input, CancellationToken ct) =>
        WithIssueAsync(db, id, async (issue, list) =>
        {
            var to = input?.To?.Trim() is { Length: > 0 } chosen ? chosen : user.FindFirstValue(ClaimTypes.Email);
            if (to is null || !MailAddress.TryCreate(to, out _))
            {
                return Problems.Invalid("Test impossible", "to", to is null ? "Votre compte n'a pas d'adresse e-mail : indiquez-en une (to)." : $"« {to} » n'est pas une adresse e-mail valide.");
            }

            var baseUrl = Problems.BaseUrl(request);
            var rendered = await renderer.RenderAsync(list, issue, PublicLinks.For(options, baseUrl, shop), null, Subscriber.Sample, ct);
            var mail = new MailRequest(
                MailPurpose.Marketing, Topics.TestStream, to, user.Identity?.Name, null, "[Test] " + rendered.Subject, rendered.Html, rendered.Text, list.Topic, list.Name, baseUrl);
            var receipt = await db.InTransactionAsync(tx => outbox.EnqueueAsync(tx, mail, ct), ct);
            return Results.Accepted(value: new TestSentView(to, receipt.MessageId));
        }, ct);

    internal static Task<IResult> SendAsync(HttpRequest request, IShopDb db, IssueSender sender, TimeProvider clock, long id, SendInput? input, CancellationToken ct) =>
        WithIssueAsync(db, id, async (issue, _) =>
        {
            var now = clock.GetUtcNow();
            if (input?.At is { } at && at > now.AddMinutes(1))
            {
                return await IssueStore.ScheduleAsync(db, id, at, Problems.BaseUrl(request), now, ct) == 0
                    ? Problems.Conflict("Ce numéro est déjà envoyé ou en cours d'envoi.")
                    : Results.Ok(IssueView.Of((await IssueStore.FindAsync(db, id, ct))!));
            }

            var result = await sender.SendAsync(id, Problems.BaseUrl(request), ct);
            return result is null
                ? Problems.Conflict("Ce numéro est déjà envoyé ou en cours d'envoi.")
                : Results.Ok(new SentView("sent", result.Recipients, result.Refused));
        }, ct);

    internal static Task<IResult> StatsAsync(IShopDb db, IMailOutbox outbox, long id, CancellationToken ct) =>
        WithIssueAsync(db, id, async (issue, _) =>
        {
            var stats = await outbox.StatsAsync(db, Topics.IssueStream(id), ct);
            var refused = issue.RefusalsJson is { } json ? JsonSerializer.Deserialize<Dictionary<string, int>>(json) : null;
            return Results.Ok(new IssueStats(IssueView.Of(issue), issue.Recipients ?? 0, refused ?? [], stats));
        }, ct);

    private static Dictionary<string, string[]> Validate(IssueInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Trim().Length > 500)
        {
            errors["subject"] = ["Objet requis, 500 caractères au plus."];
        }

        if (input.Format is null || !IssueFormats.All.Contains(input.Format))
        {
            errors["format"] = [$"Format « {input.Format} » inconnu : markdown ou html."];
        }

        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > 500_000)
        {
            errors["body"] = ["Contenu requis, 500 000 caractères au plus."];
        }

        foreach (var (field, messages) in IssueTemplate.Check(input.Subject, input.Body))
        {
            errors.TryAdd(field, messages);
        }

        return errors;
    }

    private static async Task<IResult> WithIssueAsync(IShopDb db, long id, Func<IssueRow, NewsletterList, Task<IResult>> then, CancellationToken ct) =>
        await IssueStore.FindAsync(db, id, ct) is { } issue ? await then(issue, (await ListStore.FindAsync(db, issue.ListId, ct))!) : Problems.IssueNotFound(id);
}
