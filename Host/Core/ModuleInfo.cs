namespace ModularCrm.Host.Core;

/// <summary>What the shop-level services need to know of a module found in the plugins folder.</summary>
/// <param name="Id">Manifest id.</param>
/// <param name="DisplayName">Manifest display name.</param>
/// <param name="Version">Manifest version.</param>
/// <param name="DependsOn">Ids of the modules it depends on.</param>
/// <param name="IsRunning">Loaded and not failed: it may serve shops.</param>
/// <param name="IsIncompatible">Refused at load time (as opposed to failed while running).</param>
/// <param name="Reason">Why it is not running, when it is not.</param>
/// <param name="SdkRange">The SDK version range its manifest targets.</param>
/// <param name="State">Loaded, Failed or Incompatible.</param>
internal sealed record ModuleInfo(
    string Id,
    string DisplayName,
    string Version,
    IReadOnlyList<string> DependsOn,
    bool IsRunning,
    bool IsIncompatible,
    string? Reason,
    string SdkRange,
    string State);
