using System.Text.Json;
using System.Text.Json.Nodes;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Blog.Privacy;

/// <summary>
/// The blog's part of the rights of access and erasure. Visitors comment without an account, so their comments are
/// found by e-mail address, ignoring case (the form stores it as typed). Erasure: approved comments stay as an
/// anonymous placeholder so the conversation under a post still reads in order; pending and rejected ones, never
/// public, are deleted. The text goes in both cases, see the README's "Personal data" section for why.
/// </summary>
internal sealed class BlogPersonalDataHandler : IPersonalDataHandler
{
    public const string ErasedAuthor = "Auteur effacé";

    public const string ErasedText = "Commentaire effacé à la demande de son auteur.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var comments = new List<PersonalComment>();
        foreach (var email in EmailsOf(subject))
        {
            comments.AddRange(await db.QueryAsync<PersonalComment>(
                """
                SELECT c.id AS Id, p.title AS PostTitle, p.slug AS PostSlug, c.author_name AS AuthorName, c.author_email AS AuthorEmail,
                       c.ip AS Ip, c.status AS Status, c.body AS Text, c.created_at AS CreatedAt, c.moderated_at AS ModeratedAt
                FROM blog_comments c JOIN blog_posts p ON p.id = c.post_id AND p.shop_id = c.shop_id
                WHERE c.shop_id = @shop AND LOWER(c.author_email) = @email
                ORDER BY c.created_at, c.id
                """,
                new { email },
                cancellationToken));
        }

        return comments.Count == 0 ? null : new JsonObject { ["comments"] = JsonSerializer.SerializeToNode(comments, Json) };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        int anonymised = 0, deleted = 0;
        foreach (var email in EmailsOf(subject))
        {
            deleted += await db.ExecuteAsync(
                "DELETE FROM blog_comments WHERE shop_id = @shop AND LOWER(author_email) = @email AND status <> @approved",
                new { email, approved = CommentStatus.Approved },
                cancellationToken);

            // author_email is NOT NULL: an empty string is the cleared address.
            anonymised += await db.ExecuteAsync(
                "UPDATE blog_comments SET author_name = @name, author_email = '', ip = NULL, body = @text WHERE shop_id = @shop AND LOWER(author_email) = @email",
                new { email, name = ErasedAuthor, text = ErasedText },
                cancellationToken);
        }

        return anonymised == 0 && deleted == 0
            ? "aucun commentaire"
            : $"{anonymised} commentaire(s) publié(s) remplacé(s) par « {ErasedAuthor} » (nom, e-mail, IP et texte effacés), {deleted} commentaire(s) en attente ou refusé(s) supprimé(s)";
    }

    // Lower-cased here so the query compares LOWER(column) with a plain parameter on every database.
    private static IEnumerable<string> EmailsOf(DataSubject subject) =>
        subject.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal);
}
