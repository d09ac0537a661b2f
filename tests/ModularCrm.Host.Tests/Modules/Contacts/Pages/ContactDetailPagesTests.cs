using System.Net;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Contacts.Pages;

/// <summary>The contact page's forms (edit, consent, interaction, custom values, RGPD) through the real pipeline.</summary>
public sealed class ContactDetailPagesTests
{
    private const string Base = ContactPageSession.Base;

    [Fact]
    public async Task Detail_EnglishUser_LabelsDatesAndListAreInEnglish()
    {
        using var session = await ContactPageSession.StartAsync("en");
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");

        var detail = await session.Staff.GetPageAsync($"{Base}/{id}?done=created");
        var list = await session.Staff.GetPageAsync(Base);

        Assert.Contains("Contact created.", detail);
        Assert.Contains("<h2>Consents</h2>", detail);
        Assert.Contains("Not recorded", detail);
        Assert.Contains("Download all their data (JSON)", detail);
        Assert.DoesNotContain("Consentements", detail);
        Assert.Contains("<th scope=\"col\">Phone</th>", list);
        Assert.Contains("<td>Person</td>", list);
    }

    [Fact]
    public async Task Edit_BadEmail_Is400WithTheMessageNextToTheFieldAndNothingSaved()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");

        var refused = await session.Staff.PostFormAsync($"{Base}/{id}/edit", $"{Base}/{id}/edit", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Durand", ["email"] = "pas-une-adresse" });
        var page = await refused.Content.ReadAsStringAsync();
        var saved = await session.Staff.PostFormAsync($"{Base}/{id}/edit", $"{Base}/{id}/edit", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Durand", ["email"] = "m.durand@gmail.com", ["city"] = "Lyon" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("aria-describedby=\"email-error\"", page);
        Assert.Contains("value=\"Durand\"", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detail = await session.Staff.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Durand</h1>", detail);
        Assert.Contains("m.durand@gmail.com", detail);
    }

    [Fact]
    public async Task Consent_GrantedWithoutSource_Is400NextToSourceThenRecordedWithItsLog()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");
        var fields = new Dictionary<string, string> { ["channel"] = "sms", ["status"] = "granted", ["date"] = "2026-03-01" };

        var refused = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/consents", fields);
        var recorded = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/consents", new Dictionary<string, string>(fields) { ["source"] = "salon de Lyon" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"consent-source-error\">Indiquez l&#39;origine du consentement", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var detail = await session.Staff.GetPageAsync($"{Base}/{id}");
        Assert.Contains("<tr><th scope=\"row\">SMS</th><td>Accordé</td><td>01/03/2026</td><td>salon de Lyon</td></tr>", detail);
        Assert.Contains("Journal des consentements", detail);
    }

    [Fact]
    public async Task Interaction_CallAdded_IsListedWithItsSubject()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");

        var added = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/interactions", new Dictionary<string, string> { ["kind"] = "call", ["subject"] = "Relance catalogue", ["body"] = "Rappeler jeudi" });
        var tooLong = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/interactions", new Dictionary<string, string> { ["kind"] = "note", ["subject"] = new string('x', 201) });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Appel : Relance catalogue", await session.Staff.GetPageAsync($"{Base}/{id}"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("id=\"interaction-subject-error\">200 caractères au plus", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CustomValues_FrenchDecimalAccepted_TextInANumberFieldRefusedNextToIt()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");
        var defined = await session.Staff.PostFormAsync($"{Base}/custom-fields", $"{Base}/custom-fields", new Dictionary<string, string> { ["code"] = "pointure", ["label"] = "Pointure", ["type"] = "number" });
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);

        var saved = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/custom-values", new Dictionary<string, string> { ["pointure"] = "38,5" });
        var refused = await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/custom-values", new Dictionary<string, string> { ["pointure"] = "grande" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"38,5\"", await session.Staff.GetPageAsync($"{Base}/{id}"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"custom-pointure-error\">Pointure : Un nombre est attendu", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PersonalData_DownloadIsJson_ErasureNeedsTheConfirmation()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");

        var export = await session.Staff.Client.GetAsync($"{Base}/{id}/personal-data.json");
        var unconfirmed = await session.Staff.PostFormAsync($"{Base}/{id}/erase", $"{Base}/{id}/erase", new Dictionary<string, string>());
        var erased = await session.Staff.PostFormAsync($"{Base}/{id}/erase", $"{Base}/{id}/erase", new Dictionary<string, string> { ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("marie.dupont@gmail.com", JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("id=\"confirm-error\"", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.DoesNotContain("marie.dupont@gmail.com", await session.Staff.GetPageAsync($"{Base}/{id}"));
    }

    [Fact]
    public async Task OtherShopsUser_CannotReadNorPostAnotherShopsContact()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");
        var beta = await session.App.CreateShopAsync("beta", "contacts");
        using var stranger = await PageBrowser.SignedInAsync(session.App, ShopRole.Admin, beta);

        var read = await stranger.Client.GetAsync($"{Base}/{id}");
        var export = await stranger.Client.GetAsync($"{Base}/{id}/personal-data.json");
        var erase = await stranger.PostFormAsync("/shops/beta/contacts/new", $"{Base}/{id}/erase", new Dictionary<string, string> { ["confirm"] = "yes" });
        var ownShop = await stranger.Client.GetAsync($"/shops/beta/contacts/{id}");

        Assert.Contains(read.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(export.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(erase.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.NotFound, ownShop.StatusCode);
        Assert.Contains("marie.dupont@gmail.com", await session.Staff.GetPageAsync($"{Base}/{id}"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");

        var response = await session.Staff.Client.PostAsync($"{Base}/{id}/erase", new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("marie.dupont@gmail.com", await session.Staff.GetPageAsync($"{Base}/{id}"));
    }
}
