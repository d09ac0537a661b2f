using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>A public post: Open Graph and meta tags, the body from Markdown, tags, approved comments and the comment form.</summary>
internal static class PostPage
{
    public static async Task<IResult> RenderAsync(
        HttpContext http, IShopDb db, PostRow post, ShopContext shop, PublicUrls urls, CommentGuard guard, CommentForm? form, CommentOutcome? outcome, CancellationToken ct)
    {
        var tags = await PostStore.TagsAsync(db, post.Id, ct);
        var comments = await CommentStore.ApprovedAsync(db, post.Id, ct);
        var url = urls.Post(post.Slug);
        var description = post.Excerpt ?? MarkdownRenderer.PlainExcerpt(post.Body);
        var head = new StringBuilder($"""
            <meta name="description" content="{E(description)}">
            <link rel="canonical" href="{E(url)}">
            <meta property="og:type" content="article"><meta property="og:title" content="{E(post.Title)}"><meta property="og:description" content="{E(description)}">
            <meta property="og:url" content="{E(url)}"><meta property="og:site_name" content="{E(shop.Name)}"><meta property="og:locale" content="fr_FR">
            <meta property="article:published_time" content="{post.PublishAt:O}">
            """);
        if (post.CoverFile is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:image\" content=\"{E(urls.Media(post.CoverFile))}\"><meta name=\"twitter:card\" content=\"summary_large_image\">");
        }

        foreach (var tag in tags)
        {
            head.Append(CultureInfo.InvariantCulture, $"<meta property=\"article:tag\" content=\"{E(tag.Name)}\">");
        }

        var body = new StringBuilder("<article>");
        body.Append(CultureInfo.InvariantCulture, $"<h1>{E(post.Title)}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\"><time datetime=\"{post.PublishAt:O}\">{E(Date(post.PublishAt, French))}</time>{(post.Author is null ? string.Empty : " · " + E(post.Author))}</p>");
        if (post.CoverFile is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<img class=\"cover\" src=\"{E(urls.Media(post.CoverFile))}\" alt=\"\">");
        }

        body.Append("<div class=\"content\">").Append(MarkdownRenderer.ToHtml(post.Body)).Append("</div>");
        if (tags.Count > 0)
        {
            body.Append("<p class=\"tags\">Étiquettes : ");
            body.AppendJoin(' ', tags.Select(t => $"<a rel=\"tag\" href=\"{E(urls.Tag(t.Slug))}\">{E(t.Name)}</a>"));
            body.Append("</p>");
        }

        body.Append("</article>");
        body.Append(CommentsSection(http, db.ShopId, post, url, comments, guard, form, outcome));
        var status = outcome?.Kind switch
        {
            CommentOutcome.Invalid => StatusCodes.Status400BadRequest,
            CommentOutcome.TooMany => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status200OK,
        };
        return PublicLayout.Page(shop.Name, urls, $"{post.Title} — {shop.Name}", head.ToString(), body.ToString(), status);
    }

    private static string CommentsSection(HttpContext http, long shopId, PostRow post, string url, IReadOnlyList<CommentRow> comments, CommentGuard guard, CommentForm? form, CommentOutcome? outcome)
    {
        var html = new StringBuilder("<section id=\"comments\"><h2>Commentaires</h2>");
        if (http.Request.Query["comment"] == "held")
        {
            html.Append("<p class=\"notice\" role=\"status\">Merci ! Votre commentaire sera publié après relecture.</p>");
        }

        if (comments.Count == 0)
        {
            html.Append("<p>Pas encore de commentaire.</p>");
        }

        foreach (var c in comments)
        {
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"comment\" id=\"comment-{c.Id}\"><p class=\"meta\"><strong>{E(c.AuthorName)}</strong>, {E(Date(c.CreatedAt, French))}</p>");
            html.AppendJoin(string.Empty, c.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => $"<p>{E(line)}</p>"));
            html.Append("</article>");
        }

        var errors = outcome?.Errors;
        if (outcome?.Kind == CommentOutcome.TooMany)
        {
            html.Append("<p class=\"error\" role=\"alert\">Trop de commentaires envoyés depuis votre connexion : réessayez dans quelques minutes.</p>");
        }
        else if (errors?["started"] is { } started)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{E(started)}</p>");
        }

        var tokens = http.RequestServices.GetService(typeof(IAntiforgery)) is IAntiforgery antiforgery ? antiforgery.GetAndStoreTokens(http) : null;
        html.Append(CultureInfo.InvariantCulture, $"""
            <h3>Laisser un commentaire</h3>
            <p class="meta">Les commentaires sont publiés après relecture. Votre e-mail n'est jamais affiché.</p>
            <form method="post" action="{E(url)}/comments#comments" novalidate>
            <input type="hidden" name="{E(tokens?.FormFieldName)}" value="{E(tokens?.RequestToken)}">
            <input type="hidden" name="started" value="{E(guard.Issue(shopId, post.Id))}">
            <div class="hp" aria-hidden="true"><label for="website">Ne pas remplir</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
            {Field("name", "Nom", "text", "name", form?.Name, errors?["name"])}
            {Field("email", "E-mail (non publié)", "email", "email", form?.Email, errors?["email"])}
            <div class="field"><label for="body">Commentaire</label><textarea id="body" name="body" rows="5"{Invalid("body", errors)}>{E(form?.Body)}</textarea>{Error("body", errors)}</div>
            <button type="submit">Envoyer le commentaire</button>
            </form></section>
            """);
        return html.ToString();
    }

    private static string Field(string name, string label, string type, string autocomplete, string? value, string? error) =>
        $"<div class=\"field\"><label for=\"{name}\">{E(label)}</label><input id=\"{name}\" name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\" value=\"{E(value)}\"" +
        (error is null ? ">" : $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"><p class=\"error\" id=\"{name}-error\">{E(error)}</p>") + "</div>";

    private static string Invalid(string name, FormErrors? errors) => FormErrors.DescribedBy(name, errors?[name]);

    private static string Error(string name, FormErrors? errors) =>
        errors?[name] is { } error ? $"<p class=\"error\" id=\"{name}-error\">{E(error)}</p>" : string.Empty;
}
