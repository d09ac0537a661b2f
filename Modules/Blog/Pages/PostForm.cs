using System.Globalization;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Pages;

/// <summary>The fields the edit page posts (multipart, for the cover); names as in the API's JSON where they exist.</summary>
internal sealed record PostForm
{
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public string? Title { get; init; }

    public string? Slug { get; init; }

    public string? Body { get; init; }

    public string? Excerpt { get; init; }

    public string? Tags { get; init; }

    public string? Author { get; init; }

    public string? Status { get; init; }

    /// <summary>A <c>datetime-local</c> value, Paris time.</summary>
    public string? PublishAt { get; init; }

    public string? Announce { get; init; }

    public string? Newsletter { get; init; }

    public string? RemoveCover { get; init; }

    public static PostForm Of(PostRow post, IReadOnlyList<PostTag> tags) => new()
    {
        Title = post.Title, Slug = post.Slug, Body = post.Body, Excerpt = post.Excerpt, Tags = string.Join(", ", tags.Select(t => t.Name)),
        Author = post.Author, Status = post.Status, PublishAt = post.PublishAt is { } at ? Html.Local(at).ToString(LocalFormat, CultureInfo.InvariantCulture) : null,
        Announce = post.AnnounceTo is null ? null : "yes", Newsletter = post.AnnounceTo,
    };

    /// <summary>The API input, or the errors of the fields only this form has (date, newsletter).</summary>
    public PostInput ToInput(FormErrors errors)
    {
        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(PublishAt))
        {
            if (DateTime.TryParseExact(PublishAt.Trim(), [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                at = Html.FromLocal(local);
            }
            else
            {
                errors.Add("publishAt", $"« {PublishAt} » n'est pas une date et une heure (AAAA-MM-JJTHH:MM).");
            }
        }

        if (Announce == "yes" && string.IsNullOrWhiteSpace(Newsletter))
        {
            errors.Add("announceToNewsletter", "Indiquez la lettre d'information où annoncer l'article.");
        }

        var tags = (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PostInput(Title, Slug, Body, Excerpt, tags, Author, Status, at, Announce == "yes" ? Newsletter : null);
    }
}
