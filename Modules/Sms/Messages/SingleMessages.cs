using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Outbox;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Messages;

/// <summary>Preview and send one text to one contact: shared by the API and the staff page, errors keyed by field.</summary>
internal sealed class SingleMessages(IShopDb db, IAudience audience, SmsOptions options, ShopContext shop)
{
    public async Task<(PreviewView? Preview, Dictionary<string, string[]> Errors)> PreviewAsync(MessageInput input, CancellationToken ct)
    {
        if (CampaignValidator.TextErrors(input.Text) is { } errors)
        {
            return (null, new() { ["text"] = errors });
        }

        var member = input.ContactId is { } id ? await audience.FindAsync(db, id, AudienceChannel.Sms, ct) : RecipientModel.Sample;
        if (member is null)
        {
            return (null, new() { ["contactId"] = [$"Aucun contact n° {input.ContactId} dans cette boutique."] });
        }

        var sms = await ShopSms.LoadAsync(db, options, ct);
        var promotional = input.Promotional ?? true;
        var (text, measure) = new SmsRenderer(input.Text!, shop.Name, shop.Culture, promotional ? sms.Settings.StopMention : null).Render(member);
        return (PreviewView.From(text, measure, member.Address, sms, promotional), []);
    }

    /// <summary>Enqueues the text, due now (service) or at the next window (promotional); the id and due time, or the errors.</summary>
    public async Task<(long Id, DateTimeOffset DueAt, PreviewView? Preview, Dictionary<string, string[]> Errors)> SendAsync(MessageInput input, DateTimeOffset now, CancellationToken ct)
    {
        if (input.ContactId is null)
        {
            return (0, now, null, new() { ["contactId"] = ["Choisissez le contact (contactId)."] });
        }

        var (preview, errors) = await PreviewAsync(input, ct);
        if (preview is null)
        {
            return (0, now, null, errors);
        }

        var member = (await audience.FindAsync(db, input.ContactId.Value, AudienceChannel.Sms, ct))!;
        var refusal = preview.Promotional
            ? LawfulRecipients.Exclusion(member)
            : !LawfulRecipients.IsNumber(member.Address) ? "no_number" : member.AddressDisabledReason is null ? null : "number_disabled";
        if (refusal is not null)
        {
            return (0, now, null, new() { ["contactId"] = [Refusal(refusal)] });
        }

        var sms = await ShopSms.LoadAsync(db, options, ct);
        var measure = Counting.SmsCounter.Measure(preview.Text);
        var queued = new QueuedSms(OutboxKinds.Single, preview.Promotional, member.Address!, sms.Sender, preview.Text, measure, preview.Promotional ? sms.Window.NextOpen(now) : now)
        {
            ContactId = member.ContactId,
        };
        var id = await db.InTransactionAsync(tx => OutboxStore.EnqueueAsync(tx, queued, now, ct), ct);
        return (id, TimeZoneInfo.ConvertTime(queued.DueAt, sms.Window.Zone), preview, []); // shown in the shop's time
    }

    private static string Refusal(string reason) => reason switch
    {
        "no_number" => "Ce contact n'a pas de numéro de mobile.",
        "invalid_number" => "Le numéro de mobile de ce contact n'est pas au format international (+33…).",
        "number_disabled" => "Le numéro de ce contact est désactivé.",
        "withdrawn" => "Ce contact a retiré son consentement aux SMS (STOP) : pas de SMS promotionnel.",
        _ => "Ce contact n'a pas donné son consentement aux SMS : pas de SMS promotionnel.",
    };
}
