using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Comments;

/// <summary>
/// A visitor's comment: honeypot, fill time, fields, then the per-IP rate limit; stored as pending for moderation.
/// A robot caught by the honeypot is told "held" like a person, so it learns nothing, and nothing is stored.
/// </summary>
internal sealed class CommentPoster(IShopDb db, CommentGuard guard, BlogOptions options, TimeProvider clock)
{
    public async Task<CommentOutcome> PostAsync(PostRow post, CommentForm form, string ip, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (!string.IsNullOrEmpty(form.Website))
        {
            return new CommentOutcome(CommentOutcome.Held, errors);
        }

        switch (guard.Check(form.Started, db.ShopId, post.Id))
        {
            case CommentGuard.TooFast:
                errors.Add("started", "Envoyé trop vite : relisez votre commentaire puis envoyez-le de nouveau.");
                break;
            case CommentGuard.Expired:
                errors.Add("started", "Le formulaire a expiré : envoyez votre commentaire de nouveau.");
                break;
            case CommentGuard.Forged:
                errors.Add("started", "Formulaire incomplet : rechargez la page puis envoyez votre commentaire.");
                break;
        }

        var name = errors.Text(form.Name, "name", 100, required: true);
        var email = errors.Text(form.Email, "email", 254, required: true);
        if (email is not null && !LooksLikeEmail(email))
        {
            errors.Add("email", $"« {email} » n'est pas une adresse e-mail.");
        }

        var body = errors.Text(form.Body, "body", 5000, required: true);
        if (errors.Any)
        {
            return new CommentOutcome(CommentOutcome.Invalid, errors);
        }

        var now = clock.GetUtcNow();
        if (await CommentStore.CountFromIpAsync(db, ip, now - options.CommentWindow, ct) >= options.CommentsPerWindow)
        {
            return new CommentOutcome(CommentOutcome.TooMany, errors);
        }

        await CommentStore.InsertAsync(db, new NewComment(post.Id, name!, email!, body!, ip), now, ct);
        return new CommentOutcome(CommentOutcome.Held, errors);
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
