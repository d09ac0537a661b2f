using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary><c>/contacts/{id}/interactions</c>: the contact's history, newest first, and staff entries.</summary>
internal static class InteractionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contacts/{id:long}/interactions").WithTags("Contacts");
        group.MapGet("/", ListAsync).WithName("contacts.interactions.list");
        group.MapPost("/", AddAsync).WithName("contacts.interactions.add");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        return Results.Ok(await ForContactAsync(db, id, ct));
    }

    /// <summary>The contact's history, newest first (API and the contact page).</summary>
    internal static Task<IReadOnlyList<InteractionRecord>> ForContactAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryAsync<InteractionRecord>(
            $"SELECT {InteractionStore.Columns} FROM contacts_interactions WHERE shop_id = @shop AND contact_id = @id ORDER BY occurred_at DESC, id DESC",
            new { id },
            ct);

    internal static async Task<IResult> AddAsync(IShopDb db, TimeProvider clock, long id, InteractionInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is null || !InteractionStore.Kinds.Contains(input.Kind))
        {
            errors["kind"] = [$"Type d'échange « {input.Kind} » inconnu : {string.Join(", ", InteractionStore.Kinds)}."];
        }

        if (input.Subject is { Length: > 200 })
        {
            errors["subject"] = [$"200 caractères au plus ({input.Subject.Length} reçus)."];
        }

        if (input.Body is { Length: > 4000 })
        {
            errors["body"] = [$"4000 caractères au plus ({input.Body.Length} reçus)."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Échange refusé");
        }

        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        var occurredAt = input.OccurredAt ?? clock.GetUtcNow();
        var newId = await db.InTransactionAsync(
            tx => InteractionStore.AddAsync(tx, id, input.Kind!, occurredAt, ContactValidator.Blank(input.Subject), ContactValidator.Blank(input.Body), "staff", null, ct),
            ct);
        var created = await db.QueryFirstOrDefaultAsync<InteractionRecord>(
            $"SELECT {InteractionStore.Columns} FROM contacts_interactions WHERE shop_id = @shop AND id = @newId", new { newId }, ct);
        return Results.Created($"{newId}", created);
    }
}
