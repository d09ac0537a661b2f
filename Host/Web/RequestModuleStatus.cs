using ModularCrm.Host.Shops;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Host.Web;

/// <summary>The host's side of <see cref="IShopModuleStatus"/>: the current shop's enablement, as the module middleware reads it.</summary>
internal sealed class RequestModuleStatus(RequestShop current, ShopModules modules) : IShopModuleStatus
{
    public Task<bool> IsEnabledAsync(string moduleId, CancellationToken cancellationToken = default) =>
        modules.IsEnabledAsync(current.Shop.ShopId, moduleId, cancellationToken);
}
