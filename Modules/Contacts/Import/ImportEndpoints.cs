using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Import.Jobs;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// CSV import: <c>POST /imports/preview</c> (format, headers, suggested mapping), <c>POST /imports/dry-run</c> (the
/// report of what a run would do, nothing written) and <c>POST /imports/run</c>, which queues the file for the background
/// job and answers 202 with the import's status URL, <c>GET /imports/{id}</c> (progress, then the final report). The
/// file is the raw request body or the "file" part of a multipart form; <c>?mapping=name</c> applies a mapping saved
/// with <c>PUT /imports/mappings/{name}</c>.
/// </summary>
internal static class ImportEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The request body and form files belong to ASP.NET Core, which disposes them.
    private static readonly CsvImportOptions KeepOpen = new() { LeaveOpen = true };

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Contacts");
        group.MapPost("/preview", PreviewAsync).WithName("contacts.imports.preview").DisableAntiforgery();
        group.MapPost("/dry-run", DryRunAsync).WithName("contacts.imports.dryrun").DisableAntiforgery();
        group.MapPost("/run", QueueAsync).WithName("contacts.imports.run").DisableAntiforgery();
        group.MapGet("/{id:long}", StatusAsync).WithName("contacts.imports.status");
        group.MapGet("/mappings", ListMappingsAsync).WithName("contacts.imports.mappings.list");
        group.MapPut("/mappings/{name}", SaveMappingAsync).WithName("contacts.imports.mappings.save");
    }

    private static async Task<IResult> PreviewAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            var (format, headers, suggested) = await ReadHeadersAsync(await FileOf(request, ct), ct);
            return Results.Ok(new { format, headers, mapping = suggested.Columns });
        }
        catch (CsvImportException ex)
        {
            return BadFile(ex.Message);
        }
    }

    private static async Task<IResult> DryRunAsync(HttpRequest request, IShopDb db, TimeProvider clock, string? mapping, CancellationToken ct)
    {
        var (saved, refusal) = await SavedMappingAsync(db, mapping, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        try
        {
            return Results.Ok(await RunAsync(db, await FileOf(request, ct), saved, dryRun: true, clock.GetUtcNow(), ct));
        }
        catch (CsvImportException ex)
        {
            return BadFile(ex.Message);
        }
    }

    // The file is kept on disk for the job, checked (readable, mapping fits its headers) before anything is queued.
    private static async Task<IResult> QueueAsync(
        HttpRequest request, IShopDb db, ImportFiles files, ShopContext shop, TimeProvider clock, string? mapping, CancellationToken ct)
    {
        var (saved, refusal) = await SavedMappingAsync(db, mapping, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        string token;
        try
        {
            token = await files.SaveAsync(db.ShopId, await FileOf(request, ct), ct);
        }
        catch (CsvImportException ex)
        {
            return BadFile(ex.Message);
        }

        try
        {
            (string Format, IReadOnlyList<string> Headers, ColumnMapping Suggested) preview;
            await using (var file = files.Open(db.ShopId, token)!)
            {
                preview = await ReadHeadersAsync(file, ct);
            }

            var used = saved ?? preview.Suggested;
            used.Bind(preview.Headers);
            var fileName = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.FirstOrDefault()?.FileName : null;
            var id = await ImportQueue.QueueAsync(db, files, token, fileName ?? "import.csv", preview.Format, used, clock.GetUtcNow(), ct);
            var job = await ImportJobStore.FindAsync(db, id!.Value, ct);
            return Results.Accepted($"/api/shops/{Uri.EscapeDataString(shop.Slug)}/contacts/imports/{id}", ImportJobView.Of(job!));
        }
        catch (CsvImportException ex)
        {
            files.Delete(db.ShopId, token);
            return BadFile(ex.Message);
        }
    }

    private static async Task<IResult> StatusAsync(IShopDb db, long id, CancellationToken ct) =>
        await ImportJobStore.FindAsync(db, id, ct) is { } job
            ? Results.Ok(ImportJobView.Of(job))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Aucun import n° {id} dans cette boutique.");

    private static async Task<(ColumnMapping? Mapping, IResult? Refusal)> SavedMappingAsync(IShopDb db, string? mappingName, CancellationToken ct)
    {
        if (mappingName is null)
        {
            return (null, null);
        }

        var json = await db.QueryFirstOrDefaultAsync<string>(
            "SELECT mapping_json FROM contacts_import_mappings WHERE shop_id = @shop AND name = @mappingName", new { mappingName }, ct);
        return json is null
            ? (null, Results.ValidationProblem(
                new Dictionary<string, string[]> { ["mapping"] = [$"Aucune correspondance de colonnes nommée « {mappingName} » dans cette boutique."] },
                title: "Importation refusée"))
            : (JsonSerializer.Deserialize<ColumnMapping>(json, Json), null);
    }

    /// <summary>
    /// Reads <paramref name="source"/> with <paramref name="mapping"/> (or the suggested one) and imports it, or only
    /// reports what it would do; a real run is one transaction. Used by the dry runs of the API and the import pages (real
    /// runs go through the background job, <see cref="ImportJob"/>).
    /// </summary>
    /// <exception cref="CsvImportException">The file cannot be read, or a mapped column is missing.</exception>
    internal static async Task<ImportReport> RunAsync(IShopDb db, Stream source, ColumnMapping? mapping, bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        await using var reader = await CsvContactReader.OpenAsync(source, KeepOpen, ct);
        var used = mapping ?? reader.SuggestMapping();
        used.Bind(reader.Headers);
        var importer = new ContactImporter();
        return dryRun
            ? await importer.RunAsync(db, reader, used, true, now, ct)
            : await db.InTransactionAsync(tx => importer.RunAsync(tx, reader, used, false, now, ct), ct);
    }

    /// <summary>The file's format, headers and the suggested mapping (API preview and the mapping page).</summary>
    /// <exception cref="CsvImportException">The file cannot be read.</exception>
    internal static async Task<(string Format, IReadOnlyList<string> Headers, ColumnMapping Suggested)> ReadHeadersAsync(Stream source, CancellationToken ct)
    {
        await using var reader = await CsvContactReader.OpenAsync(source, KeepOpen, ct);
        return (reader.Format.Description, reader.Headers.ToList(), reader.SuggestMapping());
    }

    /// <summary>What is wrong with a mapping: a field fed by two columns, a column without header (API and pages).</summary>
    internal static Dictionary<string, string[]> CheckMapping(ColumnMapping mapping)
    {
        var errors = new Dictionary<string, string[]>();
        if (mapping.Columns is null || mapping.Columns.Count == 0)
        {
            errors["columns"] = ["Indiquez au moins une colonne : { \"columns\": [{ \"index\": 0, \"header\": \"Nom\", \"field\": \"LastName\" }] }."];
        }
        else if (mapping.Columns.Where(c => c.Field is not null).GroupBy(c => c.Field).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors["columns"] = [$"Le champ {twice.Key} est affecté à plusieurs colonnes."];
        }
        else if (mapping.Columns.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Header)) is { } blank)
        {
            errors["columns"] = [$"La colonne n° {blank.Index} n'a pas d'en-tête."];
        }

        return errors;
    }

    private static async Task<IResult> ListMappingsAsync(IShopDb db, CancellationToken ct)
    {
        var rows = await db.QueryAsync<SavedMappingRow>(
            "SELECT name AS Name, mapping_json AS MappingJson FROM contacts_import_mappings WHERE shop_id = @shop ORDER BY name", null, ct);
        return Results.Ok(rows.Select(r => new { name = r.Name, mapping = JsonSerializer.Deserialize<ColumnMapping>(r.MappingJson, Json)!.Columns }));
    }

    private static async Task<IResult> SaveMappingAsync(IShopDb db, TimeProvider clock, string name, ColumnMapping mapping, CancellationToken ct)
    {
        var errors = CheckMapping(mapping);
        if (name.Length > 100)
        {
            errors["name"] = ["100 caractères au plus."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Correspondance refusée");
        }

        var args = new { name, json = JsonSerializer.Serialize(mapping, Json), now = clock.GetUtcNow() };
        await db.InTransactionAsync(
            async tx =>
            {
                var updated = await tx.ExecuteAsync(
                    "UPDATE contacts_import_mappings SET mapping_json = @json, updated_at = @now WHERE shop_id = @shop AND name = @name", args, ct);
                if (updated == 0)
                {
                    await tx.ExecuteAsync(
                        "INSERT INTO contacts_import_mappings (shop_id, name, mapping_json, updated_at) VALUES (@shop, @name, @json, @now)", args, ct);
                }

                return updated;
            },
            ct);
        return Results.Ok(new { name, mapping = mapping.Columns });
    }

    private static async Task<Stream> FileOf(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return request.Body;
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw new CsvImportException("formulaire sans fichier : envoyez le CSV dans la partie « file »");
        return file.OpenReadStream();
    }

    private static IResult BadFile(string reason) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"Fichier illisible : {reason}."] }, title: "Importation refusée");

    private sealed class SavedMappingRow
    {
        public string Name { get; init; } = string.Empty;

        public string MappingJson { get; init; } = string.Empty;
    }
}
