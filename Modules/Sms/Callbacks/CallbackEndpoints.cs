using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Outbox;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Callbacks;

/// <summary>
/// <c>POST /p/{shop}/sms/callback</c>, reached by the operator without an account: delivery reports update the message,
/// an inbound STOP withdraws the SMS consent of every contact we texted at that number or whose mobile it is, at once,
/// through the audience contract, and cancels the promotional messages still waiting for it. Only a body signed with the shop's secret is read.
/// </summary>
internal static class CallbackEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] StopWords = ["STOP", "ARRET", "ARRÊT", "STOPSMS", "DESABONNER", "DÉSABONNER"];

    public static void Map(IEndpointRouteBuilder routes) => routes.MapPost("/callback", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpRequest request, IShopDb db, IAudience audience, SmsOptions options, TimeProvider clock, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        var settings = await SettingsStore.GetAsync(db, options, ct);
        if (!CallbackSignature.IsValid(settings.CallbackSecret, body, request.Headers[CallbackSignature.Header]))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature invalide", detail: $"En-tête {CallbackSignature.Header} absent ou faux.");
        }

        CallbackInput? input;
        try
        {
            input = JsonSerializer.Deserialize<CallbackInput>(body, Json);
        }
        catch (JsonException ex)
        {
            return Invalid("body", $"JSON illisible (ligne {ex.LineNumber + 1}) : {ex.Message}");
        }

        return input?.Type?.ToLowerInvariant() switch
        {
            "report" or "dlr" => await ReportAsync(db, input, clock.GetUtcNow(), ct),
            "inbound" or "mo" => await InboundAsync(db, audience, input, clock.GetUtcNow(), ct),
            _ => Invalid("type", $"Type « {input?.Type} » inconnu : « report » (accusé de réception) ou « inbound » (réponse)."),
        };
    }

    private static async Task<IResult> ReportAsync(IShopDb db, CallbackInput input, DateTimeOffset now, CancellationToken ct)
    {
        bool? delivered = input.Status?.ToLowerInvariant() switch
        {
            "delivered" or "delivrd" => true,
            "failed" or "undelivered" or "undeliv" or "expired" or "rejected" => false,
            _ => null,
        };
        if (delivered is null)
        {
            return Invalid("status", $"Statut « {input.Status} » inconnu : delivered, failed, undelivered, expired ou rejected.");
        }

        if (input.Reference is null && input.Id is null)
        {
            return Invalid("reference", "Référence du message (reference) ou identifiant de l'opérateur (id) obligatoire.");
        }

        // Unknown messages are acknowledged: a gateway retries anything else, and nothing here would ever match.
        if (await OutboxStore.FindAsync(db, input.Reference, input.Id, ct) is not { } message)
        {
            return Results.Ok(new { matched = false });
        }

        var updated = await db.InTransactionAsync(
            async tx =>
            {
                var changed = await OutboxStore.ReportAsync(tx, message.Id, delivered.Value, input.Reason, now, ct);
                if (changed > 0)
                {
                    await EventStore.AddAsync(tx, message.Id, message.CampaignId, delivered.Value ? "delivered" : "failed", null, input.Reason, now, ct);
                }

                return changed;
            },
            ct);
        return Results.Ok(new { matched = true, updated = updated > 0 });
    }

    private static async Task<IResult> InboundAsync(IShopDb db, IAudience audience, CallbackInput input, DateTimeOffset now, CancellationToken ct)
    {
        if (PhoneNumbers.ToE164(input.From) is not { } from)
        {
            return Invalid("from", $"Numéro de l'expéditeur « {input.From} » illisible.");
        }

        var firstWord = (input.Text ?? string.Empty).Trim().Split([' ', '\n', '\r', '\t', '.', '!'], 2)[0].ToUpperInvariant();
        if (!StopWords.Contains(firstWord))
        {
            return Results.Ok(new { stop = false });
        }

        // Every contact we texted at that number, and every contact whose mobile it is: a STOP from a number we never
        // texted (a contact who got our number elsewhere) withdraws their consent too.
        var sent = await OutboxStore.SentToAsync(db, from, ct);
        var holders = await audience.ContactsWithAddressAsync(db, AudienceChannel.Sms, from, ct);
        var contacts = sent.Select(m => m.ContactId).OfType<long>().Concat(holders).Distinct().ToList();
        await db.InTransactionAsync(
            async tx =>
            {
                foreach (var contact in contacts)
                {
                    await audience.WithdrawConsentAsync(tx, new ConsentWithdrawal(contact, AudienceChannel.Sms, null, "sms:stop", $"réponse « {Cut(input.Text)} » du {from}", now), ct);
                }

                await OutboxStore.CancelPromotionalAsync(tx, from, "STOP reçu avant l'envoi.", ct);
                var last = sent.FirstOrDefault(m => m.Promotional);
                return await EventStore.AddAsync(tx, last?.Id, last?.CampaignId, "stop", from, Cut(input.Text), now, ct);
            },
            ct);
        return Results.Ok(new { stop = true, contacts = contacts.Count });
    }

    private static string Cut(string? text) => OutboxStore.Cut(text, 160) ?? string.Empty;

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Rappel de l'opérateur refusé");
}
