using Microsoft.Extensions.Logging;

namespace ModularCrm.Host.Modules;

/// <summary>Puts the module id in the logging scope, so every line logged for a module carries it.</summary>
internal static class ModuleLogging
{
    public static IDisposable? BeginModuleScope(this ILogger logger, string moduleId) =>
        logger.BeginScope(new Dictionary<string, object> { ["ModuleId"] = moduleId });
}
