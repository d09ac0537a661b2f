using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Tests.Modules.Contacts.Pages;

/// <summary>
/// A real host with shop "alpha" (contacts, sales) and a signed-in staff browser, plus what the contacts pages need
/// beyond <see cref="PageBrowser"/>: a contact made through the form, and multipart posts for the CSV upload.
/// </summary>
internal sealed partial class ContactPageSession : IDisposable
{
    public const string Base = "/shops/alpha/contacts";

    private ContactPageSession(CrmApp app, long shopId, PageBrowser staff)
    {
        App = app;
        ShopId = shopId;
        Staff = staff;
    }

    public CrmApp App { get; }

    public long ShopId { get; }

    public PageBrowser Staff { get; }

    public static async Task<ContactPageSession> StartAsync(string language = "fr")
    {
        var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);
        if (language == "en")
        {
            var switched = await staff.PostFormAsync("/shops/alpha", "/account/language", new Dictionary<string, string> { ["language"] = "en" });
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        return new ContactPageSession(app, shop, staff);
    }

    /// <summary>The shop's database as the contacts module sees it (to age a contact, as time cannot be moved here).</summary>
    public IShopDb Db() => App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, "contacts");

    /// <summary>Creates a person through the creation form and returns its id.</summary>
    public async Task<long> CreatePersonAsync(string lastName, string email)
    {
        var created = await Staff.PostFormAsync($"{Base}/new", $"{Base}/new", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = lastName, ["email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return long.Parse(IdPattern().Match(created.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts <paramref name="fields"/> and a file as multipart, with the antiforgery token read from <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string action, string fileName, byte[] file, IDictionary<string, string>? fields = null)
    {
        var token = TokenPattern().Match(await Staff.Client.GetStringAsync(formPage)).Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", fileName },
        };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            content.Add(new StringContent(value), name);
        }

        return await Staff.Client.PostAsync(action, content);
    }

    /// <summary>Posts a form found in an HTML page already read (e.g. a report's "run" form with its hidden fields).</summary>
    public async Task<HttpResponseMessage> PostHiddenFormAsync(string html, string action, IDictionary<string, string>? changes = null)
    {
        var form = Regex.Match(html, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(form), $"no form posting to {action}");
        var fields = HiddenPattern().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }
        return await Staff.Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public void Dispose()
    {
        Staff.Dispose();
        App.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/contacts/(\d+)")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
