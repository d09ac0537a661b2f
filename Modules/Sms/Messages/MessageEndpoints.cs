using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Outbox;
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
        var (preview, errors) = await new SingleMessages(db, audience, options, shop).PreviewAsync(input, ct);
        return preview is null ? Results.ValidationProblem(errors, title: "Texte refusé") : Results.Ok(preview);
    }

    private static async Task<IResult> SendAsync(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock, MessageInput input, CancellationToken ct)
    {
        var (id, dueAt, preview, errors) = await new SingleMessages(db, audience, options, shop).SendAsync(input, clock.GetUtcNow(), ct);
        return preview is null
            ? Results.ValidationProblem(errors, title: "SMS refusé")
            : Results.Accepted($"messages/{id}", new { id, status = "queued", dueAt, preview });
    }

    private static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct) =>
        await OutboxStore.FindByIdAsync(db, id, ct) is { } message
            ? Results.Ok(message)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "SMS introuvable", detail: $"Aucun SMS n° {id} dans cette boutique.");
}
