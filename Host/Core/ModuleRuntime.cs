using System.Data.Common;
using Dapper;
using ModularCrm.Host.Modules;

namespace ModularCrm.Host.Core;

/// <summary>
/// The running view of the module catalog that the rest of the host asks: is a module serving, why not,
/// is it enabled for a shop. Failures found while running (migration, handler) are recorded here.
/// </summary>
internal sealed class ModuleRuntime(ModuleCatalog catalog, ILogger<ModuleRuntime> logger)
{
    public ModuleCatalog Catalog => catalog;

    /// <summary>Every module found, dependencies first.</summary>
    public IReadOnlyList<ModuleInfo> Infos() => catalog.Modules.Select(Info).ToList();

    public bool IsRunning(string moduleId) => catalog.Find(moduleId)?.State == ModuleState.Loaded;

    /// <summary>Null when the module runs; otherwise why it does not (unknown, failed or incompatible).</summary>
    public string? FailureReason(string moduleId) => catalog.Find(moduleId) switch
    {
        null => "module inconnu",
        { State: ModuleState.Loaded } => null,
        var entry => entry.Reason ?? entry.State.ToString(),
    };

    public void MarkFailed(string moduleId, string reason, Exception? exception = null)
    {
        if (catalog.MarkFailed(moduleId, reason, exception))
        {
            logger.LogError(exception, "Module {Module} marked failed: {Reason}", moduleId, reason);
        }
    }

    public async Task<bool> IsEnabledForShopAsync(DbConnection connection, DbTransaction? transaction, long shopId, string moduleId, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT enabled FROM core_shop_modules WHERE shop_id = @shopId AND module_id = @moduleId",
            new { shopId, moduleId },
            transaction,
            cancellationToken: ct));

    private static ModuleInfo Info(ModuleEntry entry) => new(
        entry.Id,
        entry.Manifest?.DisplayName ?? entry.Id,
        entry.Manifest?.Version.ToNormalizedString() ?? "?",
        entry.Manifest?.DependsOn.Keys.ToList() ?? [],
        entry.State == ModuleState.Loaded,
        entry.State == ModuleState.Incompatible,
        entry.Reason,
        entry.Manifest?.Sdk.ToNormalizedString() ?? "?",
        entry.State.ToString());
}
