using GiftCards.Api;
using GiftCards.Events;
using GiftCards.Pages;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Modules;

namespace GiftCards;

/// <summary>The gift cards module: cards issued when a sale pays for one, listed per shop.</summary>
public sealed class GiftCardsStartup : ModuleStartup
{
    /// <inheritdoc />
    public override void Subscribe(IEventSubscriptions events) => OrderPaidHandler.Subscribe(events);

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api) => CardEndpoints.Map(api);

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => CardsPage.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Cartes cadeaux", "GiftCards", 50)];

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
        [new ModulePermission("gift-cards.issue", "Émettre des cartes cadeaux")];
}
