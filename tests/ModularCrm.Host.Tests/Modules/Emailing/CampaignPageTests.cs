using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class CampaignPageTests
{
    private const string Page = "/shops/alpha/emailing";

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task CampaignPage_WhileQueuedThenSent_RefreshesThenShowsAccessibleChartAndTable()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        await shop.ContactAsync("Bruno", "bruno@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var queued = await browser.GetPageAsync($"{Page}/campaigns/{campaign}");
        await shop.RunJobAsync("deliver");
        var html = Assert.Single(shop.Sink.Messages(), m => m.Header("To").Contains("alice", StringComparison.Ordinal)).Body("text/html");
        using (var anonymous = shop.Anonymous())
        {
            await anonymous.GetAsync(System.Text.RegularExpressions.Regex.Match(html, "src=\"(http://localhost/p/alpha/emailing/o/[^\"]+)\"").Groups[1].Value);
        }

        var sent = await browser.GetPageAsync($"{Page}/campaigns/{campaign}");
        var list = await browser.GetPageAsync(Page);

        Assert.Contains("<meta http-equiv=\"refresh\"", queued);
        Assert.Contains("<progress max=\"2\" value=\"0\"", queued);
        Assert.DoesNotContain("http-equiv=\"refresh\"", sent);
        Assert.Contains("<progress max=\"2\" value=\"2\"", sent);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", sent);
        Assert.Contains("<title id=\"emailing-results-title\">Résultats de la campagne « Automne »</title>", sent);
        Assert.Contains("<desc id=\"emailing-results-desc\">Histogramme : Envoyés 2, Délivrés 2, Ouvertures uniques 1, Clics uniques 0, Rebonds 0, Désabonnements 0.</desc>", sent);
        Assert.Contains("<tr><th scope=\"row\">Ouvertures uniques</th><td>1</td><td>50,0", sent);
        Assert.Contains($"href=\"{Page}/campaigns/{campaign}\">Automne</a>", list);
    }

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task CampaignPage_UnknownCampaign_Is404WithMessage()
    {
        await using var shop = await EmailingShop.StartAsync();
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var response = await browser.Client.GetAsync($"{Page}/campaigns/999");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Aucune campagne n° 999", await response.Content.ReadAsStringAsync());
    }
}
