using System.Text.Json.Serialization;
using Serilog;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ModularCrm.Host.Documents;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Cli;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Events;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Logging;
using ModularCrm.Host.Modules;
using ModularCrm.Host.Modules.Loading;
using ModularCrm.Host.Pages;
using ModularCrm.Host.Privacy;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Templates;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Web;
using Serilog.Extensions.Logging;

namespace ModularCrm.Host;

/// <summary>
/// Composes the host: the web server when started without arguments, the admin CLI otherwise. Both share one
/// composition so that a command sees exactly the modules, database and migrations the server would.
/// </summary>
internal static class HostApp
{
    private const string SmartScheme = "cookie-or-token";

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = AdminCli.IsCommand(args);
        var builder = WebApplication.CreateBuilder(cli ? [] : args);
        var serilog = SerilogSetup.Create(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(serilog, dispose: true);
        using var loggerFactory = new SerilogLoggerFactory(serilog);

        var catalog = ModuleLoader.Load(builder.Configuration, loggerFactory);
        builder.Services.AddSingleton(catalog);
        ConfigureServices(builder.Services, builder.Configuration, builder.Environment);
        builder.Services.AddModules(builder.Configuration, catalog);

        var app = builder.Build();
        await StartModulesAsync(app, catalog);
        if (cli)
        {
            var command = app.Services.GetRequiredService<AdminCli>();
            return await command.RunAsync(args, app.Services.GetRequiredService<ModuleRuntime>().Infos(), CancellationToken.None);
        }

        await app.Services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(Console.Out, CancellationToken.None);
        ConfigurePipeline(app, catalog);
        await app.RunAsync();
        return 0;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddModularCrmData(configuration, environment.ContentRootPath);
        services.AddSingleton<ModuleRuntime>();
        services.AddSingleton<ShopStore>();
        services.AddSingleton<ShopModules>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<ShopAccess>();
        services.AddSingleton(sp => new AdminCli(
            sp.GetRequiredService<ShopStore>(),
            sp.GetRequiredService<ShopModules>(),
            sp.GetRequiredService<UserStore>(),
            sp.GetRequiredService<ApiTokenStore>(),
            Console.Out));

        services.AddSingleton<EventSubscriptionRegistry>();
        services.AddSingleton<EventDispatcher>();
        services.AddSingleton<EventDispatcherService>();
        services.AddHostedService(sp => sp.GetRequiredService<EventDispatcherService>());
        services.Configure<EventDispatchOptions>(configuration.GetSection("Events"));
        services.AddSingleton<ModuleJobRunner>();
        services.AddHostedService<ModuleJobService>();
        services.Configure<ModuleJobOptions>(configuration.GetSection("Jobs"));

        services.AddModuleTemplates();
        services.AddPages();
        services.AddPdfRendering(configuration);
        services.AddScoped<RequestShop>();
        services.AddScoped<IPersonalDataRights, PersonalDataRights>();
        services.AddScoped<ShopContext>(sp => sp.GetRequiredService<RequestShop>().Shop);
        services.AddScoped<ModularCrm.Sdk.Modules.IShopModuleStatus, RequestModuleStatus>();
        services.AddScoped<IShopDb>(sp =>
        {
            var current = sp.GetRequiredService<RequestShop>();
            return sp.GetRequiredService<ShopDbFactory>().For(current.Shop.ShopId, current.ModuleId);
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddAntiforgery();
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/sign-in";
                o.Cookie.Name = "modularcrm.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PlatformEndpoints.PlatformAdminPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => ShopAccess.IsPlatformAdmin(c.User)));
    }

    // An API client wants a status code, a browser wants the sign-in page.
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Core migrations, then each loaded module in dependency order: its event subscriptions, its migrations and
    /// its upgrade hook. A module that fails any step is marked failed, and the catalog fails the modules that depend
    /// on it; the loop visits dependencies first, so those are skipped.
    /// </summary>
    private static async Task StartModulesAsync(WebApplication app, ModuleCatalog catalog)
    {
        var services = app.Services;
        var runtime = services.GetRequiredService<ModuleRuntime>();
        var runner = services.GetRequiredService<Data.Migrations.MigrationRunner>();
        var registry = services.GetRequiredService<EventSubscriptionRegistry>();
        var dispatcher = services.GetRequiredService<EventDispatcherService>();
        services.GetRequiredService<ShopDbFactory>().EventsCommitted += _ => dispatcher.Wake();

        var core = await runner.MigrateCoreAsync();
        if (!core.Succeeded)
        {
            throw new InvalidOperationException($"Core migrations failed: {core.Error}");
        }

        foreach (var module in catalog.Modules)
        {
            if (module.State != ModuleState.Loaded)
            {
                continue;
            }

            try
            {
                module.Startup!.Subscribe(registry.For(module.Id));
                var version = module.Manifest!.Version.ToNormalizedString();
                var migration = await runner.MigrateModuleAsync(module.Id, version, module.Assembly!);
                if (!migration.Succeeded)
                {
                    runtime.MarkFailed(module.Id, $"migration : {migration.Error}");
                    continue;
                }

                if (migration.VersionChanged && (migration.PreviousVersion is not null || module.Startup.RunUpgradeOnInstall))
                {
                    await module.Startup.OnUpgradeAsync(new Sdk.Modules.ModuleUpgrade(migration.PreviousVersion, version, services), CancellationToken.None);
                }
            }
            catch (Exception ex)
            {
                runtime.MarkFailed(module.Id, $"démarrage : {ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }

    private static void ConfigurePipeline(WebApplication app, ModuleCatalog catalog)
    {
        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestLogScopeMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<ModuleEndpointMiddleware>();

        app.MapOpenApi();
        HealthEndpoint.Map(app);
        AccountEndpoints.Map(app);
        PlatformEndpoints.Map(app);
        ProcessingRegisterEndpoint.Map(app);
        TemplateEndpoints.Map(app);
        PageEndpoints.Map(app);
        MapModules(app, catalog);
    }

    private static void MapModules(WebApplication app, ModuleCatalog catalog)
    {
        var runtime = app.Services.GetRequiredService<ModuleRuntime>();
        foreach (var module in catalog.Modules)
        {
            var metadata = new ModuleEndpointMetadata(module.Id);
            if (module.State != ModuleState.Loaded)
            {
                // A broken module's paths still answer, through the middleware: 404 where it is not enabled,
                // 503 with the reason where it is, rather than a bare 404 that hides the failure from the shop.
                app.Map($"/api/shops/{{shop}}/{module.Id}/{{**rest}}", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
                    .WithMetadata(metadata).ExcludeFromDescription();
                continue;
            }

            try
            {
                module.Startup!.MapApi(app.MapGroup($"/api/shops/{{shop}}/{module.Id}").WithMetadata(metadata).WithTags(module.Id));
                module.Startup.MapPages(app.MapGroup($"/shops/{{shop}}/{module.Id}").WithMetadata(metadata).ExcludeFromDescription());
                module.Startup.MapPublic(app.MapGroup($"/p/{{shop}}/{module.Id}")
                    .WithMetadata(new ModuleEndpointMetadata(module.Id, IsPublic: true)).ExcludeFromDescription());
            }
            catch (Exception ex)
            {
                // Endpoints mapped before the throw stay registered but answer 503: the middleware checks the state.
                runtime.MarkFailed(module.Id, $"routes : {ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }
}
