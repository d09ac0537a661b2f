using ModularCrm.Host.Users;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Web;

/// <summary>The shop and module of the current request, set once by <see cref="ModuleEndpointMiddleware"/>.</summary>
internal sealed class RequestShop
{
    private ShopContext? shop;

    public ShopContext Shop => shop ?? throw new InvalidOperationException("This endpoint is not under /api/shops/{shop} or /shops/{shop}.");

    public string ModuleId { get; private set; } = "core";

    public ShopRole Role { get; private set; }

    /// <summary>Binds the scope to a shop and module; returns the log scope that says so.</summary>
    public Dictionary<string, object> Set(ShopContext value, string moduleId, ShopRole role)
    {
        shop = value;
        ModuleId = moduleId;
        Role = role;
        return new Dictionary<string, object> { ["Shop"] = value.Slug, ["ShopId"] = value.ShopId, ["Module"] = moduleId };
    }
}
