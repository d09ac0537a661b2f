using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Modules;
using ModularCrm.ModuleKit.Tests.Infrastructure;

namespace ModularCrm.ModuleKit.Tests.Sdk;

/// <summary>
/// The sample module built from SDK packages of other versions than the host's 1.1: the host refuses it before
/// loading, naming the version it was built against and its own.
/// </summary>
[Collection(ModuleKitCollection.Name)]
public sealed class SdkVersioningTests(AuthorKit kit)
{
    [Theory]
    [InlineData("1.2.0", "built against SDK 1.2, this host provides SDK 1.1 (a newer version)")]
    [InlineData("0.9.0", "built against SDK 0.9, this host provides SDK 1.1 (an older major version)")]
    public async Task Load_ModuleBuiltFromAnotherSdkPackage_IsRefusedNamingBothVersions(string sdkVersion, string reason)
    {
        var module = await kit.GiftCardsAsync(sdkVersion);
        var database = Directory.CreateTempSubdirectory("modularcrm-kit-db-").FullName;
        using var app = new KitApp(kit.PluginsFolder(("gift-cards", module)), database);

        var entry = app.Services.GetRequiredService<ModuleCatalog>().Find("gift-cards");

        Assert.NotNull(entry);
        Assert.Equal(ModuleState.Incompatible, entry.State);
        Assert.Contains(reason, entry.Reason);
    }
}
