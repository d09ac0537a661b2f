using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Privacy;

/// <summary>
/// The shop's register of processing activities (registre des traitements, RGPD art. 30), generated from the
/// manifests of the modules enabled for it, so it follows what the shop actually runs.
/// </summary>
internal static class ProcessingRegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/shops/{shop}/privacy/register", RegisterAsync).WithMetadata(new ShopScopedMetadata()).WithTags("Privacy");

    private static async Task<IResult> RegisterAsync(RequestShop current, ShopModules shopModules, ModuleRuntime modules, CancellationToken ct)
    {
        var enabled = (await shopModules.ListAsync(current.Shop.ShopId, ct)).Where(s => s.State == ShopModuleState.Enabled).Select(s => s.Id).ToHashSet();
        var activities = modules.Catalog.Modules
            .Where(m => enabled.Contains(m.Id) && m.Manifest is not null)
            .SelectMany(m => m.Manifest!.Processing.Select(p => new { module = m.Id, moduleName = m.Manifest.DisplayName, activity = p }))
            .ToList();
        return Results.Ok(new { shop = current.Shop.Name, controller = current.Shop.Name, generatedAt = DateTimeOffset.UtcNow, activities });
    }
}
