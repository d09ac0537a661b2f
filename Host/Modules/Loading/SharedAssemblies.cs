using System.Reflection;
using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>
/// The assemblies every module must take from the host, so that their types are the host's types: the SDK, the
/// shared frameworks (Microsoft.NETCore.App, Microsoft.AspNetCore.App) and the few libraries holding static state
/// that host and modules share. Everything else a module ships stays private to its load context.
/// </summary>
public static class SharedAssemblies
{
    /// <summary>Libraries shared by name whatever a module ships (Dapper keeps static type-handler and query caches).</summary>
    public static readonly IReadOnlySet<string> Libraries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        typeof(ModuleStartup).Assembly.GetName().Name!,
        "ModularCrm.Templating",
        "Dapper",
    };

    private static readonly Lazy<IReadOnlySet<string>> Framework = new(FindFrameworkAssemblies);

    /// <summary>Whether a module's reference to <paramref name="name"/> must resolve to the host's copy.</summary>
    public static bool IsShared(AssemblyName name) =>
        name.Name is { } simpleName && (Libraries.Contains(simpleName) || Framework.Value.Contains(simpleName));

    private static IReadOnlySet<string> FindFrameworkAssemblies()
    {
        var frameworkFolders = new[] { typeof(object), typeof(HttpContext) }
            .Select(type => Path.GetDirectoryName(type.Assembly.Location))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(path => Path.GetDirectoryName(path) is { } folder && frameworkFolders.Contains(folder))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
