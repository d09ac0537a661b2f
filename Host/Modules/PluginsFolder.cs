using Microsoft.Extensions.Configuration;

namespace ModularCrm.Host.Modules;

/// <summary>Where modules are looked for: configuration <c>Plugins:Path</c>, else <c>plugins</c> beside the host.</summary>
public static class PluginsFolder
{
    /// <summary>The configuration key.</summary>
    public const string ConfigurationKey = "Plugins:Path";

    /// <summary>The absolute plugins folder; a relative <c>Plugins:Path</c> is taken from the host's base directory.</summary>
    public static string Resolve(IConfiguration configuration) =>
        configuration[ConfigurationKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, AppContext.BaseDirectory)
            : Path.Combine(AppContext.BaseDirectory, "plugins");
}
