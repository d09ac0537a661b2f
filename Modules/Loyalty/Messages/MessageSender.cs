using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Sms;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>
/// Hands pending birthday and reward messages to the e-mailing and SMS modules, when they are there (a missing one is
/// recorded as <c>unavailable</c>). Both are marketing: the e-mailing module refuses an address that opted out or bounced,
/// the SMS module a contact without SMS consent, and the SMS waits for its sending window; loyalty does not decide consent
/// itself. The texts are the module's templates, which a shop may override (French by default).
/// </summary>
internal sealed class MessageSender(
    IShopDb db, IAudience audience, ITemplateRenderer templates, ShopContext shop, IMailOutbox? mail, ISmsOutbox? sms, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>The number of messages this pass took (queued or refused by both channels).</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        var taken = 0;
        foreach (var row in await MessageStore.PendingAsync(db, BatchSize, ct))
        {
            taken += await SendAsync(row, ct) ? 1 : 0;
        }

        return taken;
    }

    private async Task<bool> SendAsync(MessageRow row, CancellationToken ct)
    {
        var card = await CardStore.FindByIdAsync(db, row.CardId, ct);
        var email = card is null ? null : await audience.FindAsync(db, card.ContactId, AudienceChannel.Email, ct);
        var reward = row.RewardId is { } rewardId ? await RewardStore.FindAsync(db, rewardId, ct) : null;
        var texts = card is null ? null : await RenderAsync(row.Occasion, MessageModel.For(shop.Name, card, email, reward), ct);
        var stream = MessageOccasions.Stream(row.Occasion);
        return await db.InTransactionAsync(
            async tx =>
            {
                if (!await MessageStore.TakeAsync(tx, row.Id, clock.GetUtcNow(), ct))
                {
                    return false; // another pass or host took it
                }

                if (card is null || texts is null)
                {
                    await MessageStore.RecordAsync(tx, row.Id, "no_card", "no_card", ct); // merged away meanwhile
                    return true;
                }

                var address = email?.Address ?? card.Email;
                var emailResult = mail is null ? "unavailable"
                    : address is null ? "no_address"
                    : await ResultAsync(async () => (await mail.EnqueueAsync(tx, new MailRequest(
                        MailPurpose.Marketing, stream, address, email?.DisplayName ?? card.HolderName, card.ContactId, texts.Subject, texts.Html,
                        Topic: "loyalty", TopicLabel: $"Programme de fidélité {shop.Name}"), ct)).RefusedReason);
                var smsResult = sms is null ? "unavailable"
                    : await ResultAsync(async () => (await sms.EnqueueAsync(tx, new SmsRequest(SmsPurpose.Marketing, stream, card.ContactId, texts.Sms), ct)).RefusedReason);
                await MessageStore.RecordAsync(tx, row.Id, emailResult, smsResult, ct);
                return true;
            },
            ct);
    }

    private async Task<RenderedTexts> RenderAsync(string occasion, MessageModel model, CancellationToken ct) =>
        new(
            (await templates.RenderAsync($"messages/{occasion}-subject.txt", model, ct)).Trim(),
            await templates.RenderAsync($"messages/{occasion}.html", model, ct),
            (await templates.RenderAsync($"messages/{occasion}-sms.txt", model, ct)).Trim());

    // An outbox refuses a malformed request (an overridden template rendering an empty or too long text): the other
    // channel still goes, and the reason is kept on the message.
    private static async Task<string> ResultAsync(Func<Task<string?>> enqueue)
    {
        try
        {
            return await enqueue() ?? "queued";
        }
        catch (ArgumentException)
        {
            return "invalid_text";
        }
    }

    private sealed record RenderedTexts(string Subject, string Html, string Sms);
}
