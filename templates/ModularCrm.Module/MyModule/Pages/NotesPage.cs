using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;
using MyModule.Api;

namespace MyModule.Pages;

/// <summary>The page <c>/shops/{shop}/mymodule</c>, from the template <c>Templates/notes.html.sbn</c>.</summary>
internal static class NotesPage
{
    /// <summary>The template's name: its path under <c>Templates/</c> without <c>.sbn</c>; <c>.html</c> = output encoded.</summary>
    public const string TemplateName = "notes.html";

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, ITemplateRenderer templates, CancellationToken ct)
    {
        var notes = await NoteStore.ListAsync(db, ct);
        // Through the host's renderer, not the embedded file: the shop's override wins, and note texts are HTML-encoded.
        var html = await templates.RenderAsync(TemplateName, new { Count = notes.Count, Notes = notes }, ct);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
