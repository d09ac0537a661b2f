using System.Net.Mail;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Stats;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>
/// The e-mailing module's side of <see cref="IMailOutbox"/>: the same outbox, signed links, unsubscribe headers and
/// statistics as campaigns, for messages other modules render themselves. Scoped: it serves the shop of the request or job.
/// </summary>
internal sealed class MailOutbox(IAudience audience, EmailingOptions options, ShopContext shop, TimeProvider clock) : IMailOutbox
{
    public async Task<MailReceipt> EnqueueAsync(IShopSql db, MailRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        var marketing = request.Purpose == MailPurpose.Marketing;
        if (marketing && await RefusalAsync(db, request, cancellationToken) is { } refused)
        {
            return new MailReceipt(null, refused);
        }

        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var message = new OutgoingMessage(
            marketing ? OutboxKinds.Marketing : OutboxKinds.Transactional, request.ToAddress.Trim(), request.ToName,
            settings.FromAddress ?? options.DefaultFromAddress, settings.FromName ?? shop.Name, request.Subject.Trim())
        {
            ContactId = request.ContactId,
            Stream = request.Stream,
            Topic = marketing ? request.Topic : null,
            TopicLabel = marketing ? request.TopicLabel : null,
            Attachments = request.Attachments is { Count: > 0 } files ? [.. files.Select(f => AttachmentRules.Of(f.FileName, f.ContentType, f.Content))] : [],
        };
        if (marketing)
        {
            var links = ShopLinks.For(options, request.BaseUrl ?? "http://localhost", shop, settings);
            var (html, text) = MarketingMarkup.Apply(request.Html, request.Text, links, message.Ref, shop.Name);
            message = message with { Html = html, Text = text, Headers = Unsubscribe.Headers(links.UnsubscribeUrl(message.Ref)) };
        }
        else
        {
            message = message with { Html = request.Html, Text = request.Text ?? MarketingMarkup.PlainText(request.Html) };
        }

        await OutboxStore.EnqueueAsync(db, message, clock.GetUtcNow(), cancellationToken);
        return new MailReceipt(message.MessageId, null);
    }

    public Task<MailStreamStats> StatsAsync(IShopSql db, string stream, CancellationToken cancellationToken = default) =>
        MessageStats.ForStreamAsync(db, stream, cancellationToken);

    private static void Check(MailRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Stream) || request.Stream.Length > 100)
        {
            throw new ArgumentException("Stream: a key of 1 to 100 characters is required (for example newsletter:issue:42).", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.ToAddress))
        {
            throw new ArgumentException("ToAddress: the recipient's address is required.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new ArgumentException("Subject: a subject is required.", nameof(request));
        }

        foreach (var (file, index) in (request.Attachments ?? []).Select((f, i) => (f, i)))
        {
            if ((AttachmentRules.FileNameProblem(file.FileName) ?? AttachmentRules.ContentProblem(file.Content)) is { } problem)
            {
                throw new ArgumentException($"Attachments[{index}]: {problem}", nameof(request));
            }
        }
    }

    // The caller holds the consent basis (a confirmed subscription, a programme's terms); what the contacts module knows
    // against it always wins: a global opt-out, an opt-out of this list, a disabled address.
    private async Task<string?> RefusalAsync(IShopSql db, MailRequest request, CancellationToken ct)
    {
        if (!MailAddress.TryCreate(request.ToAddress.Trim(), out _))
        {
            return "invalid_address";
        }

        if (request.ContactId is not { } contactId)
        {
            return null;
        }

        return await audience.FindAsync(db, contactId, AudienceChannel.Email, ct) switch
        {
            null => "no_contact",
            { AddressDisabledReason: not null } => "address_disabled",
            { Status: MarketingStatus.Withdrawn } => "withdrawn",
            var m when request.Topic is { } topic && m.WithdrawnTopics.Contains(topic, StringComparer.OrdinalIgnoreCase) => "topic_withdrawn",
            _ => null,
        };
    }
}
