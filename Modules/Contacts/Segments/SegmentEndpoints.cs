using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Export;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Segments;

/// <summary>
/// Segments: <c>POST /segments/count</c> (live count of an unsaved filter), <c>GET/POST /segments</c>,
/// <c>GET /segments/{id}/count</c>, <c>/recipients?channel=</c> (lawful recipients) and <c>/export</c> (CSV for Excel).
/// </summary>
internal static class SegmentEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/segments").WithTags("Contacts");
        group.MapPost("/count", (IShopDb db, SegmentFilter filter, CancellationToken ct) => WithValid(filter, () => CountAsync(db, filter, ct)))
            .WithName("contacts.segments.preview");
        group.MapGet("/", ListAsync).WithName("contacts.segments.list");
        group.MapPost("/", SaveAsync).WithName("contacts.segments.save");
        group.MapGet("/{id:long}/count", (IShopDb db, long id, CancellationToken ct) => WithSegment(db, id, f => CountAsync(db, f, ct), ct))
            .WithName("contacts.segments.count");
        group.MapGet("/{id:long}/recipients", (IShopDb db, long id, string? channel, CancellationToken ct) =>
            WithSegment(db, id, f => RecipientsAsync(db, f, channel, ct), ct)).WithName("contacts.segments.recipients");
        group.MapGet("/{id:long}/export", (IShopDb db, long id, CancellationToken ct) => WithSegment(db, id, f => ExportAsync(db, f, ct), ct))
            .WithName("contacts.segments.export");
    }

    private static async Task<IResult> CountAsync(IShopSql db, SegmentFilter filter, CancellationToken ct) =>
        Results.Ok(new { count = await CountOfAsync(db, filter, ct) });

    /// <summary>How many contacts the filter keeps (API and the segment page's live count).</summary>
    internal static async Task<long> CountOfAsync(IShopSql db, SegmentFilter filter, CancellationToken ct)
    {
        var (where, args) = SegmentQuery.Build(filter);
        return await db.QueryFirstOrDefaultAsync<long>($"SELECT COUNT(*) FROM contacts_contacts c WHERE {where}", args, ct);
    }

    private static async Task<IResult> RecipientsAsync(IShopSql db, SegmentFilter filter, string? channel, CancellationToken ct)
    {
        if (channel is not ("email" or "sms" or "phone"))
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["channel"] = ["Canal attendu : email, sms ou phone (le courrier n'a pas encore d'adresse structurée)."] },
                title: "Demande refusée");
        }

        var (where, args) = SegmentQuery.Build(filter with { Consent = channel });
        var address = channel switch { "email" => "c.email", "sms" => "c.mobile", _ => "COALESCE(c.phone, c.mobile)" };
        var rows = await db.QueryAsync<RecipientRow>(
            $"""
            SELECT c.id AS Id, c.kind AS Kind, c.first_name AS FirstName, c.last_name AS LastName, c.company_name AS CompanyName, {address} AS Address
            FROM contacts_contacts c WHERE {where} AND {address} IS NOT NULL ORDER BY c.id
            """,
            args,
            ct);
        return Results.Ok(rows.Select(r => new Recipient(
            r.Id, r.Kind == ContactKinds.Company ? r.CompanyName ?? string.Empty : $"{r.FirstName} {r.LastName}".Trim(), r.Address)));
    }

    internal static async Task<IResult> ExportAsync(IShopSql db, SegmentFilter filter, CancellationToken ct)
    {
        var (where, args) = SegmentQuery.Build(filter);
        var rows = await db.QueryAsync<ContactRecord>(
            $"SELECT {ContactStore.Columns} FROM contacts_contacts c WHERE {where} ORDER BY c.last_name, c.first_name, c.id", args, ct);
        var output = new MemoryStream();
        ContactCsvExporter.Write(rows.Select(r => new ImportedContact
        {
            ExternalId = r.ExternalId, Civility = r.Civility, LastName = r.LastName, FirstName = r.FirstName, Company = r.CompanyName,
            Email = r.Email, Phone = r.Phone, Mobile = r.Mobile, Address = r.Address, PostalCode = r.Postcode, City = r.City,
            BirthDate = r.BirthDate, IsHost = r.IsHost, AmbassadorName = r.AmbassadorName, AnnualRevenue = r.AnnualRevenue, Remarks = r.Remarks,
        }), output);
        return Results.File(output.ToArray(), "text/csv; charset=utf-8", "contacts.csv");
    }

    private static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct) =>
        Results.Ok((await SavedAsync(db, ct)).Select(r => new { id = r.Id, name = r.Name, filter = r.Filter }));

    /// <summary>The shop's saved segments by name (API and the segment pages).</summary>
    internal static async Task<IReadOnlyList<(long Id, string Name, SegmentFilter Filter)>> SavedAsync(IShopSql db, CancellationToken ct)
    {
        var rows = await db.QueryAsync<SegmentRow>("SELECT id AS Id, name AS Name, filter_json AS FilterJson FROM contacts_segments WHERE shop_id = @shop ORDER BY name", null, ct);
        return rows.Select(r => (r.Id, r.Name, JsonSerializer.Deserialize<SegmentFilter>(r.FilterJson, Json)!)).ToList();
    }

    internal static async Task<IResult> SaveAsync(IShopDb db, TimeProvider clock, SegmentInput input, CancellationToken ct)
    {
        var errors = SegmentQuery.Validate(input.Filter ?? new SegmentFilter());
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            errors["name"] = ["Nom du segment obligatoire, 100 caractères au plus."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Segment refusé");
        }

        var args = new { name = input.Name!.Trim(), json = JsonSerializer.Serialize(input.Filter ?? new SegmentFilter(), Json), now = clock.GetUtcNow() };
        var id = await db.InTransactionAsync(
            async tx =>
            {
                await tx.ExecuteAsync("UPDATE contacts_segments SET filter_json = @json, updated_at = @now WHERE shop_id = @shop AND name = @name", args, ct);
                return await tx.QueryFirstOrDefaultAsync<long?>("SELECT id FROM contacts_segments WHERE shop_id = @shop AND name = @name", args, ct)
                    ?? await tx.InsertAsync("INSERT INTO contacts_segments (shop_id, name, filter_json, updated_at) VALUES (@shop, @name, @json, @now)", args, ct);
            },
            ct);
        return Results.Ok(new { id, name = args.name, filter = input.Filter ?? new SegmentFilter() });
    }

    private static async Task<IResult> WithValid(SegmentFilter filter, Func<Task<IResult>> then)
    {
        var errors = SegmentQuery.Validate(filter);
        return errors.Count > 0 ? Results.ValidationProblem(errors, title: "Filtre refusé") : await then();
    }

    internal static async Task<IResult> WithSegment(IShopDb db, long id, Func<SegmentFilter, Task<IResult>> then, CancellationToken ct)
    {
        var json = await db.QueryFirstOrDefaultAsync<string>("SELECT filter_json FROM contacts_segments WHERE shop_id = @shop AND id = @id", new { id }, ct);
        return json is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Segment introuvable", detail: $"Aucun segment n° {id} dans cette boutique.")
            : await then(JsonSerializer.Deserialize<SegmentFilter>(json, Json)!);
    }

    private sealed class SegmentRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public string FilterJson { get; init; } = string.Empty;
    }

    private sealed class RecipientRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string? FirstName { get; init; }

        public string? LastName { get; init; }

        public string? CompanyName { get; init; }

        public string Address { get; init; } = string.Empty;
    }
}
