using Microsoft.AspNetCore.Routing;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// The staff pages under <c>/shops/{shop}/newsletter</c>, in the host layout through <c>IShopPages</c>: newsletters,
/// their subscribers and issues. Forms post the antiforgery field (the host checks it on every form-bound endpoint) and
/// call the API's own handlers, so the pages accept and refuse exactly what the API does.
/// </summary>
internal static class StaffPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        ListsPage.Map(pages);
        ListPage.Map(pages);
        SubscribersPage.Map(pages);
        IssuesPage.Map(pages);
        IssuePage.Map(pages);
    }
}
