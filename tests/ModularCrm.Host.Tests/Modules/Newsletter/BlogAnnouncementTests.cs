using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class BlogAnnouncementTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task BlogPostPublished_NamingANewsletter_CreatesOneDraftIssueAndSendsNothing()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        var workshops = await shop.ListAsync("ateliers", "Les ateliers");
        var post = new Post(12, "Nos ateliers d'hiver", "https://boutique-alpha.fr/blog/ateliers-hiver", "Tricot, couture et *broderie*.", DateTimeOffset.UtcNow, "actus");

        await PublishAsync(shop, post);
        await PublishAsync(shop, post); // published twice: still one draft
        await PublishAsync(shop, post with { PostId = 13, AnnounceToNewsletter = null });
        await PublishAsync(shop, post with { PostId = 14, AnnounceToNewsletter = "inconnue" });
        var drafts = await WaitForIssuesAsync(shop, news, 1);
        await Task.Delay(500); // let the other three deliveries settle

        var draft = Assert.Single(drafts);
        Assert.Equal(("draft", "blog:post:12", "Nos ateliers d'hiver"), (draft.GetProperty("status").GetString(), draft.GetProperty("source").GetString(), draft.GetProperty("subject").GetString()));
        var preview = (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{draft.GetProperty("id").GetInt64()}/preview")).GetProperty("html").GetString()!;
        Assert.Contains("Tricot, couture et *broderie*.", preview);
        Assert.Contains("<a href=\"https://boutique-alpha.fr/blog/ateliers-hiver\">Lire l'article</a>", preview);
        Assert.Single(await IssuesAsync(shop, news));
        Assert.Empty(await IssuesAsync(shop, workshops));
        Assert.Empty(await shop.DeliveredAsync(string.Empty));
    }

    // As the blog module publishes it (its own module id, the payload its contract names).
    private static Task PublishAsync(NewsletterShop shop, Post payload) =>
        shop.Mail.App.Services.GetRequiredService<ModularCrm.Host.Data.Shops.ShopDbFactory>().For(shop.Mail.ShopId, "blog")
            .InTransactionAsync(async tx => { await tx.PublishAsync("blog.post.published", payload); return 0; });

    private static async Task<IReadOnlyList<JsonElement>> IssuesAsync(NewsletterShop shop, long listId) =>
        [.. (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues?listId={listId}")).EnumerateArray()];

    private static async Task<IReadOnlyList<JsonElement>> WaitForIssuesAsync(NewsletterShop shop, long listId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var issues = await IssuesAsync(shop, listId);
            if (issues.Count >= count || DateTime.UtcNow > deadline)
            {
                return issues;
            }

            await Task.Delay(100);
        }
    }

    private sealed record Post(long PostId, string Title, string Url, string Excerpt, DateTimeOffset PublishedAt, string? AnnounceToNewsletter);
}
