using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Pages;

public sealed class HomePageTests
{
    [Fact]
    public async Task ShopHome_ModuleWhoseFiguresThrow_StillShowsTheOthersAndSaysWhichAreMissing()
    {
        using var plugins = TestPlugins.BundledWith("ThrowingHome");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var shop = await app.CreateShopAsync("alpha", "contacts", "throwing-home");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var home = await staff.GetPageAsync("/shops/alpha");

        Assert.Contains("<span class=\"figure\">0</span>", home);
        Assert.Contains("Les chiffres du module « Fixture throwing-home » sont indisponibles", home);
        Assert.Contains(">Fixture accueil</a>", home);
    }

    [Fact]
    public async Task ShopHome_NoModuleEnabled_SaysHowToGetFigures()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        Assert.Contains("activez des modules pour cette boutique", await staff.GetPageAsync("/shops/alpha"));
    }
}
