namespace ModularCrm.Sdk.Modules;

/// <summary>A change of a module's installed version.</summary>
/// <param name="FromVersion">The version installed before, or null on first install.</param>
/// <param name="ToVersion">The version now found in the plugins folder.</param>
/// <param name="Services">The host's services, for data migrations that need them.</param>
public sealed record ModuleUpgrade(string? FromVersion, string ToVersion, IServiceProvider Services);
