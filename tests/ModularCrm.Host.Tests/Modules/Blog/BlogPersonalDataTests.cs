using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>
/// A contact's RGPD access and erasure requests, made on the contacts module, reaching the blog's comments. Anne
/// typed her address with capitals on the comment form; Luc is another visitor whose comment must stay as it is.
/// </summary>
public sealed class BlogPersonalDataTests
{
    private const string Contacts = "/api/shops/alpha/contacts/contacts";

    [Fact]
    public async Task AccessExport_OfACommentAuthor_ListsHerCommentsMatchedByEmailIgnoringCase()
    {
        using var shop = await BlogShop.StartAsync(null, "contacts");
        var anne = await CommentsByAnneAndLucAsync(shop);

        var export = await shop.Staff.GetFromJsonAsync<JsonElement>($"{Contacts}/{anne}/personal-data");

        var comments = export.GetProperty("blog").GetProperty("comments");
        Assert.Equal(2, comments.GetArrayLength());
        var first = comments[0];
        Assert.Equal("Anne Revel", first.GetProperty("authorName").GetString());
        Assert.Equal("Anne.Revel@Exemple.fr", first.GetProperty("authorEmail").GetString());
        Assert.Equal("Nos truffes", first.GetProperty("postTitle").GetString());
        Assert.Equal("nos-truffes", first.GetProperty("postSlug").GetString());
        Assert.Equal("approved", first.GetProperty("status").GetString());
        Assert.Equal("Délicieuses, signé Anne Revel", first.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("ip").GetString()));
        Assert.NotEqual(default, first.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal("pending", comments[1].GetProperty("status").GetString());
        Assert.DoesNotContain("Luc", comments.GetRawText());
    }

    [Fact]
    public async Task Erasure_OfACommentAuthor_LeavesNoNameEmailOrIpOfHers_AndLucsCommentUntouched()
    {
        using var shop = await BlogShop.StartAsync(null, "contacts");
        var anne = await CommentsByAnneAndLucAsync(shop);
        var lucBefore = (await shop.CommentRowsAsync()).Single(r => r.StartsWith("Luc|", StringComparison.Ordinal));

        var erased = await shop.Staff.PostAsync($"{Contacts}/{anne}/erase", null);
        var account = (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("blog").GetString();
        var rows = await shop.CommentRowsAsync();
        using var reader = shop.Visitor();
        var page = await reader.GetStringAsync($"{BlogShop.Public}/nos-truffes");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.StartsWith("1 commentaire(s) publié(s) remplacé(s)", account);
        Assert.Contains("1 commentaire(s) en attente ou refusé(s) supprimé(s)", account);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Auteur effacé|||Commentaire effacé à la demande de son auteur.|approved", rows[0]);
        Assert.Equal(lucBefore, rows[1]);
        Assert.All(rows, r => Assert.DoesNotContain("revel", r, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Revel", page);
        Assert.Contains("Bien dit", page);
    }

    /// <summary>Anne's approved and pending comments, then Luc's approved one; returns Anne's contact id.</summary>
    private static async Task<long> CommentsByAnneAndLucAsync(BlogShop shop)
    {
        await shop.CreateAsync(BlogShop.Post("Nos truffes"));
        var created = await shop.Staff.PostAsJsonAsync(Contacts, new { kind = "person", firstName = "Anne", lastName = "Revel", email = "anne.revel@exemple.fr" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contactId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("id").GetInt64();

        using var visitor = shop.Visitor();
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Délicieuses, signé Anne Revel", "Anne Revel", "Anne.Revel@Exemple.fr"));
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Encore une question", "Anne Revel", "Anne.Revel@Exemple.fr"));
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Bien dit", "Luc", "luc@exemple.fr"));
        var pending = await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/comments?status=pending");
        Assert.Equal(3, pending.GetArrayLength());
        foreach (var comment in pending.EnumerateArray().Where(c => c.GetProperty("body").GetString() != "Encore une question"))
        {
            var approved = await shop.Staff.PostAsync($"{BlogShop.Api}/comments/{comment.GetProperty("id").GetInt64()}/approve", null);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        return contactId;
    }
}
