using System.Data.Common;
using System.Globalization;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Subscriptions;

/// <summary>
/// Double opt-in. A sign-up request only stores a pending row and mails a signed link to the address; the consent
/// exists once that link is followed (<see cref="ConfirmAsync"/>). Whatever the address's state, the requester learns
/// nothing: the answer is the same, and confirmation e-mails are limited per address.
/// </summary>
internal sealed class SignupService(
    IShopDb db, IMailOutbox outbox, IAudience audience, IAudienceSignup signups, ITemplateRenderer templates, NewsletterOptions options, ShopContext shop, TimeProvider clock)
{
    public async Task RequestAsync(NewsletterList list, string email, string? firstName, string? lastName, PublicLinks links, string baseUrl, CancellationToken ct)
    {
        var signer = await ConfirmationSigner.ForAsync(db, options, ct);
        var now = clock.GetUtcNow();
        var existing = await SubscriptionStore.FindByEmailAsync(db, list.Id, email.ToLowerInvariant(), ct);
        if (existing is { Status: SubscriptionRow.Confirmed } && !await LeftThroughUnsubscribeLinkAsync(existing, list, now, ct))
        {
            return;
        }

        try
        {
            await db.InTransactionAsync(
                async tx =>
                {
                    var row = await SubscriptionStore.FindByEmailAsync(tx, list.Id, email.ToLowerInvariant(), ct);
                    var expiresAt = now + options.ConfirmationLifetime;
                    if (row is null)
                    {
                        var nonce = ConfirmationSigner.NewNonce();
                        var id = await SubscriptionStore.InsertPendingAsync(tx, list.Id, email, firstName, lastName, nonce, now, expiresAt, ct);
                        row = await SubscriptionStore.FindAsync(tx, id, ct);
                    }
                    else if (row.Status == SubscriptionRow.Unsubscribed || (row.Status == SubscriptionRow.Pending && row.ExpiresAt <= now))
                    {
                        await SubscriptionStore.RestartAsync(tx, row.Id, firstName, lastName, ConfirmationSigner.NewNonce(), now, expiresAt, ct);
                        row = await SubscriptionStore.FindAsync(tx, row.Id, ct);
                    }
                    else if (row.Status != SubscriptionRow.Pending || row.ConfirmationsSent >= options.MaxConfirmations
                        || row.ConfirmationSentAt > now - options.ConfirmationResendDelay)
                    {
                        return 0; // Confirmed, or enough mail sent to this address for now.
                    }

                    await MailConfirmationAsync(tx, list, row!, links.Confirm(signer.Sign(row!.Id, row.ConfirmNonce)), baseUrl, ct);
                    await SubscriptionStore.ConfirmationSentAsync(tx, row.Id, now, ct);
                    return 0;
                },
                ct);
        }
        catch (DbException)
        {
            // Two requests for the same address at once: the other one inserted the row and mails the link.
        }
    }

    /// <summary>Confirms the sign-up a link was sent for: the contact and its consent are recorded now, not before.</summary>
    public async Task<(NewsletterList List, SubscriptionRow Row)?> ConfirmAsync(string token, string proof, CancellationToken ct)
    {
        var signer = await ConfirmationSigner.ForAsync(db, options, ct);
        if (signer.Verify(token) is not { } link || await SubscriptionStore.FindAsync(db, link.Id, ct) is not { } row || row.ConfirmNonce != link.Nonce)
        {
            return null;
        }

        var list = (await ListStore.FindAsync(db, row.ListId, ct))!;
        var now = clock.GetUtcNow();
        if (row.Status == SubscriptionRow.Confirmed)
        {
            return (list, row);
        }

        return await db.InTransactionAsync<(NewsletterList, SubscriptionRow)?>(
            async tx =>
            {
                if (row.Status != SubscriptionRow.Pending || row.ExpiresAt <= now)
                {
                    return null;
                }

                var signup = new AudienceSignup(
                    AudienceChannel.Email, row.Email, row.FirstName, row.LastName, list.Topic, SubscriptionRow.ConsentSource,
                    $"inscription demandée le {row.RequestedAt:u}, lien de confirmation suivi le {now:u} ({proof})", now);
                var contactId = await signups.SignUpAsync(tx, signup, ct);
                return await SubscriptionStore.ConfirmAsync(tx, row.Id, contactId, now, ct) == 1
                    ? (list, (await SubscriptionStore.FindAsync(tx, row.Id, ct))!)
                    : null;
            },
            ct);
    }

    // A confirmed subscriber who used an issue's unsubscribe link is known to the contacts module (topic opt-out) before
    // the next issue marks the row: a new sign-up must then start a new double opt-in, not be ignored.
    private async Task<bool> LeftThroughUnsubscribeLinkAsync(SubscriptionRow row, NewsletterList list, DateTimeOffset now, CancellationToken ct)
    {
        var member = row.ContactId is { } id ? await audience.FindAsync(db, id, AudienceChannel.Email, ct) : null;
        if (member is not null && !member.WithdrawnTopics.Contains(list.Topic, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        await SubscriptionStore.UnsubscribeAsync(db, row.Id, now, ct);
        return true;
    }

    private async Task MailConfirmationAsync(IShopSql tx, NewsletterList list, SubscriptionRow row, string confirmUrl, string baseUrl, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(shop.Culture);
        var html = await templates.RenderAsync(
            "mail/confirmation.html",
            new
            {
                shop = new { name = shop.Name },
                newsletter = new { name = list.Name, slug = list.Slug },
                subscriber = new { first_name = row.FirstName, email = row.Email },
                confirm_url = confirmUrl,
                expires_at = row.ExpiresAt.UtcDateTime.ToString("dd/MM/yyyy HH:mm", culture) + " (UTC)",
            },
            ct);
        var request = new MailRequest(
            MailPurpose.Transactional, Topics.ConfirmationStream, row.Email, row.FirstName, null, $"Confirmez votre inscription à « {list.Name} »", html, BaseUrl: baseUrl);
        await outbox.EnqueueAsync(tx, request, ct);
    }
}
