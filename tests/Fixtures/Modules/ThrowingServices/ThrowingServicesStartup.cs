using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.ThrowingServices;

/// <summary>Registers one service, then fails: none of its registrations may reach the host.</summary>
public sealed class ThrowingServicesStartup : ModuleStartup
{
    /// <summary>The message of the exception, for tests to find in the module's reason.</summary>
    public const string Failure = "fixture throwing-services: ConfigureServices always fails";

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddKeyedSingleton<Func<string, string>>(context.ModuleId, (_, _) => text => text);
        throw new InvalidOperationException(Failure);
    }
}
