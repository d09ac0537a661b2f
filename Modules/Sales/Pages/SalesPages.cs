using Microsoft.AspNetCore.Routing;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The staff pages under <c>/shops/{shop}/sales</c>, in the host layout through <c>IShopPages</c>. Forms work without
/// JavaScript, post the antiforgery field (the host checks it on every form-bound endpoint) and call the API's own
/// handlers, so the pages accept and refuse exactly what the API does.
/// </summary>
internal static class SalesPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        SalesOverviewPage.Map(pages);
        CatalogPages.Map(pages);
        QuoteListPage.Map(pages);
        DocumentCreatePage.Map(pages);
        QuotePage.Map(pages);
        OrderPage.Map(pages);
        InvoiceListPages.Map(pages);
        ReminderPages.Map(pages);
        InvoicePage.Map(pages);
        OtherDocumentPages.Map(pages);
        SettingsPage.Map(pages);
        NumberingPage.Map(pages);
    }
}
