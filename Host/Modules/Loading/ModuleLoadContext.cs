using System.Reflection;
using System.Runtime.Loader;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>
/// One module's assemblies. Shared assemblies (SDK, frameworks, Dapper) come from the host; the rest, managed or
/// native, from the module's own folder as its deps.json describes it. Not collectible: modules live as long as the host.
/// </summary>
internal sealed class ModuleLoadContext(string moduleId, string mainAssemblyPath)
    : AssemblyLoadContext($"module:{moduleId}", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.IsShared(assemblyName))
        {
            return null;
        }

        // Null falls back to the host's context, for what the module does not ship.
        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
