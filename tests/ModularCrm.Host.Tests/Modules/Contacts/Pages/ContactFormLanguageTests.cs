using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Contacts.Pages;

/// <summary>The API's coded errors said in the reader's language on the contact pages; the API keeps its French messages.</summary>
public sealed class ContactFormLanguageTests
{
    private const string Base = ContactPageSession.Base;

    private static readonly Dictionary<string, string> TypoAndShortPhone = new()
    {
        ["kind"] = "person",
        ["lastName"] = "Immo",
        ["email"] = "agence.immo69@orange.frr",
        ["phone"] = "04.37.23.69.6",
    };

    [Fact]
    public async Task Create_InEnglish_EmailTypoAndShortPhone_AreExplainedInEnglishNextToTheirFields()
    {
        using var session = await ContactPageSession.StartAsync("en");

        var refused = await session.Staff.PostFormAsync($"{Base}/new", $"{Base}/new", TypoAndShortPhone);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"email-error\">“agence.immo69@orange.frr”: the extension looks mistyped; did you mean agence.immo69@orange.fr?</p>", page);
        Assert.Contains("<p class=\"field-error\" id=\"phone-error\">“04.37.23.69.6” is too short for a phone number.</p>", page);
        Assert.Contains("aria-describedby=\"email-error\"", page);
    }

    [Fact]
    public async Task Create_InFrench_ShowsTheApiFrenchMessage()
    {
        using var session = await ContactPageSession.StartAsync();

        var page = WebUtility.HtmlDecode(await (await session.Staff.PostFormAsync($"{Base}/new", $"{Base}/new", TypoAndShortPhone)).Content.ReadAsStringAsync());

        Assert.Matches("<p class=\"field-error\" id=\"email-error\">[^<]*orange\\.fr", page);
        Assert.DoesNotContain("mistyped", page);
    }

    [Fact]
    public async Task Api_BadEmail_KeepsItsFrenchMessageAndGivesTheCodeWithItsValues()
    {
        await using var shop = await ContactsShop.StartAsync();

        var response = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/contacts", new { lastName = "Immo", email = "agence.immo69@orange.frr" });
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("orange.fr", problem.GetProperty("errors").GetProperty("email")[0].GetString());
        var coded = problem.GetProperty("fieldErrors").EnumerateArray().Single();
        Assert.Equal(("email", "email.tld_typo"), (coded.GetProperty("field").GetString(), coded.GetProperty("code").GetString()));
        Assert.Equal(["agence.immo69@orange.frr", "agence.immo69@orange.fr"], coded.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }
}
