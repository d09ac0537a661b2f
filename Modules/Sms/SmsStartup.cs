using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Sms.Callbacks;
using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Messages;
using ModularCrm.Modules.Sms.Outbox;
using ModularCrm.Modules.Sms.Pages;
using ModularCrm.Modules.Sms.Privacy;
using ModularCrm.Modules.Sms.Providers;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Sms;

namespace ModularCrm.Modules.Sms;

/// <summary>The SMS module: providers, outbox, campaigns and single messages under the French rules, operator callbacks.</summary>
public sealed class SmsStartup : ModuleStartup
{
    private SmsOptions options = new();

    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        options = context.Configuration.Get<SmsOptions>() ?? new SmsOptions();
        services.AddSingleton(options);
        services.AddSingleton(new ProviderFactory(options, new HttpClient { Timeout = options.GatewayTimeout }));
        services.AddScoped<ISmsOutbox, SmsOutbox>();
        services.AddSingleton<IPersonalDataHandler, SmsPersonalDataHandler>();
    }

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        CampaignEndpoints.Map(api);
        MessageEndpoints.Map(api);
        SettingsEndpoints.Map(api);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => SmsPages.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "SMS", "Text messages", 45)];

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes) => CallbackEndpoints.Map(routes);

    /// <inheritdoc />
    public override IReadOnlyList<ModuleJob> Jobs => [new("deliver", options.DeliveryInterval, DeliverAsync)];

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("sms.campaigns", "Préparer et envoyer des campagnes SMS"),
        new ModulePermission("sms.send", "Envoyer un SMS à un contact"),
    ];

    private static async Task DeliverAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<IShopDb>();
        var options = services.GetRequiredService<SmsOptions>();
        var sms = await ShopSms.LoadAsync(db, options, ct);
        var provider = services.GetRequiredService<ProviderFactory>().For(sms.Settings, db.ShopId);
        var rate = sms.Settings.RatePerMinute ?? options.Sender.RatePerMinute;
        await new OutboxSender(db, provider, sms.Window, services.GetRequiredService<IAudience>(), options.Sender, services.GetRequiredService<TimeProvider>(), rate)
            .SendDueAsync(ct);
    }
}
