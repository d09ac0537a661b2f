using Microsoft.AspNetCore.Routing;

namespace ModularCrm.Modules.Blog.Pages;

/// <summary>The staff pages under <c>/shops/{shop}/blog</c>, in the host layout through <c>IShopPages</c>.</summary>
internal static class StaffPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        PostListPage.Map(pages);
        ModerationPage.Map(pages);
        PostEditPage.Map(pages);
    }
}
