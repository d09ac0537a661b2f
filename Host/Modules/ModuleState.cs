namespace ModularCrm.Host.Modules;

/// <summary>Where a module found in the plugins folder stands.</summary>
public enum ModuleState
{
    /// <summary>Loaded and running.</summary>
    Loaded,

    /// <summary>Broken: bad manifest or assembly, or one of its hooks threw. The host keeps serving without it.</summary>
    Failed,

    /// <summary>Refused before loading: SDK version, or a dependency missing, out of range, cyclic or refused.</summary>
    Incompatible,
}
