using ModularCrm.Host.Web;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Pages.Layout;

/// <summary>The SDK's <see cref="IShopPages"/>: a module's content in the host layout, its templates through the shop's overrides.</summary>
internal sealed class ShopPages(IHttpContextAccessor accessor, RequestShop current, ITemplateRenderer templates) : IShopPages
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("IShopPages is for page endpoints: there is no current request.");

    private PageSession Session => PageSession.For(Http);

    public AntiforgeryField Antiforgery => Session.Antiforgery;

    public string BasePath => $"/shops/{Uri.EscapeDataString(current.Shop.Slug)}/{current.ModuleId}";

    public string Language => Session.Language;

    public IResult Page(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bodyHtml);
        return new LayoutResult(title, bodyHtml, statusCode);
    }

    public async Task<IResult> RenderAsync(string title, string templateName, object model, int statusCode = StatusCodes.Status200OK, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        var body = await templates.RenderAsync(templateName, model, cancellationToken);
        return new LayoutResult(title, body, statusCode);
    }
}
