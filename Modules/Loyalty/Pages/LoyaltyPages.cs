using Microsoft.AspNetCore.Routing;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The module's staff pages under <c>/shops/{shop}/loyalty</c>, rendered in the host layout through <c>IShopPages</c>.</summary>
internal static class LoyaltyPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        ProgramPages.Map(pages);
        CardPages.Map(pages);
        RedeemPage.Map(pages);
        MeetingPages.Map(pages);
        StatisticsPage.Map(pages);
    }
}
