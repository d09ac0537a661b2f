using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Outbox;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Messages;

/// <summary><c>POST /preview</c> (a text rendered for a contact, with encoding, segments and cost), <c>POST /messages</c> (send it), <c>GET /messages/{id}</c>.</summary>
internal static class MessageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/preview", PreviewAsync).WithTags("Sms").WithName("sms.preview");
        api.MapPost("/messages", SendAsync).WithTags("Sms").WithName("sms.messages.send");
        api.MapGet("/messages/{id:long}", GetAsync).WithTags("Sms").WithName("sms.messages.get");
    }

    private static async Task<IResult> PreviewAsync(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, MessageInput input, CancellationToken ct)
    {
        if (CampaignValidator.TextErrors(input.Text) is { } errors)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = errors }, title: "Texte refusé");
        }

        var member = input.ContactId is { } id ? await audience.FindAsync(db, id, AudienceChannel.Sms, ct) : RecipientModel.Sample;
        if (member is null)
        {
            return CampaignEndpoints.ContactMissing(input.ContactId);
        }

        var sms = await ShopSms.LoadAsync(db, options, ct);
        var promotional = input.Promotional ?? true;
        var (text, measure) = new SmsRenderer(input.Text!, shop.Name, shop.Culture, promotional ? sms.Settings.StopMention : null).Render(member);
        return Results.Ok(PreviewView.From(text, measure, member.Address, sms, promotional));
    }

    private static async Task<IResult> SendAsync(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock, MessageInput input, CancellationToken ct)
    {
        if (CampaignValidator.TextErrors(input.Text) is { } errors)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = errors }, title: "SMS refusé");
        }

        if (input.ContactId is not { } contactId || await audience.FindAsync(db, contactId, AudienceChannel.Sms, ct) is not { } member)
        {
            return CampaignEndpoints.ContactMissing(input.ContactId);
        }

        var promotional = input.Promotional ?? true;
        var refusal = promotional
            ? LawfulRecipients.Exclusion(member)
            : LawfulRecipients.IsNumber(member.Address) ? (member.AddressDisabledReason is null ? null : "number_disabled") : "no_number";
        if (refusal is not null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["contactId"] = [Refusal(refusal)] }, title: "SMS refusé");
        }

        var sms = await ShopSms.LoadAsync(db, options, ct);
        var (text, measure) = new SmsRenderer(input.Text!, shop.Name, shop.Culture, promotional ? sms.Settings.StopMention : null).Render(member);
        var now = clock.GetUtcNow();
        var queued = new QueuedSms(OutboxKinds.Single, promotional, member.Address!, sms.Sender, text, measure, promotional ? sms.Window.NextOpen(now) : now)
        {
            ContactId = member.ContactId,
        };
        var id = await db.InTransactionAsync(tx => OutboxStore.EnqueueAsync(tx, queued, now, ct), ct);
        return Results.Accepted($"messages/{id}", new { id, status = "queued", dueAt = queued.DueAt, preview = PreviewView.From(text, measure, member.Address, sms, promotional) });
    }

    private static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<MessageView>(
            """
            SELECT id AS Id, kind AS Kind, promotional AS Promotional, campaign_id AS CampaignId, contact_id AS ContactId, to_number AS ToNumber, sender AS Sender,
                body AS Body, encoding AS Encoding, segments AS Segments, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt,
                last_error AS LastError, provider_id AS ProviderId, sent_at AS SentAt, reported_at AS ReportedAt
            FROM sms_outbox WHERE shop_id = @shop AND id = @id
            """,
            new { id },
            ct) is { } view
            ? Results.Ok(view)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "SMS introuvable", detail: $"Aucun SMS n° {id} dans cette boutique.");

    private static string Refusal(string reason) => reason switch
    {
        "no_number" => "Ce contact n'a pas de numéro de mobile.",
        "invalid_number" => "Le numéro de mobile de ce contact n'est pas au format international (+33…).",
        "number_disabled" => "Le numéro de ce contact est désactivé.",
        "withdrawn" => "Ce contact a retiré son consentement aux SMS (STOP) : pas de SMS promotionnel.",
        _ => "Ce contact n'a pas donné son consentement aux SMS : pas de SMS promotionnel.",
    };
}
