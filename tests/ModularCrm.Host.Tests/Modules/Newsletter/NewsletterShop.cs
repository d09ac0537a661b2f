using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Sdk.Data;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

/// <summary>
/// The e-mailing test shop (real host, real SQLite, real smtp-sink) with the newsletter module enabled too; visitors are
/// anonymous clients that follow no redirect, as a browser or mail program would be.
/// </summary>
internal sealed partial class NewsletterShop : IAsyncDisposable
{
    public const string Api = "/api/shops/alpha/newsletter";
    public const string Public = "/p/alpha/newsletter";

    private NewsletterShop(EmailingShop mail) => Mail = mail;

    public EmailingShop Mail { get; }

    public static async Task<NewsletterShop> StartAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var mail = await EmailingShop.StartAsync(settings);
        await mail.App.Services.GetRequiredService<ShopModules>().EnableAsync(mail.ShopId, "newsletter", null, CancellationToken.None);
        await mail.SendAsync(HttpMethod.Put, $"{EmailingShop.Emailing}/settings", new { fromAddress = "bonjour@boutique-alpha.fr", fromName = "Boutique Alpha", allowedHosts = new[] { "boutique-alpha.fr" } });
        return new NewsletterShop(mail);
    }

    public IShopDb Db => Mail.App.Services.GetRequiredService<ShopDbFactory>().For(Mail.ShopId, "newsletter");

    public async Task<long> ListAsync(string slug, string name) =>
        (await Mail.SendAsync(HttpMethod.Post, $"{Api}/lists", new { slug, name, description = "Nouveautés et ateliers." })).GetProperty("id").GetInt64();

    public async Task<long> IssueAsync(long listId, string subject, string body, string format = "markdown") =>
        (await Mail.SendAsync(HttpMethod.Post, $"{Api}/issues", new { listId, subject, format, body })).GetProperty("id").GetInt64();

    public Task<JsonElement> SendIssueAsync(long issueId) => Mail.SendAsync(HttpMethod.Post, $"{Api}/issues/{issueId}/send", new { });

    /// <summary>Posts the public sign-up form as a visitor.</summary>
    public async Task<HttpResponseMessage> SignUpAsync(string slug, string email, string? firstName = null, string? honeypot = null)
    {
        using var visitor = Mail.Anonymous();
        var form = new Dictionary<string, string> { ["email"] = email };
        if (firstName is not null)
        {
            form["firstName"] = firstName;
        }

        if (honeypot is not null)
        {
            form["website"] = honeypot;
        }

        return await visitor.PostAsync($"{Public}/{slug}/subscribe", new FormUrlEncodedContent(form));
    }

    /// <summary>Delivers the outbox to the sink and returns the messages whose subject contains <paramref name="subject"/>.</summary>
    public async Task<IReadOnlyList<EmlMessage>> DeliveredAsync(string subject)
    {
        await Mail.RunJobAsync("deliver");
        return Mail.Sink.Messages().Where(m => m.Header("Subject").Contains(subject, StringComparison.Ordinal)).ToList();
    }

    public async Task RunJobAsync(string name)
    {
        var runner = Mail.App.Services.GetRequiredService<ModuleJobRunner>();
        var module = Mail.App.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("newsletter")!;
        var shop = await Mail.App.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync("newsletter", runner.JobsOf(module).Single(j => j.Name == name), shop!, CancellationToken.None);
    }

    /// <summary>The first link of a message's HTML body that starts with <paramref name="prefix"/>.</summary>
    public static string Link(EmlMessage message, string prefix)
    {
        var match = Regex.Match(message.Body("text/html"), $"href=\"({Regex.Escape(prefix)}[^\"]+)\"");
        Assert.True(match.Success, $"no link to {prefix} in {message.Body("text/html")}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string ConfirmLink(EmlMessage message) => Link(message, $"http://localhost{Public}/confirm/");

    public static string UnsubscribeLink(EmlMessage message) => Regex.Match(message.Header("List-Unsubscribe"), "<([^>]+)>").Groups[1].Value;

    /// <summary>Follows a confirmation link as a person does: the page (GET), then its button (POST).</summary>
    public async Task<(HttpResponseMessage Page, HttpResponseMessage Confirmed)> ConfirmAsync(string link)
    {
        using var visitor = Mail.Anonymous();
        var page = await visitor.GetAsync(link);
        var confirmed = await visitor.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "1" }));
        return (page, confirmed);
    }

    public async Task<IReadOnlyList<JsonElement>> SubscribersAsync(long listId) =>
        [.. (await Mail.GetAsync($"{Api}/lists/{listId}/subscribers")).EnumerateArray()];

    public ValueTask DisposeAsync() => Mail.DisposeAsync();
}
