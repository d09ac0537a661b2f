using System.Net;
using System.Net.Http.Json;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class PersonalisationTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Send_IssueUsingTheSubscribersName_EachGetsTheirOwn_AndTheArchiveNamesNobody()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr", "Alice");
        await shop.SignUpAsync("actus", "bruno@example.fr");
        foreach (var confirmation in await shop.DeliveredAsync("Confirmez"))
        {
            await shop.ConfirmAsync(NewsletterShop.ConfirmLink(confirmation));
        }

        var bruno = Assert.Single((await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=bruno")).EnumerateArray()).GetProperty("id").GetInt64();
        await shop.Mail.SendAsync(HttpMethod.Put, $"{EmailingShop.Contacts}/contacts/{bruno}", new { kind = "person", civility = "M.", firstName = "Bruno", lastName = "Martin", email = "bruno@example.fr", lifecycle = "prospect" });
        var issue = await shop.IssueAsync(news, "{{ subscriber.first_name }}, nos nouveautés", "Bonjour {{ subscriber.civility }} {{ subscriber.first_name }} {{ subscriber.last_name }} !");

        await shop.SendIssueAsync(issue);

        var alice = Assert.Single(await shop.DeliveredAsync("Alice, nos nouveautés"));
        var brunoMail = Assert.Single(await shop.DeliveredAsync("Bruno, nos nouveautés"));
        Assert.Contains("alice@example.fr", alice.Header("To"));
        Assert.Contains("Bonjour  Alice  !", alice.Body("text/html"));
        Assert.Contains("Bonjour M. Bruno Martin !", brunoMail.Body("text/html"));
        Assert.Contains("Bonjour M. Bruno Martin !", brunoMail.Body("text/plain"));
        using var visitor = shop.Mail.Anonymous();
        var archived = await visitor.GetStringAsync($"{NewsletterShop.Public}/actus/archive/{issue}");
        Assert.Contains("Bonjour    !", archived);
        Assert.DoesNotContain("Bruno", archived);
        Assert.DoesNotContain("Alice", archived);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Create_IssueWithAStrayEndTag_Is400NamingBodyLineAndColumn_AndNothingIsSaved()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");

        var refused = await shop.Mail.Client.PostAsJsonAsync($"{NewsletterShop.Api}/issues", new { listId = news, subject = "Promo", format = "markdown", body = "Bonjour\n{{ subscriber.first_name }}{{ end }}" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Personnalisation : ligne 2, colonne", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues")).GetArrayLength());
    }
}
