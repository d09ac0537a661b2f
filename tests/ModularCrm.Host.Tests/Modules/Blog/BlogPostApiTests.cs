using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>Posts through the staff API on the real host: slugs, validation, publication, announcements, covers.</summary>
public sealed class BlogPostApiTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    [Fact]
    public async Task Create_SameFrenchTitleTwice_GetsFoldedSlugThenASuffix_TakenExplicitSlugIsRefused()
    {
        using var shop = await BlogShop.StartAsync();

        var first = await shop.CreateAsync(BlogShop.Post("Été à Noël : nos idées !", "draft"));
        var second = await shop.CreateAsync(BlogShop.Post("Été à Noël : nos idées !", "draft"));
        var taken = await shop.Staff.PostAsJsonAsync($"{BlogShop.Api}/posts", BlogShop.Post("Autre", "draft", slug: "ete-a-noel-nos-idees"));

        Assert.Equal("ete-a-noel-nos-idees", first.GetProperty("slug").GetString());
        Assert.Equal("ete-a-noel-nos-idees-2", second.GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.True((await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("slug", out _));
    }

    [Fact]
    public async Task Update_ExplicitSlug_ChangesTheAddress_TitleChangeAloneKeepsIt()
    {
        using var shop = await BlogShop.StartAsync();
        var id = (await shop.CreateAsync(BlogShop.Post("Premier titre"))).GetProperty("id").GetInt64();

        var retitled = await shop.UpdateAsync(id, BlogShop.Post("Second titre"));
        var renamed = await shop.UpdateAsync(id, BlogShop.Post("Second titre", slug: "mon-article"));

        Assert.Equal("premier-titre", retitled.GetProperty("slug").GetString());
        Assert.Equal("mon-article", renamed.GetProperty("slug").GetString());
        Assert.EndsWith("/p/alpha/blog/mon-article", renamed.GetProperty("publicUrl").GetString());
    }

    [Fact]
    public async Task Create_WrongFields_Is400NamingEachField()
    {
        using var shop = await BlogShop.StartAsync();

        var response = await shop.Staff.PostAsJsonAsync(
            $"{BlogShop.Api}/posts", new { title = "", slug = "Pas Bon", status = "online", tags = new[] { "ok", "!!!" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["slug", "status", "tags[1]", "title"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Publish_WithNewsletter_PublishesTheEventOnceWithTheAgreedPayload()
    {
        using var shop = await BlogShop.StartAsync();
        var draft = await shop.CreateAsync(BlogShop.Post("Nos chocolats de Noël", "draft", tags: ["Noël"], newsletter: "clients-fideles"));
        var id = draft.GetProperty("id").GetInt64();
        Assert.Empty(await shop.AnnouncementsAsync());

        var published = await shop.UpdateAsync(id, BlogShop.Post("Nos chocolats de Noël", tags: ["Noël"], newsletter: "clients-fideles"));
        await shop.UpdateAsync(id, BlogShop.Post("Nos chocolats de Noël (suite)", tags: ["Noël"], newsletter: "clients-fideles"));
        await shop.UpdateAsync(id, BlogShop.Post("Nos chocolats de Noël (suite)", "draft", newsletter: "clients-fideles"));
        await shop.UpdateAsync(id, BlogShop.Post("Nos chocolats de Noël (suite)", newsletter: "clients-fideles"));

        var payload = Assert.Single(await shop.AnnouncementsAsync());
        Assert.Equal(["announceToNewsletter", "excerpt", "postId", "publishedAt", "title", "url"], payload.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(id, payload.GetProperty("postId").GetInt64());
        Assert.Equal("Nos chocolats de Noël", payload.GetProperty("title").GetString());
        Assert.Equal("http://localhost/p/alpha/blog/nos-chocolats-de-noel", payload.GetProperty("url").GetString());
        Assert.Equal("Du texte.", payload.GetProperty("excerpt").GetString());
        Assert.Equal("clients-fideles", payload.GetProperty("announceToNewsletter").GetString());
        Assert.Equal(published.GetProperty("publishAt").GetDateTimeOffset(), payload.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.NotEqual(draft.GetProperty("createdAt").GetDateTimeOffset(), payload.GetProperty("publishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Publish_WithoutNewsletter_StillAnnouncesWithNull()
    {
        using var shop = await BlogShop.StartAsync();

        await shop.CreateAsync(BlogShop.Post("Horaires d'hiver"));

        var payload = Assert.Single(await shop.AnnouncementsAsync());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("announceToNewsletter").ValueKind);
    }

    [Fact]
    public async Task Scheduled_StaysPrivateUntilItsDate_ThenTheJobPublishesAndAnnouncesItOnce()
    {
        using var shop = await BlogShop.StartAsync();
        var post = await shop.CreateAsync(BlogShop.Post("Soldes d'hiver", "scheduled", DateTimeOffset.UtcNow.AddHours(1), newsletter: "soldes"));
        var id = post.GetProperty("id").GetInt64();
        using var visitor = shop.Visitor();

        var before = await visitor.GetAsync($"{BlogShop.Public}/soldes-d-hiver");
        await shop.RunJobAsync("publish-scheduled");
        var announcedEarly = await shop.AnnouncementsAsync();
        var at = await shop.MovePublishDateToThePastAsync(id);
        var online = await visitor.GetAsync($"{BlogShop.Public}/soldes-d-hiver");
        await shop.RunJobAsync("publish-scheduled");
        await shop.RunJobAsync("publish-scheduled");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Empty(announcedEarly);
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        Assert.Equal("published", (await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/posts/{id}")).GetProperty("status").GetString());
        var payload = Assert.Single(await shop.AnnouncementsAsync());
        Assert.Equal("soldes", payload.GetProperty("announceToNewsletter").GetString());
        Assert.Equal(at.ToUnixTimeSeconds(), payload.GetProperty("publishedAt").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Cover_Png_IsStoredAndServedAsPng_TextIsRefused_TooLargeIsRefused()
    {
        using var shop = await BlogShop.StartAsync(app => app.Settings["Modules:blog:MaxCoverBytes"] = "1000");
        var id = (await shop.CreateAsync(BlogShop.Post("Vitrine"))).GetProperty("id").GetInt64();

        var saved = await shop.Staff.PutAsync($"{BlogShop.Api}/posts/{id}/cover", Image(Png, "image/png"));
        var coverUrl = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("coverUrl").GetString()!;
        using var visitor = shop.Visitor();
        var served = await visitor.GetAsync(new Uri(coverUrl).PathAndQuery);
        var text = await shop.Staff.PutAsync($"{BlogShop.Api}/posts/{id}/cover", Image("<svg onload=alert(1)>"u8.ToArray(), "image/png"));
        var large = await shop.Staff.PutAsync($"{BlogShop.Api}/posts/{id}/cover", Image([.. Png, .. new byte[1000]], "image/png"));
        var traversal = await visitor.GetAsync($"{BlogShop.Public}/media/..%2F..%2Fcrm.db");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("JPEG, PNG ou WebP", (await text.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("cover")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.True((await large.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cover", out _));
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task Posts_OfAnotherShop_AreNotFound()
    {
        using var shop = await BlogShop.StartAsync();
        var id = (await shop.CreateAsync(BlogShop.Post("Secret"))).GetProperty("id").GetInt64();
        var beta = await shop.App.CreateShopAsync("beta", "blog");
        using var other = await shop.App.ClientForAsync(beta);

        var response = await other.GetAsync($"/api/shops/beta/blog/posts/{id}");
        using var visitor = shop.Visitor();
        var page = await visitor.GetAsync("/p/beta/blog/secret");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private static ByteArrayContent Image(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
