using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>
/// <c>/shops/{shop}/contacts/import</c>: upload a CSV, check the suggested column mapping, see the dry run's
/// report (row by row: created, updated, skipped, and every issue with its row and reason), then run it. The run
/// happens in the request, in one transaction, through the API's own import (<see cref="ImportEndpoints.RunAsync"/>),
/// and answers with its report page.
/// </summary>
internal static class ImportPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/import", (IShopPages shop, CancellationToken ct) => UploadFormAsync(shop, null, StatusCodes.Status200OK, ct));
        pages.MapPost("/import", UploadAsync);
        pages.MapPost("/import/{token}/dry-run", (IShopDb db, IShopPages shop, ShopContext context, TimeProvider clock, string token, IFormCollection form, CancellationToken ct) =>
            ImportAsync(db, shop, context, clock, token, form, dryRun: true, ct));
        pages.MapPost("/import/{token}/run", (IShopDb db, IShopPages shop, ShopContext context, TimeProvider clock, string token, IFormCollection form, CancellationToken ct) =>
            ImportAsync(db, shop, context, clock, token, form, dryRun: false, ct));
    }

    private static Task<IResult> UploadFormAsync(IShopPages pages, string? error, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        return pages.RenderAsync(t["import_title"], "pages/import-upload.html", new { T = t.Table, Base = pages.BasePath, Antiforgery = pages.Antiforgery, Error = error }, status, ct);
    }

    private static async Task<IResult> UploadAsync(IShopPages pages, ShopContext shop, IFormFile? file, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if (file is null || file.Length == 0)
        {
            return await UploadFormAsync(pages, t["import_no_file"], StatusCodes.Status400BadRequest, ct);
        }

        string token;
        await using (var content = file.OpenReadStream())
        {
            token = await ImportUploads.SaveAsync(shop.ShopId, content, ct);
        }

        await using var saved = ImportUploads.Open(shop.ShopId, token)!;
        try
        {
            var (format, headers, suggested) = await ImportEndpoints.ReadHeadersAsync(saved, ct);
            return await ImportMappingView.RenderAsync(pages, token, file.FileName, format, headers, suggested, null, StatusCodes.Status200OK, ct);
        }
        catch (CsvImportException ex)
        {
            ImportUploads.Delete(shop.ShopId, token);
            return await UploadFormAsync(pages, t.Format("import_unreadable", ex.Message), StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> ImportAsync(
        IShopDb db, IShopPages pages, ShopContext shop, TimeProvider clock, string token, IFormCollection form, bool dryRun, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        (string Format, IReadOnlyList<string> Headers, ColumnMapping Suggested) preview;
        await using (var source = ImportUploads.Open(shop.ShopId, token))
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
                pages, token, form["fileName"].ToString(), preview.Format, preview.Headers, mapping, string.Join(" ", errors.Values.SelectMany(v => v)), StatusCodes.Status400BadRequest, ct);
        }

        ImportReport report;
        await using (var source = ImportUploads.Open(shop.ShopId, token)!)
        {
            try
            {
                report = await ImportEndpoints.RunAsync(db, source, mapping, dryRun, clock.GetUtcNow(), ct);
            }
            catch (CsvImportException ex)
            {
                return await ImportMappingView.RenderAsync(
                    pages, token, form["fileName"].ToString(), preview.Format, preview.Headers, mapping, ex.Message, StatusCodes.Status400BadRequest, ct);
            }
        }

        if (!dryRun)
        {
            ImportUploads.Delete(shop.ShopId, token);
        }

        return await ImportReportView.RenderAsync(pages, token, form["fileName"].ToString(), report, ct);
    }
}
