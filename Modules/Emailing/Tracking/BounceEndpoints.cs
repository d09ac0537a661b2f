using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// <c>POST /bounces</c> (with an API token, for the shop's bounce processor): a hard bounce disables the address through
/// the audience contract at once; soft bounces do after <see cref="EmailingOptions.SoftBounceThreshold"/> of them.
/// </summary>
internal static class BounceEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/bounces", RecordAsync).WithTags("Emailing").WithName("emailing.bounces.record");

    private static async Task<IResult> RecordAsync(IShopDb db, IAudience audience, EmailingOptions options, TimeProvider clock, BounceInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not ("hard" or "soft"))
        {
            errors["kind"] = ["Type de rebond attendu : hard (définitif) ou soft (temporaire)."];
        }

        if (string.IsNullOrWhiteSpace(input.MessageId))
        {
            errors["messageId"] = ["Indiquez le Message-ID du message revenu."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Rebond refusé");
        }

        var messageId = input.MessageId!.Trim();
        messageId = messageId.StartsWith('<') ? messageId : $"<{messageId}>";
        var message = await db.QueryFirstOrDefaultAsync<OutboxRef>(
            $"SELECT {OutboxStore.RefColumns} FROM emailing_outbox WHERE shop_id = @shop AND message_id = @messageId",
            new { messageId },
            ct);
        if (message is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Message introuvable", detail: $"Aucun message {messageId} dans cette boutique.");
        }

        var reason = string.IsNullOrWhiteSpace(input.Reason) ? "(raison non fournie)" : input.Reason.Trim();
        var disabled = await db.InTransactionAsync(
            async tx =>
            {
                var now = clock.GetUtcNow();
                await EventStore.AddAsync(tx, message, "bounce_" + input.Kind, null, reason, now, ct);
                var soft = await tx.QueryFirstOrDefaultAsync<long>(
                    """
                    SELECT COUNT(*) FROM emailing_events e JOIN emailing_outbox o ON o.shop_id = e.shop_id AND o.id = e.outbox_id
                    WHERE e.shop_id = @shop AND e.kind = 'bounce_soft' AND o.to_address = @address
                    """,
                    new { address = message.ToAddress },
                    ct);
                var disable = input.Kind == "hard" || soft >= options.SoftBounceThreshold;
                if (disable && message.ContactId is { } contact)
                {
                    var why = input.Kind == "hard" ? reason : $"{soft} rebonds temporaires, dernier : {reason}";
                    await audience.DisableAddressAsync(tx, new AddressFailure(contact, AudienceChannel.Email, message.ToAddress, why, now), ct);
                }

                return disable;
            },
            ct);
        return Results.Ok(new { messageId, kind = input.Kind, addressDisabled = disabled });
    }
}
