using NuGet.Versioning;

namespace ModularCrm.Host.Modules.Manifest;

/// <summary>A module's <c>module.json</c>, validated: read before any of the module's code is loaded.</summary>
/// <param name="Id">Lowercase id ([a-z0-9-]), unique in the plugins folder.</param>
/// <param name="Version">The module's SemVer version.</param>
/// <param name="DisplayName">Name shown to shop staff.</param>
/// <param name="Description">What the module does, for shop staff.</param>
/// <param name="Assembly">The main assembly's path, relative to the module folder.</param>
/// <param name="Sdk">The SDK versions the module accepts.</param>
/// <param name="DependsOn">Other modules it needs, by id, with the versions it accepts.</param>
/// <param name="Processing">Its entries in the RGPD register of processing activities.</param>
public sealed record ModuleManifest(
    string Id,
    NuGetVersion Version,
    string DisplayName,
    string Description,
    string Assembly,
    VersionRange Sdk,
    IReadOnlyDictionary<string, VersionRange> DependsOn,
    IReadOnlyList<ProcessingActivity> Processing)
{
    /// <summary>The manifest's file name, beside the module's assembly.</summary>
    public const string FileName = "module.json";
}
