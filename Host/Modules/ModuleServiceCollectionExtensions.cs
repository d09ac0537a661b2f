using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ModularCrm.Host.Modules;

/// <summary>Registers the modules' services in the host container.</summary>
public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="catalog"/> as a singleton, then calls each loaded module's
    /// <c>ConfigureServices</c>, dependencies first, into a scratch collection: its registrations reach the host
    /// only if it returns normally. One that throws is marked failed (with its dependents) and the host starts anyway.
    /// </summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        foreach (var module in catalog.Loaded)
        {
            if (module.State != ModuleState.Loaded)
            {
                continue; // A dependency failed earlier in this loop.
            }

            var scratch = new ServiceCollection();
            try
            {
                module.Startup!.ConfigureServices(scratch, module.CreateContext(configuration));
            }
            catch (Exception ex)
            {
                catalog.MarkFailed(module.Id, $"ConfigureServices threw {ex.GetType().Name}: {ex.Message}", ex);
                continue;
            }

            foreach (var descriptor in scratch)
            {
                services.Add(descriptor);
            }
        }

        return services;
    }
}
