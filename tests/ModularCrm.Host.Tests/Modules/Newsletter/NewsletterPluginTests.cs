namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class NewsletterPluginTests
{
    [Fact]
    public void Build_NewsletterPlugin_ShipsMarkdigInItsOwnFolder()
    {
        var module = Path.Combine(AppContext.BaseDirectory, "plugins", "Newsletter");

        Assert.True(File.Exists(Path.Combine(module, "Markdig.dll")), $"Markdig.dll missing from {module}: the module's private dependency must travel with it");
    }
}
