using System.IO.Compression;
using System.Xml.Linq;
using ModularCrm.ModuleKit.Tests.Infrastructure;

namespace ModularCrm.ModuleKit.Tests.Sdk;

/// <summary>What `dotnet pack` makes of the SDK, and what its build files make of a module built from it.</summary>
[Collection(ModuleKitCollection.Name)]
public sealed class SdkPackageTests(AuthorKit kit)
{
    [Fact]
    public async Task Pack_Sdk_ShipsDocsReadmeModuleTargetsAndDependsOnTemplatingOfTheSameVersion()
    {
        var feed = await kit.PackageFolderAsync("1.1.0");
        using var package = ZipFile.OpenRead(Path.Combine(feed, "ModularCrm.Sdk.1.1.0.nupkg"));
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        Assert.Contains("lib/net10.0/ModularCrm.Sdk.dll", entries);
        Assert.Contains("lib/net10.0/ModularCrm.Sdk.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("build/ModularCrm.Sdk.props", entries);
        Assert.Contains("build/ModularCrm.Sdk.targets", entries);
        using var nuspec = package.GetEntry("ModularCrm.Sdk.nuspec")!.Open();
        var dependency = Assert.Single(XDocument.Load(nuspec).Descendants(), element => element.Name.LocalName == "dependency");
        Assert.Equal("ModularCrm.Templating", dependency.Attribute("id")?.Value);
        Assert.Equal("1.1.0", dependency.Attribute("version")?.Value);
        Assert.True(File.Exists(Path.Combine(feed, "ModularCrm.Templating.1.1.0.nupkg")), "ModularCrm.Templating 1.1.0 is not packed beside the SDK");
    }

    [Fact]
    public async Task Build_ModuleFromPackage_ShipsManifestAndOwnAssemblyButNotTheSharedOnes()
    {
        var output = await kit.GiftCardsAsync("1.1.0");
        var files = Directory.EnumerateFiles(output).Select(Path.GetFileName).ToList();

        Assert.Contains("GiftCards.dll", files);
        Assert.Contains("module.json", files);
        Assert.Contains("GiftCards.runtimeconfig.json", files);
        Assert.DoesNotContain("ModularCrm.Sdk.dll", files);
        Assert.DoesNotContain("ModularCrm.Templating.dll", files);
        using var assembly = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(output, "GiftCards.dll")));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(assembly);
        var names = metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name)).ToList();
        Assert.Contains("Migrations/0001_gift_cards.sql", names);
        Assert.Contains("Templates/card.html.sbn", names);
        Assert.Contains("Templates/card.html.sample.json", names);
    }
}
