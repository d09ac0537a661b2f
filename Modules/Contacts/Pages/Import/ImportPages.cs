using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Import.Jobs;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>
/// <c>/shops/{shop}/contacts/import</c>: upload a CSV, check the suggested column mapping, see the dry run's
/// report (row by row: created, updated, skipped, and every issue with its row and reason), then run it. The run is
/// queued for the background job (<see cref="ImportJob"/>) and followed on <c>/import/jobs/{id}</c>, a page that
/// refreshes itself while the import runs and ends with its report.
/// </summary>
internal static class ImportPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/import", (IShopPages shop, CancellationToken ct) => UploadFormAsync(shop, null, StatusCodes.Status200OK, ct));
        pages.MapPost("/import", UploadAsync);
        pages.MapPost("/import/{token}/dry-run", (IShopDb db, IShopPages shop, ImportFiles files, TimeProvider clock, string token, IFormCollection form, CancellationToken ct) =>
            ImportAsync(db, shop, files, clock, token, form, dryRun: true, ct));
        pages.MapPost("/import/{token}/run", (IShopDb db, IShopPages shop, ImportFiles files, TimeProvider clock, string token, IFormCollection form, CancellationToken ct) =>
            ImportAsync(db, shop, files, clock, token, form, dryRun: false, ct));
        pages.MapGet("/import/jobs/{id:long}", ProgressAsync);
    }

    private static Task<IResult> UploadFormAsync(IShopPages pages, string? error, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        return pages.RenderAsync(t["import_title"], "pages/import-upload.html", new { T = t.Table, Base = pages.BasePath, Antiforgery = pages.Antiforgery, Error = error }, status, ct);
    }

    private static async Task<IResult> UploadAsync(IShopPages pages, ShopContext shop, ImportFiles files, IFormFile? file, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if (file is null || file.Length == 0)
        {
            return await UploadFormAsync(pages, t["import_no_file"], StatusCodes.Status400BadRequest, ct);
        }

        string token;
        await using (var content = file.OpenReadStream())
        {
            token = await files.SaveAsync(shop.ShopId, content, ct);
        }

        await using var saved = files.Open(shop.ShopId, token)!;
        try
        {
            var (format, headers, suggested) = await ImportEndpoints.ReadHeadersAsync(saved, ct);
            return await ImportMappingView.RenderAsync(pages, token, file.FileName, format, headers, suggested, null, StatusCodes.Status200OK, ct);
        }
        catch (CsvImportException ex)
        {
            files.Delete(shop.ShopId, token);
            return await UploadFormAsync(pages, t.Format("import_unreadable", ex.Message), StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> ImportAsync(
        IShopDb db, IShopPages pages, ImportFiles files, TimeProvider clock, string token, IFormCollection form, bool dryRun, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var fileName = form["fileName"].ToString();
        (string Format, IReadOnlyList<string> Headers, ColumnMapping Suggested) preview;
        await using (var source = files.Open(db.ShopId, token))
        {
            if (source is null)
            {
                return PageResults.NotFound(pages, "import_expired_title", t["import_expired"]);
            }

            preview = await ImportEndpoints.ReadHeadersAsync(source, ct);
        }

        var mapping = ImportMappingView.FromForm(form, preview.Headers);
        var errors = ImportEndpoints.CheckMapping(mapping);
        if (errors.Count > 0)
        {
            return await ImportMappingView.RenderAsync(
                pages, token, fileName, preview.Format, preview.Headers, mapping, string.Join(" ", errors.Values.SelectMany(v => v)), StatusCodes.Status400BadRequest, ct);
        }

        if (!dryRun)
        {
            var id = await ImportQueue.QueueAsync(db, files, token, fileName, preview.Format, mapping, clock.GetUtcNow(), ct);
            return id is null
                ? PageResults.NotFound(pages, "import_expired_title", t["import_expired"])
                : Results.Redirect($"{pages.BasePath}/import/jobs/{id}", permanent: false, preserveMethod: false);
        }

        await using var file = files.Open(db.ShopId, token)!;
        try
        {
            var report = await ImportEndpoints.RunAsync(db, file, mapping, dryRun: true, clock.GetUtcNow(), ct);
            return await ImportReportView.RenderAsync(pages, token, fileName, report, ct);
        }
        catch (CsvImportException ex)
        {
            return await ImportMappingView.RenderAsync(
                pages, token, fileName, preview.Format, preview.Headers, mapping, ex.Message, StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> ProgressAsync(IShopDb db, IShopPages pages, long id, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        return await ImportJobStore.FindAsync(db, id, ct) is { } job
            ? await ImportProgressView.RenderAsync(pages, ImportJobView.Of(job), ct)
            : PageResults.NotFound(pages, "import_expired_title", t.Format("import_no_job", id));
    }
}
