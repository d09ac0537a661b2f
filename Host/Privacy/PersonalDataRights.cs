using System.Text.Json.Nodes;
using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Host.Privacy;

/// <summary>
/// Runs the rights of access and erasure of the current request's shop through every module enabled for it.
/// A handler belongs to the module whose assembly defines it, so a module can only act under its own name.
/// Erasures are logged (contact id, module, account — never the erased data).
/// </summary>
internal sealed class PersonalDataRights(
    RequestShop current,
    IEnumerable<IPersonalDataHandler> handlers,
    ModuleRuntime modules,
    ShopDbFactory shopDb,
    Database db,
    TimeProvider clock,
    ILogger<PersonalDataRights> logger) : IPersonalDataRights
{
    public async Task<JsonObject> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var export = new JsonObject();
        foreach (var (moduleId, handler) in await EnabledHandlersAsync(cancellationToken))
        {
            var part = await handler.ExportAsync(subject, shopDb.For(current.Shop.ShopId, moduleId), cancellationToken);
            if (part is not null)
            {
                export[moduleId] = part;
            }
        }

        return export;
    }

    public async Task<IReadOnlyDictionary<string, string>> EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        var enabled = await EnabledHandlersAsync(cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        foreach (var (moduleId, handler) in enabled)
        {
            var account = await shopDb.For(current.Shop.ShopId, moduleId)
                .InTransactionAsync(tx => handler.EraseAsync(subject, tx, cancellationToken), cancellationToken);
            accounts[moduleId] = account;
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO core_erasure_log (shop_id, contact_id, module_id, account, erased_at) VALUES (@shopId, @contactId, @moduleId, @account, @now)",
                new { shopId = current.Shop.ShopId, contactId = subject.ContactId, moduleId, account, now = clock.GetUtcNow() },
                cancellationToken: cancellationToken));
            logger.LogInformation("Personal data of contact {ContactId} erased by {Module}", subject.ContactId, moduleId);
        }

        return accounts;
    }

    private async Task<List<(string ModuleId, IPersonalDataHandler Handler)>> EnabledHandlersAsync(CancellationToken cancellationToken)
    {
        var byAssembly = modules.Catalog.Modules.Where(m => m.Assembly is not null).ToDictionary(m => m.Assembly!, m => m.Id);
        var result = new List<(string, IPersonalDataHandler)>();
        await using var connection = await db.OpenAsync(cancellationToken);
        foreach (var handler in handlers)
        {
            if (byAssembly.TryGetValue(handler.GetType().Assembly, out var moduleId)
                && modules.IsRunning(moduleId)
                && await modules.IsEnabledForShopAsync(connection, null, current.Shop.ShopId, moduleId, cancellationToken))
            {
                result.Add((moduleId, handler));
            }
        }

        return result;
    }
}
