using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Tests.Auth;

public sealed class SignInTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task SignIn_RightPassword_SetsAnHttpOnlySameSiteCookie()
    {
        using var app = new CrmApp();
        await app.Services.GetRequiredService<UserStore>().CreateAsync("lea@example.fr", Password, "Léa", false, CancellationToken.None);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await CrmApp.SignInAsync(browser, "lea@example.fr", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("modularcrm.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        using var app = new CrmApp();
        await app.Services.GetRequiredService<UserStore>().CreateAsync("lea@example.fr", Password, "Léa", false, CancellationToken.None);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < PasswordSignIn.MaxFailures; i++)
        {
            var wrong = await CrmApp.SignInAsync(browser, "lea@example.fr", "pas le bon mot de passe");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var locked = await CrmApp.SignInAsync(browser, "lea@example.fr", Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("Compte verrouillé", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignInForm_PostedWithoutAntiforgeryToken_IsRejected()
    {
        using var app = new CrmApp();
        await app.Services.GetRequiredService<UserStore>().CreateAsync("lea@example.fr", Password, "Léa", false, CancellationToken.None);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "lea@example.fr",
            ["password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("modularcrm.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_IsRefused_RightCurrent_ReplacesIt()
    {
        using var app = new CrmApp();
        var user = await app.Services.GetRequiredService<UserStore>().CreateAsync("lea@example.fr", Password, "Léa", false, CancellationToken.None);
        var signIn = app.Services.GetRequiredService<PasswordSignIn>();

        var refused = await Assert.ThrowsAsync<UserInputException>(() => signIn.ChangePasswordAsync(user.Id, "faux", "un nouveau mot de passe", CancellationToken.None));
        Assert.Equal("currentPassword", refused.Field);
        await signIn.ChangePasswordAsync(user.Id, Password, "un nouveau mot de passe", CancellationToken.None);

        Assert.False((await signIn.SignInAsync("lea@example.fr", Password, "test", CancellationToken.None)).Succeeded);
        Assert.True((await signIn.SignInAsync("lea@example.fr", "un nouveau mot de passe", "test", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task ApiToken_Revoked_IsRefused()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var client = await app.ClientForAsync(shop, ShopRole.Staff, email: "caisse@example.fr");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/shops/alpha/contacts/contacts")).StatusCode);
        var user = await app.Services.GetRequiredService<UserStore>().FindAsync("caisse@example.fr", CancellationToken.None);

        Assert.Equal(1, await app.Services.GetRequiredService<ApiTokenStore>().RevokeAsync(user!.Id, "tests", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/shops/alpha/contacts/contacts")).StatusCode);
    }
}
