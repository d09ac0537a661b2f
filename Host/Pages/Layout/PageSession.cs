using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Pages.I18n;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Pages.Layout;

/// <summary>
/// Who is looking at a page and in which language, from the sign-in cookie's claims (the language claim is
/// reissued when the user changes it), so a page needs no query to know it. Kept in <see cref="HttpContext.Items"/>.
/// </summary>
internal sealed class PageSession
{
    private static readonly object Key = new();

    private PageSession(ClaimsPrincipal principal, AntiforgeryField antiforgery)
    {
        UserId = ShopAccess.UserId(principal);
        DisplayName = principal.FindFirst(ClaimTypes.Name)?.Value ?? string.Empty;
        IsPlatformAdmin = ShopAccess.IsPlatformAdmin(principal);
        Language = UiLanguage.Of(principal.FindFirst(CrmClaims.Culture)?.Value);
        Text = UiLanguage.Text(Language);
        Formats = new Formats(UiLanguage.Culture(Language));
        Antiforgery = antiforgery;
    }

    /// <summary>Null on the sign-in page.</summary>
    public long? UserId { get; }

    public string DisplayName { get; }

    public bool IsPlatformAdmin { get; }

    public string Language { get; }

    public HostText Text { get; }

    public Formats Formats { get; }

    public AntiforgeryField Antiforgery { get; }

    public static PageSession For(HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var known) && known is PageSession session)
        {
            return session;
        }

        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        session = new PageSession(http.User, new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? string.Empty));
        http.Items[Key] = session;
        return session;
    }
}
