using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.CustomFields;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Insight;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts/{id}</c>: identity, consents per channel with their log, interactions, custom values,
/// purchases and value, and the RGPD actions. Each form posts to its own address (<see cref="ContactDetailForms"/>)
/// and, refused, comes back here with a 400 and the message next to the field.
/// </summary>
internal static class ContactDetailPage
{
    public static readonly string[] StaffInteractionKinds = ["note", "call", "meeting"];

    public static void Map(IEndpointRouteBuilder pages) =>
        pages.MapGet("/{id:long}", (IShopDb db, IShopPages shop, TimeProvider clock, long id, string? done, CancellationToken ct) => RenderAsync(db, shop, clock, id, done, null, ct));

    internal static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, string? done, FailedForm? failed, CancellationToken ct)
    {
        var contact = await ContactStore.FindAsync(db, id, ct);
        if (contact is null)
        {
            return PageResults.ContactNotFound(pages, id);
        }

        var t = PageText.For(pages.Language);
        var culture = new PageCulture(pages.Language);
        var consents = await ConsentEndpoints.CurrentAsync(db, id, ct);
        var log = await ConsentEndpoints.LogAsync(db, id, ct);
        var interactions = await InteractionEndpoints.ForContactAsync(db, id, ct);
        var fields = await CustomFieldEndpoints.ListAsync(db, ct);
        var values = await CustomFieldEndpoints.ValuesAsync(db, id, ct);
        var insight = ApiOutcome.Of(await InsightEndpoints.InsightAsync(db, clock, id, ct)).Value as CustomerInsight;
        string Channel(string c) => t["channel_" + c];
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Self = $"{pages.BasePath}/{id}",
            Antiforgery = pages.Antiforgery,
            Done = done is "created" or "updated" or "consent" or "interaction" or "custom" or "merged" ? t["done_" + done] : null,
            CanErase = contact.ErasedAt is null,
            HasConsentLog = log.Count > 0,
            HasPurchases = insight is { Purchases.PurchaseCount: > 0 } || insight is { Purchases.Purchases.Count: > 0 },
            Identity = new[]
            {
                (t["kind"], contact.Kind == ContactKinds.Company ? t["kind_company"] : t["kind_person"]),
                (t["email"], contact.Email),
                (t["phone"], contact.Phone),
                (t["mobile"], contact.Mobile),
                (t["address"], contact.Address),
                (t["postcode"], contact.Postcode),
                (t["city"], contact.City),
                (t["lifecycle"], t["lifecycle_" + (contact.Lifecycle is "customer" ? "customer" : "prospect")]),
                (t["created_on"], culture.DateTime(contact.CreatedAt)),
            }.Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => new { Label = f.Item1, Value = f.Item2 }).ToList(),
            Consents = Consents.Consents.Channels.Select(channel => consents.FirstOrDefault(c => c.Channel == channel) is { } c
                ? new { Channel = Channel(channel), State = t["consent_" + c.Status], Since = culture.Date(c.GivenAt), Source = c.Source }
                : new { Channel = Channel(channel), State = t["consent_unknown"], Since = "—", Source = (string?)null }).ToList(),
            ConsentLog = log.Select(c => new
            {
                Channel = Channel(c.Channel), State = t["consent_" + c.Status], Given = culture.Date(c.GivenAt), c.Source, c.Proof,
                Recorded = c.RecordedAt is { } r ? culture.DateTime(r) : string.Empty,
            }).ToList(),
            ConsentSelects = new[]
            {
                FailedForm.Select(failed, "consent", "channel", t["channel"], Consents.Consents.Channels.Select(c => (c, Channel(c)))),
                FailedForm.Select(failed, "consent", "status", t["state"], Consents.Consents.Statuses.Select(s => (s, t["consent_" + s]))),
            },
            ConsentInputs = new[]
            {
                FailedForm.Input(failed, "consent", "date", t["consent_date"], "date"),
                FailedForm.Input(failed, "consent", "source", t["source"]),
                FailedForm.Input(failed, "consent", "proof", t["proof"]),
            },
            Interactions = interactions.Select(i => new
            {
                When = culture.DateTime(i.OccurredAt), Kind = t.Table.TryGetValue("interaction_" + i.Kind, out var k) ? k : i.Kind, i.Subject, i.Body,
            }).ToList(),
            InteractionCount = interactions.Count,
            InteractionKind = FailedForm.Select(failed, "interaction", "kind", t["interaction_kind"], StaffInteractionKinds.Select(k => (k, t["interaction_" + k]))),
            InteractionSubject = FailedForm.Input(failed, "interaction", "subject", t["subject"]),
            InteractionBody = FailedForm.Input(failed, "interaction", "body", t["body"]),
            CustomFields = fields.Select(f => new
            {
                f.Code,
                f.Label,
                f.Type,
                Value = failed?.Form == "custom" ? failed.Value("custom", f.Code) : CustomFieldForm.Show(f.Type, values.GetValueOrDefault(f.Code), culture),
                Error = failed?.Error("custom", f.Code),
            }).ToList(),
            HasCustomFields = fields.Count > 0,
            Insight = insight is null ? null : new
            {
                Count = insight.Purchases.PurchaseCount,
                Total = culture.Money(insight.Purchases.TotalExclVat),
                Average = culture.Money(insight.Purchases.AverageBasketExclVat),
                First = culture.IsoDate(insight.Purchases.FirstPurchase),
                Last = culture.IsoDate(insight.Purchases.LastPurchase),
                Years = insight.Purchases.RevenueExclVatByYear.Select(y => new { Year = y.Key, Revenue = culture.Money(y.Value) }).ToList(),
                PerYear = culture.Number(insight.PurchasesPerYear),
                Rfm = t.Table.TryGetValue("rfm_" + insight.RfmSegment, out var rfm) ? rfm : insight.RfmSegment,
                Gross = culture.Money(insight.GrossValue),
                Net = culture.Money(insight.NetValue),
            },
        };
        var status = failed is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return await pages.RenderAsync(ContactEndpoints.DisplayName(contact), "pages/detail.html", model, status, ct);
    }
}
