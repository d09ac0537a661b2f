using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Counting;
using ModularCrm.Modules.Sms.Rules;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Modules.Sms.Stats;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Sms;

namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>
/// The SMS module's side of <see cref="ISmsOutbox"/>: the same outbox, rules and statistics as campaigns, for texts other
/// modules render themselves. There is no second send path: the row written here is delivered by <see cref="OutboxSender"/>,
/// which checks a marketing text's window and consent again when it leaves. Scoped: it serves the shop of the request or job.
/// </summary>
internal sealed class SmsOutbox(IAudience audience, SmsOptions options, TimeProvider clock) : ISmsOutbox
{
    public const int MaxText = 1000;

    public async Task<SmsReceipt> EnqueueAsync(IShopSql db, SmsRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        var marketing = request.Purpose == SmsPurpose.Marketing;
        var member = request.ContactId is { } id ? await audience.FindAsync(db, id, AudienceChannel.Sms, cancellationToken) : null;
        if (request.ContactId is not null && member is null)
        {
            return Refused("no_contact");
        }

        var number = marketing ? member!.Address : request.ToNumber?.Trim() ?? member?.Address;
        var refusal = marketing
            ? LawfulRecipients.Exclusion(member!)
            : string.IsNullOrEmpty(number) ? "no_number"
            : !LawfulRecipients.IsNumber(number) ? "invalid_number"
            : member?.AddressDisabledReason is not null && member.Address == number ? "number_disabled"
            : null;
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        var sms = await ShopSms.LoadAsync(db, options, cancellationToken);
        var text = marketing ? OptOutMention.Append(request.Text.Trim(), sms.Settings.StopMention) : request.Text.Trim();
        var now = clock.GetUtcNow();
        var queued = new QueuedSms(OutboxKinds.Module, marketing, number!, sms.Sender, text, SmsCounter.Measure(text), marketing ? sms.Window.NextOpen(now) : now)
        {
            ContactId = request.ContactId,
            Stream = request.Stream,
        };
        await OutboxStore.EnqueueAsync(db, queued, now, cancellationToken);
        return new SmsReceipt(queued.Ref, queued.DueAt, null);
    }

    public Task<SmsStreamStats> StatsAsync(IShopSql db, string stream, CancellationToken cancellationToken = default) =>
        SmsFigures.ForStreamAsync(db, stream, cancellationToken);

    private static SmsReceipt Refused(string reason) => new(null, null, reason);

    private static void Check(SmsRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Stream) || request.Stream.Length > 100)
        {
            throw new ArgumentException("Stream: a key of 1 to 100 characters is required (for example loyalty:birthday).", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxText)
        {
            throw new ArgumentException($"Text: 1 to {MaxText} characters are required.", nameof(request));
        }

        if (request.Purpose == SmsPurpose.Marketing && (request.ContactId is null || request.ToNumber is not null))
        {
            throw new ArgumentException("ContactId: a marketing text goes to a contact's own mobile (their SMS consent decides); ToNumber must be null.", nameof(request));
        }

        if (request.ContactId is null && string.IsNullOrWhiteSpace(request.ToNumber))
        {
            throw new ArgumentException("ToNumber: a text without a contact needs a number.", nameof(request));
        }
    }
}
