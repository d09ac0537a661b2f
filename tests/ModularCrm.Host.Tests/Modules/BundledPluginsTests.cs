namespace ModularCrm.Host.Tests.Modules;

public sealed class BundledPluginsTests
{
    [Theory]
    [InlineData("Contacts", "contacts")]
    [InlineData("Sales", "sales")]
    [InlineData("Loyalty", "loyalty")]
    [InlineData("Sms", "sms")]
    [InlineData("Newsletter", "newsletter")]
    [InlineData("Emailing", "emailing")]
    [InlineData("Blog", "blog")]
    public void Build_TestOutput_HoldsEachModuleWithItsManifestAndWithoutSharedAssemblies(string folder, string id)
    {
        var module = Path.Combine(AppContext.BaseDirectory, "plugins", folder);

        var manifest = Host.Modules.Manifest.ModuleManifestReader.ReadFile(Path.Combine(module, "module.json"));

        Assert.Equal(id, manifest.Id);
        Assert.True(File.Exists(Path.Combine(module, manifest.Assembly)), $"{manifest.Assembly} missing from {module}");
        Assert.True(File.Exists(Path.Combine(module, Path.ChangeExtension(manifest.Assembly, ".deps.json"))), "deps.json missing");
        Assert.All(
            new[] { "ModularCrm.Sdk.dll", "ModularCrm.Templating.dll", "Dapper.dll" },
            shared => Assert.False(File.Exists(Path.Combine(module, shared)), $"{shared} must not be shipped with a module"));
    }
}
