using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>The answers every page gives the same way: not found, inside the layout, in the user's language.</summary>
internal static class PageResults
{
    public static IResult ContactNotFound(IShopPages pages, long id)
    {
        var t = PageText.For(pages.Language);
        return pages.Page(t["contact_not_found"], $"<p>{HtmlText.Encode(t.Format("no_contact_n", id))}</p>", StatusCodes.Status404NotFound);
    }

    public static IResult NotFound(IShopPages pages, string titleKey, string detail)
    {
        var t = PageText.For(pages.Language);
        return pages.Page(t[titleKey], $"<p>{HtmlText.Encode(detail)}</p>", StatusCodes.Status404NotFound);
    }
}
