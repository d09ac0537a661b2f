using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Tracking.Dsn;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// <c>POST /bounces</c> (with an API token, for the shop's bounce processor): either the verdict as JSON
/// (<c>{ messageId, kind, reason }</c>), or the bounce itself, an RFC 3464 delivery status notification, posted raw
/// (<c>message/rfc822</c>: the whole message) or as its report (<c>multipart/report</c>: the body, boundary in the
/// Content-Type). A hard bounce (5.x.x) disables the address through the audience contract at once; soft bounces
/// (4.x.x) do after <see cref="EmailingOptions.SoftBounceThreshold"/> of them. A DSN that reports no failure
/// (delivered, relayed) is acknowledged and ignored.
/// </summary>
internal static class BounceEndpoints
{
    private const int MaxBytes = 16 * 1024 * 1024; // the original message may come back whole, PDF included

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/bounces", RecordAsync).WithTags("Emailing").WithName("emailing.bounces.record").Accepts<BounceInput>("application/json", "message/rfc822", "multipart/report");

    private static async Task<IResult> RecordAsync(HttpRequest request, IShopDb db, IAudience audience, EmailingOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (request.HasJsonContentType())
        {
            BounceInput? input;
            try
            {
                input = await request.ReadFromJsonAsync<BounceInput>(ct);
            }
            catch (JsonException ex)
            {
                return Invalid("body", $"JSON illisible : {ex.Message}");
            }

            return await RecordVerdictAsync(db, audience, options, clock, input ?? new BounceInput(null, null, null), ct);
        }

        var raw = await ReadTextAsync(request, ct);
        if (raw is null)
        {
            return Invalid("body", $"Avis de non-remise de plus de {MaxBytes / 1024 / 1024} Mo.");
        }

        DeliveryStatusNotification dsn;
        try
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            dsn = DeliveryStatusNotification.Read(mediaType is "multipart/report" ? MimeEntity.FromBody(request.ContentType!, raw) : MimeEntity.Parse(raw));
        }
        catch (DsnFormatException ex)
        {
            return Invalid("dsn", ex.Message);
        }

        var bounced = dsn.Recipients.FirstOrDefault(r => r.BounceKind is not null);
        if (bounced is null)
        {
            var actions = string.Join(", ", dsn.Recipients.Select(r => $"{r.Action} {r.Status}".Trim()));
            return Results.Ok(new { messageId = dsn.OriginalMessageId, kind = (string?)null, addressDisabled = false, ignored = $"aucun échec dans cet avis ({actions})" });
        }

        return await RecordVerdictAsync(db, audience, options, clock, new BounceInput(dsn.OriginalMessageId, bounced.BounceKind, bounced.Reason), ct);
    }

    private static async Task<IResult> RecordVerdictAsync(IShopDb db, IAudience audience, EmailingOptions options, TimeProvider clock, BounceInput input, CancellationToken ct)
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

    private static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Rebond refusé");
}
