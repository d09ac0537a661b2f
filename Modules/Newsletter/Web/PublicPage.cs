using System.Text;
using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>
/// The pages visitors see without an account, in the shop's page layout (<c>Templates/public/page.html</c>, which a
/// shop may override). Their policy forbids scripts and framing by other sites: an issue's HTML, written by staff, is
/// shown as a document, never run.
/// </summary>
internal sealed class PublicPage(ITemplateRenderer templates, ShopContext shop)
{
    private const string Policy = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'self'";

    public async Task<IResult> ShowAsync(string title, string bodyHtml, int status = StatusCodes.Status200OK, CancellationToken ct = default)
    {
        var html = await templates.RenderAsync("public/page.html", new { shop = new { name = shop.Name }, title, body_html = bodyHtml }, ct);
        return new Page(html, status);
    }

    /// <summary>A whole HTML document (an archived issue), under the same policy.</summary>
    public IResult Document(string html) => new Page(html, StatusCodes.Status200OK);

    public Task<IResult> InvalidLinkAsync(CancellationToken ct) =>
        ShowAsync(
            "Lien invalide ou expiré",
            "<p>Ce lien de confirmation est incomplet, a déjà servi ou a expiré. Inscrivez-vous à nouveau : vous recevrez un nouveau lien.</p>",
            StatusCodes.Status400BadRequest,
            ct);

    private sealed class Page(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            httpContext.Response.Headers.ContentSecurityPolicy = Policy;
            return httpContext.Response.WriteAsync(html, Encoding.UTF8);
        }
    }
}
