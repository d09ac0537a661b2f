namespace ModularCrm.Modules.Blog.Pages;

/// <summary>The words of the staff pages, French by default, English when the host says the user reads English.</summary>
internal sealed record StaffText
{
    public static readonly StaffText French = new();

    public static readonly StaffText English = new()
    {
        Culture = Html.English,
        Posts = "Blog posts", NewPost = "New post", EditPost = "Edit post", Comments = "Comments", NoPosts = "No posts yet.",
        Title = "Title", Slug = "Address (slug)", SlugHint = "Made from the title when left empty.", Body = "Text (Markdown)", Excerpt = "Excerpt",
        Tags = "Tags (comma-separated)", Author = "Author", Status = "Status", PublishAt = "Publication date (Paris time)", Cover = "Cover image (JPEG, PNG or WebP)",
        Announce = "Announce to a newsletter when published", Newsletter = "Newsletter (identifier)", Save = "Save", Delete = "Delete this post",
        Draft = "Draft", Scheduled = "Scheduled", Published = "Published", View = "View online", Saved = "Post saved.", NotSaved = "The post was not saved: fix the fields shown.",
        Pending = "Awaiting moderation", Approved = "Approved", Rejected = "Rejected", Approve = "Approve", Reject = "Reject", DeleteComment = "Delete",
        NoComments = "No comments here.", On = "on", Online = "online", CurrentCover = "Current cover", RemoveCover = "Remove the cover",
    };

    public System.Globalization.CultureInfo Culture { get; init; } = Html.French;

    public string Posts { get; init; } = "Articles du blog";
    public string NewPost { get; init; } = "Nouvel article";
    public string EditPost { get; init; } = "Modifier l'article";
    public string Comments { get; init; } = "Commentaires";
    public string NoPosts { get; init; } = "Aucun article pour le moment.";
    public string Title { get; init; } = "Titre";
    public string Slug { get; init; } = "Adresse (slug)";
    public string SlugHint { get; init; } = "Faite à partir du titre si vous la laissez vide.";
    public string Body { get; init; } = "Texte (Markdown)";
    public string Excerpt { get; init; } = "Résumé";
    public string Tags { get; init; } = "Étiquettes (séparées par des virgules)";
    public string Author { get; init; } = "Auteur";
    public string Status { get; init; } = "État";
    public string PublishAt { get; init; } = "Date de publication (heure de Paris)";
    public string Cover { get; init; } = "Image de couverture (JPEG, PNG ou WebP)";
    public string Announce { get; init; } = "Annoncer dans une lettre d'information à la publication";
    public string Newsletter { get; init; } = "Lettre d'information (identifiant)";
    public string Save { get; init; } = "Enregistrer";
    public string Delete { get; init; } = "Supprimer cet article";
    public string Draft { get; init; } = "Brouillon";
    public string Scheduled { get; init; } = "Programmé";
    public string Published { get; init; } = "Publié";
    public string View { get; init; } = "Voir en ligne";
    public string Saved { get; init; } = "Article enregistré.";
    public string NotSaved { get; init; } = "L'article n'a pas été enregistré : corrigez les champs signalés.";
    public string Pending { get; init; } = "En attente de modération";
    public string Approved { get; init; } = "Approuvés";
    public string Rejected { get; init; } = "Refusés";
    public string Approve { get; init; } = "Approuver";
    public string Reject { get; init; } = "Refuser";
    public string DeleteComment { get; init; } = "Supprimer";
    public string NoComments { get; init; } = "Aucun commentaire ici.";
    public string On { get; init; } = "sur";
    public string Online { get; init; } = "en ligne";
    public string CurrentCover { get; init; } = "Couverture actuelle";
    public string RemoveCover { get; init; } = "Retirer la couverture";

    public static StaffText For(string language) => language == "en" ? English : French;

    public string StatusName(string status) => status switch
    {
        "scheduled" => Scheduled,
        "published" => Published,
        _ => Draft,
    };
}
