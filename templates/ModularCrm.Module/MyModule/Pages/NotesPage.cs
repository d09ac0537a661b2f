using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;
using MyModule.Api;

namespace MyModule.Pages;

/// <summary>The page <c>/shops/{shop}/mymodule</c>, from the embedded template <c>Templates/notes.sbn</c>.</summary>
internal static class NotesPage
{
    public const string TemplateName = "Templates/notes.sbn";

    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(NotesPage).Assembly.GetManifestResourceStream(TemplateName)
            ?? throw new InvalidOperationException($"{TemplateName} is not embedded in the module.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, CancellationToken ct)
    {
        var notes = await NoteStore.ListAsync(db, ct);
        // One numeric variable: a plain substitution until the SDK exposes the template engine.
        var html = Template.Value.Replace("{{ count }}", notes.Count.ToString(CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
