using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Events;
using ModularCrm.Modules.Loyalty.Home;
using ModularCrm.Modules.Loyalty.Messages;
using ModularCrm.Modules.Loyalty.Pages;
using ModularCrm.Modules.Loyalty.Privacy;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Sms;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty;

/// <summary>The loyalty module: programs, cards, earning from sales events, vouchers and gifts, hosts, statistics.</summary>
public sealed class LoyaltyStartup : ModuleStartup
{
    // Event handlers get no request services; the host's clock is the system clock anyway.
    private readonly TimeProvider clock = TimeProvider.System;
    private LoyaltyOptions options = new();

    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        options = context.Configuration.Get<LoyaltyOptions>() ?? new LoyaltyOptions();
        services.AddSingleton(options);
        services.AddSingleton<IPersonalDataHandler>(new LoyaltyPersonalDataHandler(clock));
    }

    /// <inheritdoc />
    public override IReadOnlyList<ModuleJob> Jobs =>
    [
        new("birthdays", options.BirthdaysInterval, (services, ct) => BirthdaysAsync(services, ct)),
        new("messages", options.MessagesInterval, (services, ct) => MessagesAsync(services, ct)),
    ];

    /// <summary>Adds today's birthday messages (once a day, see <see cref="BirthdayScan"/>).</summary>
    internal static Task<int> BirthdaysAsync(IServiceProvider services, CancellationToken ct) =>
        new BirthdayScan(
            services.GetRequiredService<IShopDb>(), services.GetRequiredService<IAudience>(), services.GetRequiredService<LoyaltyOptions>(),
            services.GetRequiredService<TimeProvider>()).RunAsync(ct);

    /// <summary>
    /// Hands pending messages to the e-mailing and SMS modules' outboxes, used only when those modules are enabled for
    /// the job's shop (optional: loyalty does not depend on them; their services are registered host-wide).
    /// </summary>
    internal static async Task<int> MessagesAsync(IServiceProvider services, CancellationToken ct) =>
        await new MessageSender(
            services.GetRequiredService<IShopDb>(), services.GetRequiredService<IAudience>(), services.GetRequiredService<ITemplateRenderer>(),
            services.GetRequiredService<ShopContext>(), await EnabledAsync<IMailOutbox>(services, "emailing", ct),
            await EnabledAsync<ISmsOutbox>(services, "sms", ct), services.GetRequiredService<TimeProvider>()).SendPendingAsync(ct);

    /// <summary>The optional collaborator <typeparamref name="T"/> when module <paramref name="moduleId"/> is enabled for the current shop.</summary>
    internal static async Task<T?> EnabledAsync<T>(IServiceProvider services, string moduleId, CancellationToken ct)
        where T : class =>
        services.GetService<T>() is { } service && await services.GetRequiredService<IShopModuleStatus>().IsEnabledAsync(moduleId, ct)
            ? service
            : null;

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
        CardMail.Map(api);
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
