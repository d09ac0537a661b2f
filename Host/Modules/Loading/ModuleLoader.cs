using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModularCrm.Sdk;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>
/// Builds the <see cref="ModuleCatalog"/>: discovers module folders, checks manifests, SDK compatibility and
/// dependencies before loading any code, then loads each remaining module in its own load context, dependencies
/// first. A module that fails never stops the others (except the modules depending on it).
/// </summary>
public static class ModuleLoader
{
    /// <summary>Loads the modules of the plugins folder named by configuration (see <see cref="PluginsFolder"/>).</summary>
    public static ModuleCatalog Load(IConfiguration configuration, ILoggerFactory? loggerFactory = null) =>
        Load(Modules.PluginsFolder.Resolve(configuration), loggerFactory);

    /// <summary>Loads the modules of <paramref name="pluginsFolder"/>; a missing folder gives an empty catalog.</summary>
    public static ModuleCatalog Load(string pluginsFolder, ILoggerFactory? loggerFactory = null)
    {
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(ModuleLoader).FullName!);
        var root = PathGuard.RealPath(pluginsFolder);
        if (!System.IO.Directory.Exists(root))
        {
            logger.LogWarning("Plugins folder {PluginsFolder} does not exist: no module loaded", root);
            return new ModuleCatalog(root, [], logger);
        }

        var candidates = ModuleDiscovery.Discover(root);
        foreach (var candidate in candidates.Where(c => c.IsPending))
        {
            CheckSdk(candidate);
        }

        var ordered = DependencyOrder.Sort(candidates);
        foreach (var candidate in ordered.Where(c => c.IsPending))
        {
            LoadCode(candidate, ordered);
        }

        var entries = ordered.Select(candidate => candidate.ToEntry()).ToList();
        foreach (var entry in entries)
        {
            Report(logger, entry);
        }

        return new ModuleCatalog(root, entries, logger);
    }

    private static void CheckSdk(ModuleCandidate candidate)
    {
        if (SdkCompatibility.CheckManifest(candidate.Manifest!, SdkCompatibility.HostSdkVersion) is { } manifestReason)
        {
            candidate.Refuse(ModuleState.Incompatible, manifestReason);
            return;
        }

        try
        {
            var compiled = SdkCompatibility.ReferencedSdkVersion(candidate.AssemblyPath!);
            if (compiled is null)
            {
                candidate.Refuse(ModuleState.Failed, $"{Path.GetFileName(candidate.AssemblyPath)} does not reference {SdkCompatibility.SdkAssemblyName}, so it has no ModuleStartup");
            }
            else if (SdkCompatibility.CheckCompiledAgainst(compiled, SdkCompatibility.HostSdkAssemblyVersion) is { } reason)
            {
                candidate.Refuse(ModuleState.Incompatible, reason);
            }
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            candidate.Refuse(ModuleState.Failed, $"cannot read {Path.GetFileName(candidate.AssemblyPath)}: {ex.Message}");
        }
    }

    private static void LoadCode(ModuleCandidate candidate, IReadOnlyList<ModuleCandidate> all)
    {
        // A dependency may have failed to load after the dependency check.
        foreach (var dependencyId in candidate.Manifest!.DependsOn.Keys)
        {
            if (all.First(c => c.Id == dependencyId && c.Manifest is not null) is { IsPending: false } dependency)
            {
                candidate.Refuse(ModuleState.Incompatible, $"depends on '{dependencyId}', which is {dependency.Describe()}");
                return;
            }
        }

        try
        {
            var context = new ModuleLoadContext(candidate.Id, candidate.AssemblyPath!);
            var assembly = context.LoadFromAssemblyPath(candidate.AssemblyPath!);
            var startupType = FindStartupType(assembly);
            candidate.LoadContext = context;
            candidate.Assembly = assembly;
            candidate.Startup = (ModuleStartup)Activator.CreateInstance(startupType)!;
        }
        catch (ModuleLoadException ex)
        {
            candidate.Refuse(ModuleState.Failed, ex.Message);
        }
        catch (Exception ex)
        {
            var inner = ex is TargetInvocationException { InnerException: { } cause } ? cause : ex;
            candidate.Refuse(ModuleState.Failed, $"loading threw {inner.GetType().Name}: {inner.Message}");
        }
    }

    private static Type FindStartupType(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var causes = ex.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct();
            throw new ModuleLoadException($"some types of {assembly.GetName().Name} cannot be loaded: {string.Join("; ", causes)}");
        }

        var startups = types.Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ModuleStartup).IsAssignableFrom(type)).ToList();
        if (startups.Count != 1)
        {
            var found = startups.Count == 0 ? "none" : string.Join(", ", startups.Select(type => type.FullName));
            throw new ModuleLoadException($"{assembly.GetName().Name} must hold exactly one non-abstract ModuleStartup subclass; found {found}");
        }

        if (startups[0].GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ModuleLoadException($"{startups[0].FullName} needs a public parameterless constructor");
        }

        return startups[0];
    }

    private static void Report(ILogger logger, ModuleEntry entry)
    {
        using var scope = logger.BeginModuleScope(entry.Id);
        if (entry.State == ModuleState.Loaded)
        {
            logger.LogInformation("Module {ModuleId} {ModuleVersion} loaded from {ModuleDirectory}", entry.Id, entry.Manifest!.Version, entry.Directory);
        }
        else
        {
            logger.LogWarning("Module {ModuleId} not loaded ({ModuleState}): {Reason}", entry.Id, entry.State, entry.Reason);
        }
    }
}
