using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>The staff pages without JavaScript: plain forms (multipart for the cover), French by default, English on request.</summary>
public sealed partial class BlogStaffPageTests
{
    private const string Pages = "/shops/alpha/blog";

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];

    [Fact]
    public async Task NewPostForm_Multipart_CreatesThePostWithItsCoverAndShowsItInTheList()
    {
        using var shop = await BlogShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var form = await staff.GetPageAsync($"{Pages}/new");
        var created = await staff.Client.PostAsync($"{Pages}/new", Multipart(form, new()
        {
            ["title"] = "Crème brûlée maison", ["body"] = "La **recette**.", ["tags"] = "Dessert, Recette", ["author"] = "Marie",
            ["status"] = "published", ["announce"] = "yes", ["newsletter"] = "gourmands",
        }, Jpeg));
        var edit = await staff.GetPageAsync(created.Headers.Location!.ToString());
        var list = await staff.GetPageAsync(Pages);
        var post = (await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/posts"))[0];

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Article enregistré.", edit);
        Assert.Contains("value=\"creme-brulee-maison\"", edit);
        Assert.Contains("Crème brûlée maison", list);
        Assert.Contains("Publié", list);
        Assert.Equal(["Dessert", "Recette"], post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.EndsWith(".jpg", post.GetProperty("coverUrl").GetString());
        Assert.Equal("gourmands", Assert.Single(await shop.AnnouncementsAsync()).GetProperty("announceToNewsletter").GetString());
    }

    [Fact]
    public async Task NewPostForm_WrongValues_Is400WithMessagesNextToFieldsAndNothingSaved()
    {
        using var shop = await BlogShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var form = await staff.GetPageAsync($"{Pages}/new");
        var refused = await staff.Client.PostAsync($"{Pages}/new", Multipart(form, new()
        {
            ["title"] = "", ["body"] = "Texte gardé", ["status"] = "scheduled", ["publishAt"] = "demain",
        }, "GIF89a"u8.ToArray()));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"publishAt-error\">« demain » n&#x27;est pas une date", page);
        Assert.Contains(">Texte gardé</textarea>", page);
        Assert.Equal(0, (await shop.Staff.GetFromJsonAsync<JsonElement>($"{BlogShop.Api}/posts")).GetArrayLength());
    }

    [Fact]
    public async Task ModerationPage_ApproveButton_PublishesTheComment()
    {
        using var shop = await BlogShop.StartAsync();
        await shop.CreateAsync(BlogShop.Post("Nos truffes"));
        using var visitor = shop.Visitor();
        await BlogShop.CommentAsync(visitor, "nos-truffes", BlogShop.Comment("Délicieux"));
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var moderation = await staff.GetPageAsync($"{Pages}/comments");
        var id = CommentId().Match(moderation).Groups[1].Value;
        var approved = await staff.PostFormAsync($"{Pages}/comments", $"{Pages}/comments/{id}/approve", new Dictionary<string, string> { ["returnTo"] = "pending" });

        Assert.Contains("Délicieux", moderation);
        Assert.Contains("luc@exemple.fr", moderation);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Délicieux", await visitor.GetStringAsync($"{BlogShop.Public}/nos-truffes"));
        Assert.Contains("Aucun commentaire ici.", await staff.GetPageAsync($"{Pages}/comments"));
    }

    [Fact]
    public async Task Pages_UserWhoChoseEnglish_SeesThemInEnglish()
    {
        using var shop = await BlogShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var french = await staff.GetPageAsync(Pages);

        await staff.PostFormAsync(Pages, "/account/language", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = Pages });
        var english = await staff.GetPageAsync(Pages);
        var form = await staff.GetPageAsync($"{Pages}/new");

        Assert.Contains("Articles du blog", french);
        Assert.Contains("Blog posts", english);
        Assert.Contains("No posts yet.", english);
        Assert.Contains("Publication date (Paris time)", form);
    }

    private static MultipartFormDataContent Multipart(string formPage, Dictionary<string, string> fields, byte[] cover)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(formPage).Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(cover);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "cover", "photo.jpg");
        return content;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("id=\"comment-(\\d+)\"")]
    private static partial Regex CommentId();
}
