using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Fixtures.CsvOld;

/// <summary>Exposes its CSV work as a keyed service, and the Dapper type it was bound to.</summary>
public sealed class CsvOldStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddKeyedSingleton<Func<string, string>>(context.ModuleId, (_, _) => AmountSummary.Describe);
        services.AddKeyedSingleton(context.ModuleId + ":dapper", typeof(SqlMapper));
    }
}
