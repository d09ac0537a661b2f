using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Pages.Home;

/// <summary>
/// Asks each module enabled for the shop for its home figures, in a scope bound to the shop and that module
/// (so its <c>IShopDb</c> is its own). A module that throws loses its figures, the page still shows.
/// </summary>
internal sealed class HomeFigures(IServiceScopeFactory scopes, ShopModules shopModules, ModuleRuntime modules, ILogger<HomeFigures> logger)
{
    public async Task<(IReadOnlyList<ShopFigure> Figures, IReadOnlyList<string> FailedModules)> CollectAsync(ShopContext shop, ShopRole role, CancellationToken ct)
    {
        var figures = new List<ShopFigure>();
        var failed = new List<string>();
        foreach (var status in await shopModules.ListAsync(shop.ShopId, ct))
        {
            if (status.State != ShopModuleState.Enabled || modules.Catalog.Find(status.Id)?.Startup is not { } startup)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestShop>().Set(shop, status.Id, role);
            try
            {
                foreach (var figure in await startup.HomeFiguresAsync(scope.ServiceProvider, ct))
                {
                    var href = figure.Path is null ? null : $"/shops/{Uri.EscapeDataString(shop.Slug)}/{status.Id}" + (figure.Path.Length == 0 ? string.Empty : "/" + figure.Path.TrimStart('/'));
                    figures.Add(new ShopFigure(status.Id, figure, href));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Home figures of module {Module} failed for shop {ShopId}", status.Id, shop.ShopId);
                failed.Add(status.DisplayName);
            }
        }

        return (figures, failed);
    }
}
