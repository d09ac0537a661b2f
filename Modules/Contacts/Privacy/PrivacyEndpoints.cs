using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Contacts.Privacy;

/// <summary>
/// RGPD: <c>GET /contacts/{id}/personal-data</c> (access, JSON across modules), <c>POST /contacts/{id}/erase</c>,
/// <c>GET /retention?years=3</c> (prospects with no interaction for N years) and <c>POST /retention/purge?years=3</c>.
/// Cross-module work goes through the host's <see cref="IPersonalDataRights"/>; until a host provides it, the
/// contacts module answers for itself only.
/// </summary>
internal static class PrivacyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/contacts/{id:long}/personal-data", ExportAsync).WithTags("Contacts").WithName("contacts.privacy.export");
        api.MapPost("/contacts/{id:long}/erase", EraseContactAsync).WithTags("Contacts").WithName("contacts.privacy.erase");
        api.MapGet("/retention", ListExpiredAsync).WithTags("Contacts").WithName("contacts.retention.list");
        api.MapPost("/retention/purge", PurgeAsync).WithTags("Contacts").WithName("contacts.retention.purge");
    }

    internal static async Task<IResult> ExportAsync(HttpContext http, IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is not { } contact)
        {
            return ContactEndpoints.NotFound(id);
        }

        var subject = SubjectOf(contact);
        if (http.RequestServices.GetService<IPersonalDataRights>() is { } rights)
        {
            return Results.Ok(await rights.ExportAsync(subject, ct));
        }

        return Results.Ok(new JsonObject { ["contacts"] = await new ContactsPersonalDataHandler().ExportAsync(subject, db, ct) });
    }

    internal static async Task<IResult> EraseContactAsync(HttpContext http, IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is not { } contact)
        {
            return ContactEndpoints.NotFound(id);
        }

        return Results.Ok(await EraseAsync(http, db, SubjectOf(contact), ct));
    }

    internal static async Task<IResult> ListExpiredAsync(IShopDb db, TimeProvider clock, int? years, CancellationToken ct)
    {
        if (Years(years) is not { } n)
        {
            return BadYears();
        }

        return Results.Ok(await ExpiredAsync(db, clock.GetUtcNow().AddYears(-n), ct));
    }

    internal static async Task<IResult> PurgeAsync(HttpContext http, IShopDb db, TimeProvider clock, int? years, CancellationToken ct)
    {
        if (Years(years) is not { } n)
        {
            return BadYears();
        }

        var erased = new List<long>();
        foreach (var contact in await ExpiredAsync(db, clock.GetUtcNow().AddYears(-n), ct))
        {
            await EraseAsync(http, db, SubjectOf(contact), ct);
            erased.Add(contact.Id);
        }

        return Results.Ok(new { years = n, erased });
    }

    private static async Task<IReadOnlyDictionary<string, string>> EraseAsync(HttpContext http, IShopDb db, DataSubject subject, CancellationToken ct)
    {
        if (http.RequestServices.GetService<IPersonalDataRights>() is { } rights)
        {
            return await rights.EraseAsync(subject, ct);
        }

        var outcome = await db.InTransactionAsync(tx => new ContactsPersonalDataHandler().EraseAsync(subject, tx, ct), ct);
        return new Dictionary<string, string> { ["contacts"] = outcome };
    }

    /// <summary>Prospects never bought from, not erased, whose last interaction (or creation) is before the cutoff.</summary>
    private static Task<IReadOnlyList<ContactRecord>> ExpiredAsync(IShopSql db, DateTimeOffset cutoff, CancellationToken ct) =>
        db.QueryAsync<ContactRecord>(
            $"""
            SELECT {ContactStore.Columns} FROM contacts_contacts c
            WHERE c.shop_id = @shop AND c.lifecycle = 'prospect' AND c.erased_at IS NULL
              AND COALESCE(c.last_interaction_at, c.created_at) < @cutoff
              AND NOT EXISTS (SELECT 1 FROM contacts_purchases p WHERE p.shop_id = @shop AND p.contact_id = c.id)
            ORDER BY c.id
            """,
            new { cutoff },
            ct);

    private static DataSubject SubjectOf(ContactRecord c) =>
        new(c.Id, c.Email is { } e ? [e] : [], new[] { c.Phone, c.Mobile }.OfType<string>().ToList());

    private static int? Years(int? years) => years switch { null => 3, >= 1 and <= 30 => years, _ => null };

    private static IResult BadYears() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["years"] = ["Durée de conservation en années, de 1 à 30 (3 par défaut)."] }, title: "Demande refusée");
}
