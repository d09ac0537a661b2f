using System.Reflection;

namespace ModularCrm.Sdk;

/// <summary>The version of this SDK, as the host and the module compatibility checks see it.</summary>
public static class SdkInfo
{
    /// <summary>The SDK's SemVer version (major.minor.patch).</summary>
    public static string Version { get; } =
        typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SdkInfo).Assembly.GetName().Version!.ToString(3);
}
