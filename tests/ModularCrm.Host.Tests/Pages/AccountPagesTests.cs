using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Pages;

public sealed class AccountPagesTests
{
    [Fact]
    public async Task SignIn_EmptyFields_ShowsAnErrorUnderEachField()
    {
        using var app = new CrmApp();
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await CrmApp.SignInAsync(browser, string.Empty, string.Empty);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"email-error\">Saisissez votre adresse e-mail.</p>", page);
        Assert.Contains("<p class=\"field-error\" id=\"password-error\">Saisissez votre mot de passe.</p>", page);
        Assert.Contains("<label for=\"email\">", page);
    }

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_LetsTheUserSignInWithTheNewOne()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var user = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var changed = await user.PostFormAsync("/account/password", "/account/password", new Dictionary<string, string>
        {
            ["currentPassword"] = PageBrowser.Password, ["newPassword"] = "un tout nouveau secret", ["confirmPassword"] = "un tout nouveau secret",
        });
        using var again = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Mot de passe changé.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await CrmApp.SignInAsync(again, user.Email, "un tout nouveau secret")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ShowsTheErrorOnThatField()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var user = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var refused = await user.PostFormAsync("/account/password", "/account/password", new Dictionary<string, string>
        {
            ["currentPassword"] = "pas le bon", ["newPassword"] = "un tout nouveau secret", ["confirmPassword"] = "un tout nouveau secret",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"currentPassword-error\">Le mot de passe actuel est incorrect.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Language_SwitchedToEnglish_MenuAndFiguresAreInEnglish()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var user = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var switched = await user.PostFormAsync("/shops/alpha", "/account/language", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/shops/alpha" });
        var page = await user.GetPageAsync("/shops/alpha");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/shops/alpha", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("aria-label=\"Main menu\"", page);
        Assert.Contains("New contacts, last 8 weeks", page);
    }

    [Fact]
    public async Task Language_ChosenOnce_IsKeptAtTheNextSignIn()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using (var user = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop))
        {
            await user.PostFormAsync("/shops/alpha", "/account/language", new Dictionary<string, string> { ["language"] = "en" });
            using var later = await PageBrowser.SignInAsync(app, user.Email);

            Assert.Contains("<html lang=\"en\">", await later.GetPageAsync("/shops/alpha"));
        }
    }
}
