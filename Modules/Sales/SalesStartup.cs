using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Home;
using ModularCrm.Modules.Sales.Pages;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Modules.Sales;

/// <summary>The sales module: quotes, orders, delivery notes, invoices, payments and credit notes.</summary>
public sealed class SalesStartup : ModuleStartup
{
    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        var sales = api.MapGroup(string.Empty).AddEndpointFilter(SalesProblems.FilterAsync);
        CatalogEndpoints.Map(sales);
        NumberingEndpoints.Map(sales);
        QuoteEndpoints.Map(sales);
        OrderEndpoints.Map(sales);
        DeliveryEndpoints.Map(sales);
        OrderInvoiceEndpoints.Map(sales);
        CreditNoteEndpoints.Map(sales);
        DocumentTrailEndpoints.Map(sales);
        SettingsEndpoints.Map(sales);
        ReminderEndpoints.Map(sales);
        DocumentHtmlEndpoints.Map(sales);
        DocumentPdfEndpoints.Map(sales);
        InvoiceEndpoints.Map(sales);
        DocumentSendEndpoints.Map(sales);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => SalesPages.Map(pages);

    /// <inheritdoc />
    public override Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken) =>
        SalesHome.FiguresAsync(shopServices.GetRequiredService<IShopDb>(), shopServices.GetRequiredService<TimeProvider>(), cancellationToken);

    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Ventes", "Sales", 20)];

    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("sales.read", "Consulter les devis, commandes et factures"),
        new ModulePermission("sales.write", "Établir et valider des documents de vente"),
    ];
}
