using Microsoft.Extensions.Logging;

namespace ModularCrm.Host.Modules;

/// <summary>
/// Every module found in the plugins folder, dependencies first. Thread-safe: migrations, event delivery and
/// endpoint mapping call <see cref="MarkFailed"/> when a module's hook throws, and its dependents fail with it.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly object _gate = new();
    private readonly ILogger _logger;
    private readonly Dictionary<string, ModuleEntry> _byId;

    internal ModuleCatalog(string pluginsFolder, IReadOnlyList<ModuleEntry> modules, ILogger logger)
    {
        PluginsFolder = pluginsFolder;
        Modules = modules;
        _logger = logger;
        _byId = modules.GroupBy(module => module.Id).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    /// <summary>The folder the modules were discovered in.</summary>
    public string PluginsFolder { get; }

    /// <summary>Every module found, in topological order (a module after the modules it depends on); refused ones last.</summary>
    public IReadOnlyList<ModuleEntry> Modules { get; }

    /// <summary>The modules currently loaded, in topological order.</summary>
    public IReadOnlyList<ModuleEntry> Loaded => Modules.Where(module => module.State == ModuleState.Loaded).ToList();

    /// <summary>The module with this id, or null.</summary>
    public ModuleEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Marks a loaded module failed, and every loaded module depending on it (directly or not).
    /// Returns false when the module is unknown or already not loaded (its first reason is kept).
    /// </summary>
    public bool MarkFailed(string id, string reason, Exception? exception = null)
    {
        lock (_gate)
        {
            if (Find(id) is not { State: ModuleState.Loaded } module)
            {
                return false;
            }

            Fail(module, reason, exception);
            foreach (var dependent in Modules.Where(candidate => candidate.State == ModuleState.Loaded))
            {
                if (dependent.Manifest?.DependsOn.Keys.FirstOrDefault(dep => Find(dep)?.State == ModuleState.Failed) is { } failedDependency)
                {
                    Fail(dependent, $"depends on '{failedDependency}', which failed: {Find(failedDependency)!.Reason}", null);
                }
            }

            return true;
        }
    }

    private void Fail(ModuleEntry module, string reason, Exception? exception)
    {
        module.SetState(ModuleState.Failed, reason);
        using (_logger.BeginModuleScope(module.Id))
        {
            _logger.LogError(exception, "Module {ModuleId} failed: {Reason}", module.Id, reason);
        }
    }
}
