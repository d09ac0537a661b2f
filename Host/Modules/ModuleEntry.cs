using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Configuration;
using ModularCrm.Host.Modules.Manifest;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Host.Modules;

/// <summary>One module found in the plugins folder, loaded or not. Its state only changes through <see cref="ModuleCatalog"/>.</summary>
public sealed class ModuleEntry
{
    private volatile ModuleStateSnapshot _state;

    internal ModuleEntry(string id, string directory, ModuleManifest? manifest, ModuleState state, string? reason)
    {
        Id = id;
        Directory = directory;
        Manifest = manifest;
        _state = new ModuleStateSnapshot(state, reason);
    }

    /// <summary>The manifest id, or the folder name when the manifest could not be read.</summary>
    public string Id { get; }

    /// <summary>The module's folder (symbolic links resolved).</summary>
    public string Directory { get; }

    /// <summary>The validated manifest; null when it could not be read (the module is then <see cref="ModuleState.Failed"/>).</summary>
    public ModuleManifest? Manifest { get; }

    /// <summary>Loaded, Failed or Incompatible.</summary>
    public ModuleState State => _state.State;

    /// <summary>Why the module is not loaded; null while it is.</summary>
    public string? Reason => _state.Reason;

    /// <summary>The module's main assembly, once loaded.</summary>
    public Assembly? Assembly { get; internal set; }

    /// <summary>The module's own load context: the assemblies it ships are private to it.</summary>
    public AssemblyLoadContext? LoadContext { get; internal set; }

    /// <summary>The instance of the module's single <see cref="ModuleStartup"/> subclass, once loaded.</summary>
    public ModuleStartup? Startup { get; internal set; }

    /// <summary>What the module is told about itself; its configuration is the section <c>Modules:{Id}</c>.</summary>
    public ModuleContext CreateContext(IConfiguration configuration) =>
        new(Id, Manifest?.Version.ToNormalizedString() ?? "", Directory, configuration.GetSection($"Modules:{Id}"));

    internal void SetState(ModuleState state, string? reason) => _state = new ModuleStateSnapshot(state, reason);

    /// <inheritdoc />
    public override string ToString() => Reason is null ? $"{Id} ({State})" : $"{Id} ({State}: {Reason})";

    private sealed record ModuleStateSnapshot(ModuleState State, string? Reason);
}
