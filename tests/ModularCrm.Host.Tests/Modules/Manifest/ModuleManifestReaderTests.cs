using System.Text.Json.Nodes;
using ModularCrm.Host.Modules.Manifest;
using ModularCrm.Testing;
using NuGet.Versioning;

namespace ModularCrm.Host.Tests.Modules.Manifest;

public sealed class ModuleManifestReaderTests
{
    [Theory]
    [InlineData("Contacts")]
    [InlineData("Sales")]
    public void ReadFile_ShippedModuleManifest_IsValid(string module)
    {
        var manifest = ModuleManifestReader.ReadFile(Path.Combine(RepoPaths.Root, "Modules", module, "module.json"));

        Assert.Equal(module.ToLowerInvariant(), manifest.Id);
        Assert.NotEmpty(manifest.Processing);
        Assert.All(manifest.Processing, activity => Assert.True(activity.RetentionDays > 0));
    }

    [Fact]
    public void Parse_ValidManifest_ReadsEveryField()
    {
        var manifest = ModuleManifestReader.Parse(Valid().ToJsonString());

        Assert.Equal("shop-notes", manifest.Id);
        Assert.Equal(NuGetVersion.Parse("1.2.0"), manifest.Version);
        Assert.Equal("Notes.Module.dll", manifest.Assembly);
        Assert.True(manifest.Sdk.Satisfies(NuGetVersion.Parse("1.5.0")));
        Assert.False(manifest.Sdk.Satisfies(NuGetVersion.Parse("2.0.0")));
        Assert.True(manifest.DependsOn["contacts"].Satisfies(NuGetVersion.Parse("0.1.0")));
        var activity = Assert.Single(manifest.Processing);
        Assert.Equal(("consent", 365), (activity.LegalBasis, activity.RetentionDays));
        Assert.Equal(["clients"], activity.DataSubjects);
    }

    [Theory]
    [InlineData("version", "1.x", "module.json: 'version' \"1.x\" is not a SemVer version (major.minor.patch, e.g. \"1.2.0\")")]
    [InlineData("version", "1.0", "module.json: 'version' \"1.0\" is not a SemVer version (major.minor.patch, e.g. \"1.2.0\")")]
    [InlineData("sdk", "[1.0.0, 2.0.0", "module.json: 'sdk' \"[1.0.0, 2.0.0\" is not a NuGet version range (e.g. \"[1.0.0, 2.0.0)\")")]
    [InlineData("assembly", "../x.dll", "module.json: 'assembly' \"../x.dll\" must stay inside the module folder (no '..')")]
    [InlineData("assembly", "lib/../../x.dll", "module.json: 'assembly' \"lib/../../x.dll\" must stay inside the module folder (no '..')")]
    [InlineData("assembly", "/opt/x.dll", "module.json: 'assembly' \"/opt/x.dll\" must be a path relative to the module folder, not an absolute path")]
    [InlineData("id", "Shop_Notes", "module.json: 'id' \"Shop_Notes\" must use only a-z, 0-9 and '-', start with a letter or digit, at most 64 characters")]
    public void Parse_BadField_FailsNamingFieldAndReason(string field, string value, string message)
    {
        var json = Valid();
        json[field] = value;

        var error = Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Parse(json.ToJsonString()));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_MissingId_FailsNamingTheField()
    {
        var json = Valid();
        json.Remove("id");

        var error = Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Parse(json.ToJsonString()));

        Assert.Equal("module.json: 'id' is missing", error.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachWithItsPath()
    {
        var json = Valid();
        json["version"] = 3;
        json["dependOn"] = new JsonObject();
        json["dependsOn"] = new JsonObject { ["contacts"] = "nope" };
        json["processing"]![0]!["legalBasis"] = "because";
        json["processing"]![0]!["retentionDays"] = -1;

        var error = Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Parse(json.ToJsonString()));

        Assert.Equal(
            [
                "'version' must be a string, not a number",
                "'dependsOn.contacts' \"nope\" is not a NuGet version range (e.g. \"[1.0.0, 2.0.0)\")",
                "'processing[0].legalBasis' \"because\" is not one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests",
                "'processing[0].retentionDays' must be a positive whole number of days, not -1",
                "unknown property 'dependOn'",
            ],
            error.Errors);
    }

    [Fact]
    public void Parse_InvalidJson_FailsWithThePosition()
    {
        var error = Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Parse("{\n  \"id\": \"x\",\n  oops\n}"));

        Assert.StartsWith("module.json: is not valid JSON (line 3,", error.Message);
    }

    [Fact]
    public void Parse_ModuleDependingOnItself_FailsNamingTheDependency()
    {
        var json = Valid();
        json["dependsOn"] = new JsonObject { ["shop-notes"] = "[1.0.0, )" };

        var error = Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Parse(json.ToJsonString()));

        Assert.Equal("module.json: 'dependsOn.shop-notes' a module cannot depend on itself", error.Message);
    }

    private static JsonObject Valid() => new()
    {
        ["id"] = "shop-notes",
        ["version"] = "1.2.0",
        ["displayName"] = "Notes",
        ["description"] = "Notes internes.",
        ["assembly"] = "Notes.Module.dll",
        ["sdk"] = "[1.0.0, 2.0.0)",
        ["dependsOn"] = new JsonObject { ["contacts"] = "[0.1.0, )" },
        ["processing"] = new JsonArray(new JsonObject
        {
            ["name"] = "Notes",
            ["purpose"] = "Suivi",
            ["legalBasis"] = "consent",
            ["dataSubjects"] = new JsonArray("clients"),
            ["dataCategories"] = new JsonArray("notes"),
            ["recipients"] = new JsonArray("personnel"),
            ["retention"] = "1 an",
            ["retentionDays"] = 365,
        }),
    };
}
