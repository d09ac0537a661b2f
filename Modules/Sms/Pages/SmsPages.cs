using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Messages;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>
/// <c>/shops/{shop}/sms</c>: the campaigns, a text to one contact (<c>?contactId=</c> picks the contact) and a new
/// campaign, each with a preview (encoding, segments, cost) before sending. The same checks as the API, French or English.
/// </summary>
internal static class SmsPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", (IShopDb db, IShopPages page, long? contactId, CancellationToken ct) => ShowAsync(db, page, new SmsForm { ContactId = contactId }, new SmsForm(), string.Empty, [], 200, ct));
        pages.MapPost("/message", MessageAsync);
        pages.MapPost("/campaign", CampaignAsync);
        SettingsPage.Map(pages);
    }

    private static async Task<IResult> MessageAsync(
        IShopDb db, IShopPages page, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock, [FromForm] SmsForm form, CancellationToken ct)
    {
        var t = SmsText.For(page.Language);
        var messages = new SingleMessages(db, audience, options, shop);
        var input = new MessageInput(form.ContactId, form.Text, form.Promotional is not null);
        if (form.Action == "send")
        {
            var (id, dueAt, preview, errors) = await messages.SendAsync(input, clock.GetUtcNow(), ct);
            var done = preview is null ? string.Empty : $"<p class=\"notice\">{t.Format(t.Queued, id, Html.E(dueAt.DateTime.ToString("g", t.Culture)))}</p>{Html.Preview(t, preview)}";
            return await ShowAsync(db, page, preview is null ? form : new SmsForm(), new SmsForm(), done, errors, preview is null ? 400 : 200, ct);
        }

        var (shown, previewErrors) = await messages.PreviewAsync(input, ct);
        return await ShowAsync(db, page, form, new SmsForm(), shown is null ? string.Empty : Html.Preview(t, shown), previewErrors, shown is null ? 400 : 200, ct);
    }

    private static async Task<IResult> CampaignAsync(
        IShopDb db, IShopPages page, IAudience audience, SmsOptions options, ShopContext shop, TimeProvider clock, [FromForm] SmsForm form, CancellationToken ct)
    {
        var t = SmsText.For(page.Language);
        var errors = CampaignValidator.Validate(new CampaignInput(form.Name, form.Text, form.SegmentId));
        if (errors.Count > 0)
        {
            return await ShowAsync(db, page, new SmsForm(), form, string.Empty, errors, 400, ct);
        }

        if (form.Action != "send")
        {
            var (preview, previewErrors) = await new SingleMessages(db, audience, options, shop).PreviewAsync(new MessageInput(null, form.Text, true), ct);
            var members = await audience.SegmentMembersAsync(db, form.SegmentId!.Value, AudienceChannel.Sms, ct);
            var count = members is null ? t.SegmentMissing : t.Format(t.Lawful, LawfulRecipients.Select(members).Recipients.Count, members.Count);
            return await ShowAsync(db, page, new SmsForm(), form, preview is null ? string.Empty : $"{Html.Preview(t, preview)}<p>{count}</p>", previewErrors, 200, ct);
        }

        var id = await CampaignStore.InsertAsync(db, form.Name!.Trim(), form.Text!, form.SegmentId!.Value, clock.GetUtcNow(), ct);
        try
        {
            var sent = await new CampaignEnqueuer(db, audience, options, shop, clock).EnqueueAsync(id, null, ct);
            return await ShowAsync(db, page, new SmsForm(), new SmsForm(), $"<p class=\"notice\">{t.Format(t.CampaignQueued, id, sent?.Recipients ?? 0)}</p>", [], 200, ct);
        }
        catch (CampaignException ex)
        {
            return await ShowAsync(db, page, new SmsForm(), form, string.Empty, new() { [ex.Field] = [ex.Message] }, 400, ct);
        }
    }

    private static async Task<IResult> ShowAsync(
        IShopDb db, IShopPages page, SmsForm message, SmsForm campaign, string result, Dictionary<string, string[]> errors, int status, CancellationToken ct)
    {
        var t = SmsText.For(page.Language);
        var campaigns = await CampaignStore.ListAsync(db, ct);
        var body = $"<p><a href=\"{Html.E(page.BasePath)}/settings\">{t.SettingsLink}</a></p>" + Html.Errors(errors) + result
            + Html.MessageForm(t, page.BasePath, page.Antiforgery, message) + Html.CampaignForm(t, page.BasePath, page.Antiforgery, campaign) + Html.Campaigns(t, campaigns);
        return page.Page(t.Title, body, status);
    }
}
