using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>Visitors' comments on the real host: held for moderation, robots kept out, staff approving through the API.</summary>
public sealed class BlogCommentTests
{
    private static async Task<BlogShop> ShopWithPostAsync(Action<Infrastructure.CrmApp>? configure = null)
    {
        var shop = await BlogShop.StartAsync(configure);
        await shop.CreateAsync(BlogShop.Post("Nos truffes"));
        return shop;
    }

    [Fact]
    public async Task Comment_IsHeldUntilApproved_ThenShownEscaped()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();

        var sent = await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Miam <script>alert(1)</script>"));
        var held = await visitor.GetStringAsync($"{BlogShop.Public}/nos-truffes?comment=held");
        var pending = await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/comments?status=pending");
        var id = pending[0].GetProperty("id").GetInt64();
        var approved = await shop.Staff.PostAsync($"{BlogShop.Api}/comments/{id}/approve", null);
        var shown = await visitor.GetStringAsync($"{BlogShop.Public}/nos-truffes");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("http://localhost/p/alpha/blog/nos-truffes?comment=held#comments", sent.Headers.Location!.ToString());
        Assert.Contains("sera publié après relecture", held);
        Assert.DoesNotContain("Miam", held);
        Assert.Equal(1, pending.GetArrayLength());
        Assert.Equal("luc@exemple.fr", pending[0].GetProperty("authorEmail").GetString());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("<p>Miam &lt;script&gt;alert(1)&lt;/script&gt;</p>", shown);
        Assert.DoesNotContain("luc@exemple.fr", shown);
    }

    [Fact]
    public async Task Moderation_RejectThenDelete_CommentLeavesThePageAndTheList()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("À relire"));
        var id = (await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/comments"))[0].GetProperty("id").GetInt64();

        await shop.Staff.PostAsync($"{BlogShop.Api}/comments/{id}/approve", null);
        var rejected = await shop.Staff.PostAsync($"{BlogShop.Api}/comments/{id}/reject", null);
        var page = await visitor.GetStringAsync($"{BlogShop.Public}/nos-truffes");
        var deleted = await shop.Staff.DeleteAsync($"{BlogShop.Api}/comments/{id}");
        var again = await shop.Staff.DeleteAsync($"{BlogShop.Api}/comments/{id}");

        Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.DoesNotContain("À relire", page);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, (await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/comments")).GetArrayLength());
    }

    [Fact]
    public async Task Comment_WithHoneypotFilled_LooksAcceptedButIsNotStored()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();
        var fields = BlogShop.Comment("Achetez des montres");
        fields["website"] = "http://spam.example";

        var sent = await BlogShop.CommentAsync(visitor, "nos-truffes", fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Empty(await shop.CommentIpsAsync());
    }

    [Fact]
    public async Task Comment_SentAtOnce_IsRefusedAsTooFastAndNotStored()
    {
        using var shop = await ShopWithPostAsync(app => app.Settings["Modules:blog:MinimumFillTime"] = "00:00:30");
        using var visitor = shop.Visitor();

        var sent = await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment(), wait: false);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("Envoyé trop vite", await sent.Content.ReadAsStringAsync());
        Assert.Empty(await shop.CommentIpsAsync());
    }

    [Fact]
    public async Task Comment_WithoutAntiforgeryToken_IsRefused()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();

        var sent = await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment(), antiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Empty(await shop.CommentIpsAsync());
    }

    [Fact]
    public async Task Comment_WrongFields_Is400WithEachMessageAndTheTypedTextKept()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();

        var sent = await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Mon avis", name: " ", email: "pas-une-adresse"));
        var page = await sent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("id=\"name-error\">Obligatoire.", page);
        Assert.Contains("« pas-une-adresse » n&#x27;est pas une adresse e-mail.", page);
        Assert.Contains(">Mon avis</textarea>", page);
    }

    [Fact]
    public async Task Comment_FourthFromTheSameAddressWithinTheWindow_Is429()
    {
        using var shop = await ShopWithPostAsync();
        using var visitor = shop.Visitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment($"Commentaire {i}"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, (HttpStatusCode)429], statuses);
        Assert.Equal(3, (await shop.CommentIpsAsync()).Count);
    }

    [Fact]
    public async Task ForgetIpsJob_ErasesAddressesOlderThanTheRetention()
    {
        using var shop = await ShopWithPostAsync(app => app.Settings["Modules:blog:IpRetention"] = "00:00:00.500");
        using var visitor = shop.Visitor();
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment());
        var before = await shop.CommentIpsAsync();

        await Task.Delay(600);
        await shop.RunJobAsync("forget-comment-ips");

        Assert.NotNull(Assert.Single(before));
        Assert.Null(Assert.Single(await shop.CommentIpsAsync()));
    }
}
