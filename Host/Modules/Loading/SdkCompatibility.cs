using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ModularCrm.Host.Modules.Manifest;
using ModularCrm.Sdk;
using NuGet.Versioning;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>
/// Decides whether a module fits this host's SDK, twice: the range its manifest declares, and the SDK version its
/// assembly was really compiled against (read from metadata, without loading the assembly).
/// </summary>
public static class SdkCompatibility
{
    /// <summary>The SDK name modules reference.</summary>
    public static readonly string SdkAssemblyName = typeof(ModuleStartup).Assembly.GetName().Name!;

    /// <summary>The host's SDK version as SemVer (from <see cref="SdkInfo.Version"/>).</summary>
    public static NuGetVersion HostSdkVersion { get; } = NuGetVersion.Parse(SdkInfo.Version);

    /// <summary>The host's SDK assembly version (major.minor; patches never change the ABI).</summary>
    public static Version HostSdkAssemblyVersion { get; } = typeof(ModuleStartup).Assembly.GetName().Version!;

    /// <summary>Why the manifest's <c>sdk</c> range refuses this host, or null when it accepts it.</summary>
    public static string? CheckManifest(ModuleManifest manifest, NuGetVersion hostSdk) =>
        manifest.Sdk.Satisfies(hostSdk)
            ? null
            : $"module.json 'sdk' {manifest.Sdk.ToNormalizedString()} excludes this host's SDK {hostSdk.ToNormalizedString()}";

    /// <summary>
    /// Why an assembly compiled against SDK <paramref name="compiled"/> cannot run on SDK <paramref name="host"/>,
    /// or null when it can: same major, and a minor no newer than the host's (minors only add to the ABI).
    /// </summary>
    public static string? CheckCompiledAgainst(Version compiled, Version host)
    {
        var builtWith = $"built against SDK {compiled.Major}.{compiled.Minor}, this host provides SDK {host.Major}.{host.Minor}";
        if (compiled.Major < host.Major)
        {
            return $"{builtWith} (an older major version)";
        }

        if (compiled.Major > host.Major || compiled.Minor > host.Minor)
        {
            return $"{builtWith} (a newer version)";
        }

        return null;
    }

    /// <summary>The version of the SDK the assembly at <paramref name="assemblyPath"/> references, or null if none.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static Version? ReferencedSdkVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        if (!reader.HasMetadata)
        {
            throw new BadImageFormatException($"{Path.GetFileName(assemblyPath)} is not a .NET assembly");
        }

        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, SdkAssemblyName))
            {
                return reference.Version;
            }
        }

        return null;
    }
}
