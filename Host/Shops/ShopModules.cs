using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Shops;

/// <summary>
/// Enables and disables modules per shop. Enabling never pulls in dependencies silently and disabling never
/// strands a dependent: both refuse with the modules to act on first, in plain words. Disabling keeps data.
/// </summary>
internal sealed class ShopModules(Database db, ModuleRuntime runtime, TimeProvider clock)
{
    public async Task<IReadOnlyList<ShopModuleStatus>> ListAsync(long shopId, CancellationToken cancellationToken)
    {
        var switches = await SwitchesAsync(shopId, cancellationToken);
        return runtime.Infos().Select(m => Status(m, switches)).ToList();
    }

    public async Task<bool> IsEnabledAsync(long shopId, string moduleId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await runtime.IsEnabledForShopAsync(connection, null, shopId, moduleId, cancellationToken);
    }

    public async Task<ShopModuleStatus> EnableAsync(long shopId, string moduleId, long? changedBy, CancellationToken cancellationToken)
    {
        var all = runtime.Infos();
        var module = Find(all, moduleId);
        if (!module.IsRunning)
        {
            throw new UserInputException("module", $"Le module « {module.DisplayName} » ne peut pas être activé : {module.Reason}", StatusCodes.Status409Conflict);
        }

        var switches = await SwitchesAsync(shopId, cancellationToken);
        var missing = module.DependsOn.Where(d => !switches.GetValueOrDefault(d)).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException(
                "module",
                $"Le module « {module.DisplayName} » a besoin de {Names(all, missing)}, non activé(s) pour cette boutique. Activez d'abord : {string.Join(", ", missing)}.",
                StatusCodes.Status409Conflict);
        }

        await SetAsync(shopId, moduleId, enabled: true, changedBy, cancellationToken);
        switches[moduleId] = true;
        return Status(module, switches);
    }

    public async Task<ShopModuleStatus> DisableAsync(long shopId, string moduleId, long? changedBy, CancellationToken cancellationToken)
    {
        var all = runtime.Infos();
        var module = Find(all, moduleId);
        var switches = await SwitchesAsync(shopId, cancellationToken);
        var dependents = all.Where(m => switches.GetValueOrDefault(m.Id) && m.DependsOn.Contains(moduleId)).Select(m => m.Id).ToList();
        if (dependents.Count > 0)
        {
            throw new UserInputException(
                "module",
                $"Le module « {module.DisplayName} » est utilisé par {Names(all, dependents)}. Désactivez d'abord : {string.Join(", ", dependents)}.",
                StatusCodes.Status409Conflict);
        }

        await SetAsync(shopId, moduleId, enabled: false, changedBy, cancellationToken);
        switches[moduleId] = false;
        return Status(module, switches);
    }

    private static ModuleInfo Find(IReadOnlyList<ModuleInfo> all, string moduleId) =>
        all.FirstOrDefault(m => m.Id == moduleId)
        ?? throw new UserInputException("module", $"Aucun module « {moduleId} » dans le dossier des modules.", StatusCodes.Status404NotFound);

    private static string Names(IReadOnlyList<ModuleInfo> all, IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => all.FirstOrDefault(m => m.Id == id) is { } m ? $"« {m.DisplayName} » ({id})" : $"« {id} » (introuvable)"));

    private static ShopModuleStatus Status(ModuleInfo module, IReadOnlyDictionary<string, bool> switches)
    {
        var state = module switch
        {
            { IsIncompatible: true } => ShopModuleState.Incompatible,
            { IsRunning: false } => ShopModuleState.Failed,
            _ when !switches.TryGetValue(module.Id, out var enabled) => ShopModuleState.Available,
            _ when switches[module.Id] => ShopModuleState.Enabled,
            _ => ShopModuleState.Disabled,
        };
        return new ShopModuleStatus(module.Id, module.DisplayName, module.Version, state, module.Reason, module.DependsOn);
    }

    private async Task<Dictionary<string, bool>> SwitchesAsync(long shopId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SwitchRow>(new CommandDefinition(
            "SELECT module_id AS ModuleId, enabled AS Enabled FROM core_shop_modules WHERE shop_id = @shopId", new { shopId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.ModuleId, r => r.Enabled);
    }

    private async Task SetAsync(long shopId, string moduleId, bool enabled, long? changedBy, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var sql = db.Dialect.Upsert("core_shop_modules", ["shop_id", "module_id"], ["enabled", "changed_at", "changed_by"]);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { shop = shopId, module_id = moduleId, enabled, changed_at = clock.GetUtcNow(), changed_by = changedBy },
            cancellationToken: cancellationToken));
    }

    private sealed class SwitchRow
    {
        public string ModuleId { get; init; } = string.Empty;

        public bool Enabled { get; init; }
    }
}
