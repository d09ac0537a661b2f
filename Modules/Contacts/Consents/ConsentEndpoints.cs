using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>
/// <c>/contacts/{id}/consents</c>: the current state per channel and the append-only log. A change updates the
/// state and appends to the log in one transaction; the log is never updated nor deleted (it is the proof).
/// </summary>
internal static class ConsentEndpoints
{
    private const string LogColumns =
        "channel AS Channel, status AS Status, given_at AS GivenAt, source AS Source, proof AS Proof, recorded_at AS RecordedAt";

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/contacts/{id:long}/consents").WithTags("Contacts");
        group.MapGet("/", GetAsync).WithName("contacts.consents.get");
        group.MapPut("/{channel}", SetAsync).WithName("contacts.consents.set");
    }

    internal static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        return Results.Ok(new { current = await CurrentAsync(db, id, ct), log = await LogAsync(db, id, ct) });
    }

    /// <summary>The current state per channel (API and the contact page).</summary>
    internal static Task<IReadOnlyList<ConsentRecord>> CurrentAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryAsync<ConsentRecord>(
            "SELECT channel AS Channel, status AS Status, given_at AS GivenAt, source AS Source, proof AS Proof FROM contacts_consents WHERE shop_id = @shop AND contact_id = @id ORDER BY channel",
            new { id },
            ct);

    /// <summary>The append-only log, oldest first (API and the contact page).</summary>
    internal static Task<IReadOnlyList<ConsentRecord>> LogAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryAsync<ConsentRecord>($"SELECT {LogColumns} FROM contacts_consent_log WHERE shop_id = @shop AND contact_id = @id ORDER BY id", new { id }, ct);

    internal static async Task<IResult> SetAsync(IShopDb db, TimeProvider clock, long id, string channel, ConsentInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Consents.Channels.Contains(channel))
        {
            errors["channel"] = [$"Canal « {channel} » inconnu : {string.Join(", ", Consents.Channels)}."];
        }

        if (input.Status is null || !Consents.Statuses.Contains(input.Status))
        {
            errors["status"] = [$"Statut « {input.Status} » inconnu : granted (consentement donné) ou withdrawn (retiré)."];
        }

        var now = clock.GetUtcNow();
        if (input.Date > now.AddMinutes(5))
        {
            errors["date"] = ["La date du consentement ne peut pas être dans le futur."];
        }

        if (input.Status == "granted" && string.IsNullOrWhiteSpace(input.Source))
        {
            errors["source"] = ["Indiquez l'origine du consentement (formulaire, salon, boutique…) : c'est la preuve demandée par la CNIL."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Consentement refusé");
        }

        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        var change = new ConsentChange(id, channel, input.Status!, input.Date ?? now, ContactValidator.Blank(input.Source), ContactValidator.Blank(input.Proof));
        await db.InTransactionAsync(async tx => { await RecordAsync(tx, change, now, ct); return 0; }, ct);
        return await GetAsync(db, id, ct);
    }

    /// <summary>Sets the current state and appends the log line; used by the API and the import.</summary>
    public static async Task RecordAsync(IShopSql tx, ConsentChange change, DateTimeOffset now, CancellationToken ct)
    {
        var args = new { id = change.ContactId, channel = change.Channel, status = change.Status, givenAt = change.GivenAt, source = change.Source, proof = change.Proof, now };
        var updated = await tx.ExecuteAsync(
            "UPDATE contacts_consents SET status = @status, given_at = @givenAt, source = @source, proof = @proof WHERE shop_id = @shop AND contact_id = @id AND channel = @channel",
            args,
            ct);
        if (updated == 0)
        {
            await tx.ExecuteAsync(
                "INSERT INTO contacts_consents (shop_id, contact_id, channel, status, given_at, source, proof) VALUES (@shop, @id, @channel, @status, @givenAt, @source, @proof)",
                args,
                ct);
        }

        await tx.ExecuteAsync(
            "INSERT INTO contacts_consent_log (shop_id, contact_id, channel, status, given_at, source, proof, recorded_at) VALUES (@shop, @id, @channel, @status, @givenAt, @source, @proof, @now)",
            args,
            ct);
    }
}
