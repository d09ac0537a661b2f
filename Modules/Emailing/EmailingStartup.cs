using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Pages;
using ModularCrm.Modules.Emailing.Privacy;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Modules.Emailing.Transactional;
using ModularCrm.Modules.Emailing.Transport;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing;

/// <summary>The e-mailing module: outbox and transports, campaigns, unsubscribe, tracking, transactional mail.</summary>
public sealed class EmailingStartup : ModuleStartup
{
    private EmailingOptions options = new();

    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        options = context.Configuration.Get<EmailingOptions>() ?? new EmailingOptions();
        services.AddSingleton(options);
        services.AddSingleton(options.CreateTransport());
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddSingleton<IPersonalDataHandler, EmailingPersonalDataHandler>();
    }

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        CampaignEndpoints.Map(api);
        SettingsEndpoints.Map(api);
        BounceEndpoints.Map(api);
        DocumentMailEndpoints.Map(api);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => CampaignPages.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "E-mailing", "E-mailing", 40)];

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes) => PublicEndpoints.Map(routes);

    /// <inheritdoc />
    public override IReadOnlyList<ModuleJob> Jobs =>
    [
        new("deliver", options.DeliveryInterval, DeliverAsync),
        new("scheduled-campaigns", TimeSpan.FromSeconds(30), EnqueueScheduledAsync),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("emailing.campaigns", "Préparer et envoyer des campagnes e-mail"),
        new ModulePermission("emailing.send", "Envoyer des documents par e-mail"),
    ];

    private static Task DeliverAsync(IServiceProvider services, CancellationToken ct) =>
        new OutboxSender(
            services.GetRequiredService<IShopDb>(),
            services.GetRequiredService<IMailTransport>(),
            services.GetRequiredService<EmailingOptions>().Sender,
            services.GetRequiredService<TimeProvider>(),
            services.GetService<IAudience>()).SendDueAsync(ct);

    private static async Task EnqueueScheduledAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<IShopDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        var enqueuer = new CampaignEnqueuer(
            db, services.GetRequiredService<IAudience>(), services.GetRequiredService<EmailingOptions>(), services.GetRequiredService<ShopContext>(), clock);
        foreach (var id in await CampaignStore.DueAsync(db, clock.GetUtcNow(), ct))
        {
            await enqueuer.EnqueueAsync(id, "http://localhost", ct); // scheduling stored the base URL of the request
        }
    }
}
