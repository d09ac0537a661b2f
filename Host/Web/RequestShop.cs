using ModularCrm.Host.Users;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Web;

/// <summary>The shop and module of the current request, set once by <see cref="ModuleEndpointMiddleware"/>.</summary>
internal sealed class RequestShop
{
    private ShopContext? shop;

    public ShopContext Shop => shop ?? throw new InvalidOperationException("This endpoint is not under /api/shops/{shop} or /shops/{shop}.");

    /// <summary>The shop, or null outside a shop's routes (the layout of account and platform pages).</summary>
    public ShopContext? Current => shop;

    public string ModuleId { get; private set; } = "core";

    public ShopRole Role { get; private set; }

    public void Set(ShopContext value, string moduleId, ShopRole role)
    {
        shop = value;
        ModuleId = moduleId;
        Role = role;
    }
}
