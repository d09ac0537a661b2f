using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Sdk;

/// <summary>
/// The one entry point of a module. The host finds the single non-abstract subclass in the module's main
/// assembly and calls its members in this order: <see cref="ConfigureServices"/>, <see cref="Subscribe"/>,
/// (migrations), <see cref="OnUpgradeAsync"/> when the installed version changed, then <see cref="MapApi"/>,
/// <see cref="MapPages"/> and <see cref="MapPublic"/>. Any exception marks the module failed; the host and other modules keep serving.
/// </summary>
/// <remarks>An abstract class rather than an interface so that new hooks can be added in minor SDK versions.</remarks>
public abstract class ModuleStartup
{
    /// <summary>Registers the module's services in the host container.</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    /// <summary>Subscribes handlers to events raised by this or other modules.</summary>
    public virtual void Subscribe(IEventSubscriptions events)
    {
    }

    /// <summary>
    /// Maps API endpoints. <paramref name="api"/> is already the group <c>/api/shops/{shop}/{moduleId}</c>:
    /// requests reach it only for shops where the module is enabled; otherwise the host answers 404.
    /// </summary>
    public virtual void MapApi(IEndpointRouteBuilder api)
    {
    }

    /// <summary>Maps HTML pages under <c>/shops/{shop}/{moduleId}</c>, with the same enablement rule as the API.</summary>
    public virtual void MapPages(IEndpointRouteBuilder pages)
    {
    }

    /// <summary>
    /// Maps public endpoints under <c>/p/{shop}/{moduleId}</c>, reachable without signing in (unsubscribe links,
    /// tracking pixels, webhooks). The host still answers 404 where the module is not enabled for the shop and binds
    /// the request to the shop (<c>IShopDb</c>, <c>ShopContext</c>), but no user is known: the endpoint must check the
    /// caller's right itself, for example with a signed token.
    /// </summary>
    public virtual void MapPublic(IEndpointRouteBuilder routes)
    {
    }

    /// <summary>Entries this module adds to the navigation menu of shops where it is enabled.</summary>
    public virtual IReadOnlyList<NavigationEntry> Navigation => [];

    /// <summary>
    /// Background work the host runs for every shop where the module is enabled, each in a scope bound to that shop
    /// (see <see cref="ModuleJob"/>). Read once, after <see cref="ConfigureServices"/>.
    /// </summary>
    public virtual IReadOnlyList<ModuleJob> Jobs => [];

    /// <summary>
    /// Figures for the home page of a shop where the module is enabled, computed at each visit. Keep it to a few
    /// cheap queries. A module that throws here loses its figures on that page, nothing else.
    /// </summary>
    /// <param name="shopServices">Services bound to the shop and this module, like an endpoint's: <c>IShopDb</c>, <c>ShopContext</c>.</param>
    /// <param name="cancellationToken">The page request's cancellation.</param>
    public virtual Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HomeFigure>>([]);

    /// <summary>Permissions this module checks, so that shop admins can grant them.</summary>
    public virtual IReadOnlyList<ModulePermission> Permissions => [];

    /// <summary>
    /// Runs once after the module's new migrations, when the version found in the plugins folder differs from
    /// the installed one. Not called on first install (<see cref="ModuleUpgrade.FromVersion"/> would be null)
    /// unless <see cref="RunUpgradeOnInstall"/> is true.
    /// </summary>
    public virtual Task OnUpgradeAsync(ModuleUpgrade upgrade, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether <see cref="OnUpgradeAsync"/> also runs on first install.</summary>
    public virtual bool RunUpgradeOnInstall => false;
}
