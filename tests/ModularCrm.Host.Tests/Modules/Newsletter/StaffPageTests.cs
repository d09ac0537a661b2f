using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

/// <summary>The staff pages without JavaScript: forms with the antiforgery field, calling the API's own handlers.</summary>
public sealed partial class StaffPageTests
{
    private const string Sink = "postfix's smtp-sink";
    private const string Pages = "/shops/alpha/newsletter";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task ListsPage_CreateForm_CreatesTheNewsletter_ItsPageShowsLinksAndTheEmbeddableForm()
    {
        await using var shop = await NewsletterShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var created = await staff.PostFormAsync(Pages, Pages, new Dictionary<string, string> { ["slug"] = "actus", ["name"] = "Les actus", ["description"] = "Nouveautés" });
        var page = WebUtility.HtmlDecode(await staff.GetPageAsync(created.Headers.Location!.ToString()));
        var lists = await staff.GetPageAsync(Pages);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Enregistré.", page);
        Assert.Contains("http://localhost/p/alpha/newsletter/actus", page);
        Assert.Contains("http://localhost/p/alpha/newsletter/actus/archive", page);
        Assert.Contains("<form method=\"post\" action=\"http://localhost/p/alpha/newsletter/actus/subscribe\"", page); // the snippet, shown as text
        Assert.Contains("newsletter:actus", page);
        Assert.Contains("Les actus", lists);
        Assert.Contains("Lettres d&#x27;information", lists.Replace("&#39;", "&#x27;", StringComparison.Ordinal)); // the menu entry and title
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task ListsPage_BadSlugAndNoName_Is400WithMessagesNextToFields_AndNothingCreated()
    {
        await using var shop = await NewsletterShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var refused = await staff.PostFormAsync(Pages, Pages, new Dictionary<string, string> { ["slug"] = "Pas bon !", ["name"] = "", ["description"] = "gardée" });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"slug-error\">Identifiant requis", page);
        Assert.Contains("id=\"name-error\">Nom requis", page);
        Assert.Contains(">gardée</textarea>", page);
        Assert.Empty((await shop.Mail.GetAsync($"{NewsletterShop.Api}/lists")).EnumerateArray());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Posts_WithoutTheAntiforgeryField_AreRefusedAndChangeNothing()
    {
        await using var shop = await NewsletterShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var forged = await staff.Client.PostAsync(Pages, new FormUrlEncodedContent(new Dictionary<string, string> { ["slug"] = "actus", ["name"] = "Les actus" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty((await shop.Mail.GetAsync($"{NewsletterShop.Api}/lists")).EnumerateArray());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SubscribersPage_ShowsStatesAndSource_AndTheExportNeutralisesFormulas()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr", "=cmd|' /C calc'!A0");
        await shop.SignUpAsync("actus", "bruno@example.fr", "Bruno");
        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez"), m => m.Header("To").Contains("bruno", StringComparison.Ordinal))));
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var all = await staff.GetPageAsync($"{Pages}/{news}/subscribers");
        var confirmed = await staff.GetPageAsync($"{Pages}/{news}/subscribers?status=confirmed");
        var export = await staff.Client.GetAsync($"{Pages}/{news}/subscribers/export");
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());

        Assert.Contains("<td>alice@example.fr</td><td>=cmd|&#x27; /C calc&#x27;!A0</td><td>En attente de confirmation</td>", all);
        Assert.Contains("<td>bruno@example.fr</td><td>Bruno</td><td>Confirmé</td>", all);
        Assert.Contains("<td>Formulaire (double opt-in)</td>", all);
        Assert.DoesNotContain("alice@example.fr", confirmed);
        Assert.Contains("bruno@example.fr", confirmed);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Contains(";\"'=cmd|' /C calc'!A0\";", csv); // escaped (and so quoted) by the export
        Assert.DoesNotContain(";=cmd", csv);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task IssuePages_DraftTestAndSend_ShowProgressAndStatistics()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr", "Alice");
        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez"))));
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var created = await staff.PostFormAsync($"{Pages}/{news}/issues", $"{Pages}/{news}/issues", new Dictionary<string, string>
        {
            ["subject"] = "Bonjour {{ subscriber.first_name }}", ["format"] = "markdown", ["body"] = "Du **nouveau**, {{ subscriber.first_name }}.",
        });
        var issuePage = created.Headers.Location!.ToString();
        var id = IssueId().Match(issuePage).Groups[1].Value;
        var preview = await staff.Client.GetAsync($"{Pages}/issues/{id}/preview");
        var tested = await staff.PostFormAsync(issuePage, $"{Pages}/issues/{id}/test", new Dictionary<string, string> { ["to"] = "" });
        var testPage = await staff.GetPageAsync(tested.Headers.Location!.ToString());
        var sent = await staff.PostFormAsync(issuePage, $"{Pages}/issues/{id}/send", new Dictionary<string, string> { ["at"] = "" });
        var sending = await staff.GetPageAsync($"{Pages}/issues/{id}");
        await shop.DeliveredAsync("Bonjour");
        var done = WebUtility.HtmlDecode(await staff.GetPageAsync($"{Pages}/issues/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("<strong>nouveau</strong>, Camille.", await preview.Content.ReadAsStringAsync());
        Assert.Contains("script-src", preview.Headers.GetValues("Content-Security-Policy").Single().Replace("default-src 'none'", "script-src", StringComparison.Ordinal));
        Assert.Contains("Test envoyé à " + staff.Email, WebUtility.HtmlDecode(testPage));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("http-equiv=\"refresh\"", sending);
        Assert.Contains("En file d'attente 1", WebUtility.HtmlDecode(sending));
        Assert.DoesNotContain("http-equiv=\"refresh\"", done);
        Assert.Contains("Envoyés 1 / 1", done);
        Assert.Matches("<td>Délivrés</td><td>1</td><td>100,0\\s?%</td>", done);
        Assert.Contains("Désabonnements", done);
        Assert.Single(await shop.DeliveredAsync("Bonjour Alice"));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task IssuePage_UnreadableSendDate_Is400NextToTheField_AndTheIssueStaysADraft()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        var issue = await shop.IssueAsync(news, "Numéro un", "Texte.");
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var refused = await staff.PostFormAsync($"{Pages}/issues/{issue}", $"{Pages}/issues/{issue}/send", new Dictionary<string, string> { ["at"] = "demain" });
        var edit = await staff.PostFormAsync($"{Pages}/issues/{issue}", $"{Pages}/issues/{issue}", new Dictionary<string, string> { ["subject"] = "", ["format"] = "docx", ["body"] = "Gardé" });
        var editPage = WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"at-error\">« demain » n'est pas une date", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("id=\"subject-error\">Objet requis", editPage);
        Assert.Contains("id=\"format-error\">Format « docx » inconnu", editPage);
        Assert.Contains(">Gardé</textarea>", editPage);
        var stored = await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}");
        Assert.Equal(("draft", "Numéro un"), (stored.GetProperty("status").GetString(), stored.GetProperty("subject").GetString()));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task IssuePage_SentIssue_HasNoEditForm_AndAnEditPostIs409WithNothingChanged()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        var issue = await shop.IssueAsync(news, "Numéro un", "Texte.");
        await shop.SendIssueAsync(issue);
        using var staff = await PageBrowser.SignedInAsync(shop.Mail.App, ShopRole.Staff, shop.Mail.ShopId);

        var page = await staff.GetPageAsync($"{Pages}/issues/{issue}");
        var edit = await staff.PostFormAsync($"{Pages}/issues/{issue}", $"{Pages}/issues/{issue}", new Dictionary<string, string> { ["subject"] = "Autre", ["format"] = "markdown", ["body"] = "x" });

        Assert.DoesNotContain("id=\"body\"", page);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("Seul un brouillon se modifie", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));
        Assert.Equal("Numéro un", (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}")).GetProperty("subject").GetString());
    }

    [GeneratedRegex("/issues/([0-9]+)")]
    private static partial Regex IssueId();
}
