using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Events;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Modules.Loyalty;

/// <summary>The loyalty module: programs, cards, earning from sales events, vouchers and gifts, hosts, statistics.</summary>
public sealed class LoyaltyStartup : ModuleStartup
{
    // Event handlers get no request services; the host's clock is the system clock anyway.
    private readonly TimeProvider clock = TimeProvider.System;

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
    }

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes) => CardEndpoints.MapPublic(routes);

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("loyalty.read", "Consulter les cartes, soldes et statistiques de fidélité"),
        new ModulePermission("loyalty.write", "Gérer les programmes, émettre des cartes, encaisser des bons"),
    ];
}
