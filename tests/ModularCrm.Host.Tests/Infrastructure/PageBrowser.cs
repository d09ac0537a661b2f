using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Infrastructure;

/// <summary>
/// A cookie-holding client that uses the pages like a browser without JavaScript: it reads a page, takes the form's
/// antiforgery field from it and posts the form. Redirects are not followed, so tests see them.
/// </summary>
internal sealed partial class PageBrowser : IDisposable
{
    public const string Password = "correct horse battery";

    private PageBrowser(HttpClient client, string email)
    {
        Client = client;
        Email = email;
    }

    public HttpClient Client { get; }

    public string Email { get; }

    /// <summary>A new user with <paramref name="role"/> in each shop given, signed in through the real form.</summary>
    public static async Task<PageBrowser> SignedInAsync(CrmApp app, ShopRole role, params long[] shops)
    {
        var users = app.Services.GetRequiredService<UserStore>();
        var email = $"page{Guid.NewGuid():N}@example.fr";
        var user = await users.CreateAsync(email, Password, "Camille Test", false, CancellationToken.None);
        foreach (var shop in shops)
        {
            await users.GrantAsync(user.Id, shop, role, CancellationToken.None);
        }

        return await SignInAsync(app, email);
    }

    public static async Task<PageBrowser> SignInAsync(CrmApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await CrmApp.SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new PageBrowser(client, email);
    }

    /// <summary>Pages through a client signed in some other way (e.g. <see cref="CrmApp.PlatformAdminClientAsync"/>).</summary>
    public static PageBrowser Of(HttpClient client) => new(client, string.Empty);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} -> {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Reads <paramref name="formPage"/> for an antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IDictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(formPage);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        return await Client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
