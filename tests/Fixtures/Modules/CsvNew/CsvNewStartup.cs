using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Fixtures.CsvNew;

/// <summary>Exposes its CSV work as a keyed service.</summary>
public sealed class CsvNewStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddKeyedSingleton<Func<string, string>>(context.ModuleId, (_, _) => SemicolonRewriter.Rewrite);
}
