using Microsoft.AspNetCore.Http;

namespace ModularCrm.Sdk.Web;

/// <summary>
/// Puts a module page inside the host's layout (menu, shop switcher, user menu, styles). Inject it in an endpoint
/// mapped by <see cref="ModuleStartup.MapPages"/>; the module writes only the page's main content.
/// </summary>
/// <remarks>
/// Forms: the host checks antiforgery on every form post bound with <c>[FromForm]</c>; a module form includes
/// <see cref="Antiforgery"/> as a hidden field. Pages render the module's own templates in HTML mode (every
/// <c>{{ expression }}</c> encoded), through the shop's overrides like <see cref="Templates.ITemplateRenderer"/>.
/// </remarks>
public interface IShopPages
{
    /// <summary>The hidden field every form of this page must post back.</summary>
    AntiforgeryField Antiforgery { get; }

    /// <summary>The path of the module's pages for the current shop, e.g. <c>/shops/demo/contacts</c> (no final slash).</summary>
    string BasePath { get; }

    /// <summary>The signed-in user's language: <c>fr</c> (default) or <c>en</c>.</summary>
    string Language { get; }

    /// <summary>A page whose main content is <paramref name="bodyHtml"/>, already safe markup the module produced.</summary>
    /// <param name="title">The page title (plain text: the host encodes it), shown as the main heading.</param>
    /// <param name="bodyHtml">The page content, inserted as is below the heading.</param>
    /// <param name="statusCode">The status code; 400 for a form sent back with errors.</param>
    IResult Page(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK);

    /// <summary>Renders the module's HTML template <paramref name="templateName"/> with <paramref name="model"/> as the page content.</summary>
    /// <param name="title">The page title (plain text), shown as the main heading.</param>
    /// <param name="templateName">A template of the calling module, e.g. <c>pages/list.html</c> for <c>Templates/pages/list.html.sbn</c>.</param>
    /// <param name="model">The template's model (snake_case names, as for <see cref="Templates.ITemplateRenderer"/>).</param>
    /// <param name="statusCode">The status code; 400 for a form sent back with errors.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    Task<IResult> RenderAsync(string title, string templateName, object model, int statusCode = StatusCodes.Status200OK, CancellationToken cancellationToken = default);
}
