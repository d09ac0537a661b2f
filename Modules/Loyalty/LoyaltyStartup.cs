using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Events;
using ModularCrm.Modules.Loyalty.Home;
using ModularCrm.Modules.Loyalty.Pages;
using ModularCrm.Modules.Loyalty.Privacy;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Loyalty;

/// <summary>The loyalty module: programs, cards, earning from sales events, vouchers and gifts, hosts, statistics.</summary>
public sealed class LoyaltyStartup : ModuleStartup
{
    // Event handlers get no request services; the host's clock is the system clock anyway.
    private readonly TimeProvider clock = TimeProvider.System;

    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton<IPersonalDataHandler>(new LoyaltyPersonalDataHandler(clock));

    /// <inheritdoc />
    public override void Subscribe(IEventSubscriptions events) => SalesEventHandlers.Subscribe(events, clock);

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        ProgramEndpoints.Map(api);
        CardEndpoints.Map(api);
        RewardEndpoints.Map(api);
        MeetingEndpoints.Map(api);
        StatisticsEndpoints.Map(api);
        CardPrintEndpoints.Map(api);
        CardMerge.Map(api);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => LoyaltyPages.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Fidélité", "Loyalty", 30)];

    /// <inheritdoc />
    public override Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken) =>
        LoyaltyHome.FiguresAsync(shopServices.GetRequiredService<IShopDb>(), shopServices.GetRequiredService<TimeProvider>(), cancellationToken);

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes) => CardEndpoints.MapPublic(routes);

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("loyalty.read", "Consulter les cartes, soldes et statistiques de fidélité"),
        new ModulePermission("loyalty.write", "Gérer les programmes, émettre des cartes, encaisser des bons"),
    ];
}
