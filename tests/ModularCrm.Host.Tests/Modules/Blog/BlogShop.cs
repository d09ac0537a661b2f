using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>
/// A shop "alpha" with the blog on the real host: staff through an API token, visitors through a cookie client with no
/// sign-in. Cover images go to a temporary folder; a comment form needs <see cref="FillTime"/> before it is accepted.
/// </summary>
internal sealed partial class BlogShop : IDisposable
{
    public static readonly TimeSpan FillTime = TimeSpan.FromMilliseconds(600);

    private readonly string media;

    private BlogShop(CrmApp app, string media, long shopId, HttpClient staff)
    {
        App = app;
        this.media = media;
        ShopId = shopId;
        Staff = staff;
    }

    public const string Api = "/api/shops/alpha/blog";

    public const string Public = "/p/alpha/blog";

    public CrmApp App { get; }

    public long ShopId { get; }

    public HttpClient Staff { get; }

    /// <summary>Starts the host with a shop "alpha" where the blog and <paramref name="otherModules"/> are enabled.</summary>
    public static async Task<BlogShop> StartAsync(Action<CrmApp>? configure = null, params string[] otherModules)
    {
        var media = Directory.CreateTempSubdirectory("modularcrm-blog-media-").FullName;
        var app = new CrmApp();
        app.Settings["Modules:blog:MediaDirectory"] = media;
        app.Settings["Modules:blog:MinimumFillTime"] = FillTime.ToString();
        configure?.Invoke(app);
        var shop = await app.CreateShopAsync("alpha", [.. otherModules, "blog"]);
        return new BlogShop(app, media, shop, await app.ClientForAsync(shop));
    }

    /// <summary>A visitor: cookies kept (antiforgery), redirects shown to the test.</summary>
    public HttpClient Visitor() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<JsonElement> CreateAsync(object post)
    {
        var response = await Staff.PostAsJsonAsync($"{Api}/posts", post);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> UpdateAsync(long id, object post)
    {
        var response = await Staff.PutAsJsonAsync($"{Api}/posts/{id}", post);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static object Post(string title, string status = "published", DateTimeOffset? publishAt = null, string[]? tags = null, string? newsletter = null, string body = "Du texte.", string? slug = null) =>
        new { title, slug, body, excerpt = (string?)null, tags = tags ?? [], author = "Marie", status, publishAt, announceToNewsletter = newsletter };

    /// <summary>The payloads of <c>blog.post.published</c> in the outbox, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> AnnouncementsAsync()
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        var payloads = await connection.QueryAsync<string>(
            "SELECT payload FROM core_events WHERE shop_id = @shop AND source_module = 'blog' AND name = 'blog.post.published' ORDER BY id", new { shop = ShopId });
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }

    /// <summary>Time passing for a scheduled post: its date becomes a second ago (the clock is the real one).</summary>
    public async Task<DateTimeOffset> MovePublishDateToThePastAsync(long postId)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync("UPDATE blog_posts SET publish_at = @at WHERE shop_id = @shop AND id = @postId", new { at, shop = ShopId, postId });
        return at;
    }

    public async Task<IReadOnlyList<string?>> CommentIpsAsync()
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        return (await connection.QueryAsync<string?>("SELECT ip FROM blog_comments WHERE shop_id = @shop ORDER BY id", new { shop = ShopId })).ToList();
    }

    /// <summary>Every stored comment as "name|e-mail|ip|text|status" (SQLite concatenation: the tests' database).</summary>
    public async Task<IReadOnlyList<string>> CommentRowsAsync()
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        return (await connection.QueryAsync<string>(
            "SELECT author_name || '|' || author_email || '|' || COALESCE(ip, '') || '|' || body || '|' || status FROM blog_comments WHERE shop_id = @shop ORDER BY id",
            new { shop = ShopId })).ToList();
    }

    public async Task RunJobAsync(string name)
    {
        var runner = App.Services.GetRequiredService<ModuleJobRunner>();
        var module = App.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("blog")!;
        var shop = await App.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync("blog", runner.JobsOf(module).Single(j => j.Name == name), shop!, CancellationToken.None);
    }

    /// <summary>Opens the post page as <paramref name="visitor"/>, waits like a reader, then sends the comment form with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> CommentAsync(HttpClient visitor, string slug, IDictionary<string, string> fields, bool wait = true, bool antiforgery = true)
    {
        var page = await visitor.GetStringAsync($"{Public}/{slug}");
        if (wait)
        {
            await Task.Delay(FillTime + TimeSpan.FromMilliseconds(200));
        }

        var form = new Dictionary<string, string>(fields) { ["started"] = WebUtility.HtmlDecode(Started().Match(page).Groups[1].Value) };
        if (antiforgery)
        {
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        }

        return await visitor.PostAsync($"{Public}/{slug}/comments", new FormUrlEncodedContent(form));
    }

    public static Dictionary<string, string> Comment(string body = "Très bon article !", string name = "Luc", string email = "luc@exemple.fr") =>
        new() { ["name"] = name, ["email"] = email, ["body"] = body, ["website"] = string.Empty };

    public void Dispose()
    {
        Staff.Dispose();
        App.Dispose();
        Directory.Delete(media, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"started\" value=\"([^\"]+)\"")]
    private static partial Regex Started();
}
