using System.Text.Json;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// Sends an issue to its newsletter's confirmed subscribers through the e-mailing module's outbox, in one transaction:
/// claim (draft or scheduled → sending), one marketing message each with the newsletter as topic and the issue as stream,
/// then sent with its counts and web version. A personal issue (<c>{{ subscriber.first_name }}</c>) is rendered
/// per recipient from templates parsed once; the archive keeps the version written to nobody. A subscriber the e-mailing module refuses because they left this
/// newsletter through an unsubscribe link is marked unsubscribed here.
/// </summary>
internal sealed class IssueSender(IShopDb db, IMailOutbox outbox, IAudience audience, IssueRenderer renderer, NewsletterOptions options, ShopContext shop, TimeProvider clock)
{
    /// <summary>The counts, or null when the issue is not a draft or scheduled (sent already, or being sent elsewhere).</summary>
    public async Task<SendResult?> SendAsync(long issueId, string baseUrl, CancellationToken ct)
    {
        if (await IssueStore.FindAsync(db, issueId, ct) is not { Status: "draft" or "scheduled" } issue)
        {
            return null;
        }

        var list = (await ListStore.FindAsync(db, issue.ListId, ct))!;
        var links = PublicLinks.For(options, issue.BaseUrl ?? baseUrl, shop);
        var now = clock.GetUtcNow();
        var rendering = await renderer.PrepareAsync(list, issue, links, now, ct);
        var web = rendering.Render(Subscriber.Nobody);
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await IssueStore.StartSendingAsync(tx, issueId, now, ct) == 0)
                {
                    return null;
                }

                var refused = new Dictionary<string, int>();
                var recipients = 0;
                foreach (var subscriber in await SubscriptionStore.ListAsync(tx, list.Id, SubscriptionRow.Confirmed, ct))
                {
                    var rendered = rendering.IsPersonal ? rendering.Render(await ReaderAsync(tx, subscriber, ct)) : web;
                    var request = new MailRequest(
                        MailPurpose.Marketing, Topics.IssueStream(issueId), subscriber.Email, subscriber.FirstName, subscriber.ContactId,
                        rendered.Subject, rendered.Html, rendered.Text, list.Topic, list.Name, issue.BaseUrl ?? baseUrl);
                    var receipt = await outbox.EnqueueAsync(tx, request, ct);
                    if (receipt.Queued)
                    {
                        recipients++;
                        continue;
                    }

                    refused[receipt.RefusedReason!] = refused.GetValueOrDefault(receipt.RefusedReason!) + 1;
                    if (receipt.RefusedReason == "topic_withdrawn")
                    {
                        await SubscriptionStore.UnsubscribeAsync(tx, subscriber.Id, now, ct);
                    }
                }

                await IssueStore.FinishAsync(tx, issueId, recipients, JsonSerializer.Serialize(refused), web.Html, now, ct);
                return new SendResult(recipients, refused);
            },
            ct);
    }

    // The contact's own data when the contacts module has it, else the names given at sign-up.
    private async Task<Subscriber> ReaderAsync(IShopSql tx, SubscriptionRow row, CancellationToken ct)
    {
        var member = row.ContactId is { } id ? await audience.FindAsync(tx, id, AudienceChannel.Email, ct) : null;
        return new Subscriber(member?.Civility, member?.FirstName ?? row.FirstName, member?.LastName ?? row.LastName, row.Email);
    }
}
