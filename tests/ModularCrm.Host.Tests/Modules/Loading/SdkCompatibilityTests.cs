using ModularCrm.Host.Modules;
using ModularCrm.Host.Modules.Loading;
using ModularCrm.Sdk;

namespace ModularCrm.Host.Tests.Modules.Loading;

public sealed class SdkCompatibilityTests
{
    [Fact]
    public void Load_ModuleTargetingSdk2_IsRefusedWithBothVersions()
    {
        using var sandbox = new PluginsSandbox().With("SdkTwo");

        var module = sandbox.Load().Find("sdk-two")!;

        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.Equal($"module.json 'sdk' [2.0.0, 3.0.0) excludes this host's SDK {SdkInfo.Version}", module.Reason);
        Assert.Null(module.Assembly);
    }

    [Fact]
    public void Load_ModuleCompiledAgainstSdk13_IsRefusedWithBothVersions()
    {
        using var sandbox = new PluginsSandbox().With("SdkNextMinor");

        var module = sandbox.Load().Find("sdk-next-minor")!;

        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.Equal("built against SDK 1.3, this host provides SDK 1.1 (a newer version)", module.Reason);
        Assert.Null(module.Assembly);
    }

    [Fact]
    public void ReferencedSdkVersion_OfFixtureBuiltAgainstSdkNext_Is13WithoutLoadingIt()
    {
        var path = Path.Combine(PluginsSandbox.FixtureFolder("SdkNextMinor"), "ModularCrm.Fixtures.SdkNextMinor.dll");

        Assert.Equal(new Version(1, 3, 0, 0), SdkCompatibility.ReferencedSdkVersion(path));
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), assembly => assembly.GetName().Name == "ModularCrm.Fixtures.SdkNextMinor");
    }

    [Theory]
    [InlineData("1.0", "1.0")]
    [InlineData("1.0", "1.4")]
    [InlineData("1.3", "1.3")]
    public void CheckCompiledAgainst_SameMajorNoNewerMinor_IsAccepted(string compiled, string host) =>
        Assert.Null(SdkCompatibility.CheckCompiledAgainst(Version.Parse(compiled), Version.Parse(host)));

    [Theory]
    [InlineData("1.3", "1.0", "built against SDK 1.3, this host provides SDK 1.0 (a newer version)")]
    [InlineData("2.0", "1.9", "built against SDK 2.0, this host provides SDK 1.9 (a newer version)")]
    [InlineData("1.9", "2.0", "built against SDK 1.9, this host provides SDK 2.0 (an older major version)")]
    public void CheckCompiledAgainst_NewerMinorOrOtherMajor_IsRefusedNamingBoth(string compiled, string host, string reason) =>
        Assert.Equal(reason, SdkCompatibility.CheckCompiledAgainst(Version.Parse(compiled), Version.Parse(host)));
}
