using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>Checks a <see cref="PostInput"/>; each refusal names its field (API JSON names) and the reason, in French.</summary>
internal static class PostValidator
{
    public const int MaxTags = 10;

    public static ValidPost? Validate(PostInput input, DateTimeOffset now, FormErrors errors)
    {
        var title = errors.Text(input.Title, "title", 200, required: true);
        var body = errors.Text(input.Body, "body", 200_000) ?? string.Empty;
        var excerpt = errors.Text(input.Excerpt, "excerpt", 500);
        var author = errors.Text(input.Author, "author", 120);
        var slug = Slug(input.Slug, errors);
        var tags = Tags(input.Tags, errors);
        var announceTo = errors.Text(input.AnnounceToNewsletter, "announceToNewsletter", 100);
        var status = string.IsNullOrWhiteSpace(input.Status) ? PostStatus.Draft : input.Status.Trim().ToLowerInvariant();
        if (!PostStatus.All.Contains(status))
        {
            errors.Add("status", $"Valeur attendue : {string.Join(", ", PostStatus.All)} (reçu « {input.Status} »).");
        }
        else if (status == PostStatus.Scheduled && input.PublishAt is not { } at)
        {
            errors.Add("publishAt", "Une date de publication est obligatoire pour programmer un article.");
        }
        else if (status == PostStatus.Scheduled && input.PublishAt <= now)
        {
            errors.Add("publishAt", "La date de publication programmée doit être dans le futur ; pour publier tout de suite, choisissez « publié ».");
        }
        else if (status == PostStatus.Published && input.PublishAt > now)
        {
            errors.Add("publishAt", "Cette date est dans le futur : choisissez « programmé » pour publier à cette date.");
        }

        return errors.Any ? null : new ValidPost(title!, slug, body, excerpt, tags, author, status, input.PublishAt, announceTo);
    }

    private static string? Slug(string? value, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slug = value.Trim();
        if (!Slugs.IsCanonical(slug))
        {
            errors.Add("slug", $"« {slug} » n'est pas valide : lettres minuscules sans accents, chiffres et tirets, {Slugs.MaxLength} caractères au plus (par exemple « {Slugs.From(slug)} »).");
            return null;
        }

        if (Slugs.Reserved.Contains(slug))
        {
            errors.Add("slug", $"« {slug} » est réservé aux pages du blog.");
            return null;
        }

        return slug;
    }

    private static IReadOnlyList<PostTag> Tags(IReadOnlyList<string>? values, FormErrors errors)
    {
        var tags = new List<PostTag>();
        foreach (var (value, index) in (values ?? []).Select((v, i) => (v, i)))
        {
            var name = value?.Trim() ?? string.Empty;
            var slug = Slugs.From(name, 40);
            if (name.Length > 40 || slug.Length == 0)
            {
                errors.Add($"tags[{index}]", $"« {name} » : une étiquette a de 1 à 40 caractères, dont au moins une lettre ou un chiffre.");
                return [];
            }

            if (tags.All(t => t.Slug != slug))
            {
                tags.Add(new PostTag(name, slug));
            }
        }

        if (tags.Count > MaxTags)
        {
            errors.Add("tags", $"{MaxTags} étiquettes au plus ({tags.Count} données).");
        }

        return tags;
    }
}
