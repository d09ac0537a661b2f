using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Users;
using ModularCrm.Sdk.Data;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class IssueTests
{
    private const string Sink = "postfix's smtp-sink";

    private static async Task<(NewsletterShop Shop, long List)> SubscribedAsync()
    {
        var shop = await NewsletterShop.StartAsync();
        var list = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr", "Alice");
        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez"))));
        return (shop, list);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task TestSend_GoesToTheSignedInUserOnly_AndTheIssueStaysADraft()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        var issue = await shop.IssueAsync(list, "Les nouveautés", "Bonjour **tout le monde**.");

        var accepted = await shop.Mail.Client.PostAsJsonAsync($"{NewsletterShop.Api}/issues/{issue}/test", new { });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var message = Assert.Single(await shop.DeliveredAsync("Les nouveautés"));
        Assert.Equal("[Test] Les nouveautés", message.Header("Subject"));
        Assert.Contains("staff@alpha.fr", message.Header("To"));
        Assert.Contains("<strong>tout le monde</strong>", message.Body("text/html"));
        Assert.Equal("draft", (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}")).GetProperty("status").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Preview_UsesTheShopsOverriddenLayout_AndMarkdownRawHtmlIsText()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        using var admin = await shop.Mail.App.ClientForAsync(shop.Mail.ShopId, ShopRole.Admin);
        var saved = await admin.PutAsJsonAsync(
            "/api/shops/alpha/templates/newsletter/issues/layout.html",
            new { text = "<main class=\"charte-alpha\"><h1>{{ issue.subject }}</h1>{{ issue.content_html | raw }}</main>" });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var issue = await shop.IssueAsync(list, "Soldes", "Vite <script>alert(1)</script>");

        var preview = await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}/preview");

        var html = preview.GetProperty("html").GetString()!;
        Assert.StartsWith("<main class=\"charte-alpha\"><h1>Soldes</h1>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Send_Twice_SecondIsConflictAndSentIssueCannotBeEdited()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        var issue = await shop.IssueAsync(list, "Numéro un", "Texte.");
        await shop.SendIssueAsync(issue);

        var again = await shop.Mail.Client.PostAsJsonAsync($"{NewsletterShop.Api}/issues/{issue}/send", new { });
        var edit = await shop.Mail.Client.PutAsJsonAsync($"{NewsletterShop.Api}/issues/{issue}", new { subject = "Autre", format = "markdown", body = "x" });
        var badFormat = await shop.Mail.Client.PostAsJsonAsync($"{NewsletterShop.Api}/issues", new { listId = list, subject = "x", format = "docx", body = "x" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("\"format\"", await badFormat.Content.ReadAsStringAsync());
        Assert.Single(await shop.DeliveredAsync("Numéro un"));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Schedule_IssueIsSentByTheJobOnlyOnceDue()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        var issue = await shop.IssueAsync(list, "Programmé", "Texte.");

        var scheduled = await shop.Mail.SendAsync(HttpMethod.Post, $"{NewsletterShop.Api}/issues/{issue}/send", new { at = DateTimeOffset.UtcNow.AddHours(2) });
        await shop.RunJobAsync("send-scheduled");
        var early = await shop.DeliveredAsync("Programmé");
        await shop.Db.ExecuteAsync("UPDATE newsletter_issues SET scheduled_at = @past WHERE shop_id = @shop AND id = @issue", new { past = DateTimeOffset.UtcNow.AddMinutes(-1), issue });
        await shop.RunJobAsync("send-scheduled");

        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.Empty(early);
        Assert.Single(await shop.DeliveredAsync("Programmé"));
        Assert.Equal("sent", (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}")).GetProperty("status").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Archive_ListsSentIssuesOnly_AndShowsTheWebVersionWithoutAnyonesLinks()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        var sent = await shop.IssueAsync(list, "Numéro envoyé", "Découvrez [nos nouveautés](https://boutique-alpha.fr/n).");
        await shop.IssueAsync(list, "Brouillon secret", "Pas encore.");
        await shop.SendIssueAsync(sent);
        using var visitor = shop.Mail.Anonymous();

        var archive = await (await visitor.GetAsync($"{NewsletterShop.Public}/actus/archive")).Content.ReadAsStringAsync();
        var page = await visitor.GetAsync($"{NewsletterShop.Public}/actus/archive/{sent}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("Numéro envoyé", archive);
        Assert.DoesNotContain("Brouillon secret", archive);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"https://boutique-alpha.fr/n\"", html);
        Assert.DoesNotContain("/p/alpha/emailing/", html);
        Assert.Contains("script-src", page.Headers.GetValues("Content-Security-Policy").Single().Replace("default-src 'none'", "script-src", StringComparison.Ordinal));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Stats_CountOpensAndClicksOfThisIssueOnly()
    {
        var (shop, list) = await SubscribedAsync();
        await using var _ = shop;
        var issue = await shop.IssueAsync(list, "Avec lien", "Voir [ici](https://boutique-alpha.fr/ici).");
        await shop.SendIssueAsync(issue);
        var other = await shop.IssueAsync(list, "Autre numéro", "Rien.");
        await shop.SendIssueAsync(other);
        var link = NewsletterShop.Link(Assert.Single(await shop.DeliveredAsync("Avec lien")), "http://localhost/p/alpha/emailing/c/");
        using var visitor = shop.Mail.Anonymous();

        var redirect = await visitor.GetAsync(link);

        Assert.Equal("https://boutique-alpha.fr/ici", redirect.Headers.Location!.AbsoluteUri);
        var stats = (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{issue}/stats")).GetProperty("stats");
        Assert.Equal(1, stats.GetProperty("uniqueClicks").GetInt32());
        Assert.Equal("https://boutique-alpha.fr/ici", Assert.Single(stats.GetProperty("clicks").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(0, (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{other}/stats")).GetProperty("stats").GetProperty("uniqueClicks").GetInt32());
    }
}
