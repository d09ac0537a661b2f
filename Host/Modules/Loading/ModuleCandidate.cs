using System.Reflection;
using System.Runtime.Loader;
using ModularCrm.Host.Modules.Manifest;
using ModularCrm.Sdk;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>A module while the loader works on it: refused as soon as a check fails, the first reason kept.</summary>
internal sealed class ModuleCandidate(string id, string directory, ModuleManifest? manifest)
{
    public string Id { get; } = id;

    public string Directory { get; } = directory;

    public ModuleManifest? Manifest { get; } = manifest;

    public string? AssemblyPath { get; set; }

    public ModuleState? Refusal { get; private set; }

    public string? Reason { get; private set; }

    public bool IsPending => Refusal is null;

    public Assembly? Assembly { get; set; }

    public AssemblyLoadContext? LoadContext { get; set; }

    public ModuleStartup? Startup { get; set; }

    public void Refuse(ModuleState state, string reason)
    {
        if (IsPending)
        {
            Refusal = state;
            Reason = reason;
        }
    }

    public string Describe() => $"{Refusal switch { ModuleState.Incompatible => "incompatible", _ => "failed" }}: {Reason}";

    public ModuleEntry ToEntry() => new(Id, Directory, Manifest, Refusal ?? ModuleState.Loaded, Reason)
    {
        Assembly = Assembly,
        LoadContext = LoadContext,
        Startup = Startup,
    };
}
