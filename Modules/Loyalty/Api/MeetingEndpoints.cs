using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// Hosts (home parties): <c>/api/shops/{shop}/loyalty/meetings</c>. Sales are recorded on an open meeting; closing it
/// (once: a conditional UPDATE) gives the host a voucher worth their share of the meeting's sales.
/// </summary>
internal static class MeetingEndpoints
{
    private const decimal DefaultSharePercent = 10m;
    private const int HostVoucherValidityDays = 365;

    public static void Map(IEndpointRouteBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Loyalty");
        meetings.MapGet("/", ListAsync).WithName("loyalty.meetings.list");
        meetings.MapPost("/", CreateAsync).WithName("loyalty.meetings.create");
        meetings.MapGet("/{id:long}", GetAsync).WithName("loyalty.meetings.get");
        meetings.MapPost("/{id:long}/sales", AddSaleAsync).WithName("loyalty.meetings.sales.add");
        meetings.MapPost("/{id:long}/close", CloseAsync).WithName("loyalty.meetings.close");
    }

    private static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct) =>
        Results.Ok(await MeetingStore.ListAsync(db, ct));

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, MeetingInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await OpenAsync(db, clock, input, ct), "Réunion refusée", view => Results.Created($"meetings/{view.Id}", view));

    /// <summary>Opens a meeting for a host (API and pages).</summary>
    public static async Task<Outcome<MeetingView>> OpenAsync(IShopDb db, TimeProvider clock, MeetingInput input, CancellationToken ct)
    {
        var errors = new InputErrors();
        if (input.HostContactId is not > 0)
        {
            errors.Add("hostContactId", "L'hôte (identifiant du module contacts) est obligatoire.");
        }

        var title = errors.Text(input.Title, "title", 200, required: true);
        var heldOn = errors.Date(input.HeldOn, "heldOn");
        if (heldOn is null && !errors.Errors.ContainsKey("heldOn"))
        {
            errors.Add("heldOn", "Obligatoire (AAAA-MM-JJ).");
        }

        var share = input.SharePercent ?? DefaultSharePercent;
        if (share is <= 0 or > 100)
        {
            errors.Add("sharePercent", $"Une part entre 0 et 100 % (reçu {share.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (errors.Any)
        {
            return Outcome<MeetingView>.Invalid(errors);
        }

        var id = await db.InsertAsync(
            """
            INSERT INTO loyalty_meetings (shop_id, host_contact_id, title, held_on, share_percent, created_at)
            VALUES (@shop, @host, @title, @heldOn, @share, @now)
            """,
            new { host = input.HostContactId, title, heldOn = SqlValues.Date(heldOn!.Value), share, now = clock.GetUtcNow() },
            ct);
        return (await MeetingStore.ViewAsync(db, id, CardEndpoints.Today(clock), ct))!;
    }

    private static async Task<IResult> GetAsync(IShopDb db, TimeProvider clock, long id, CancellationToken ct) =>
        await MeetingStore.ViewAsync(db, id, CardEndpoints.Today(clock), ct) is { } view ? Results.Ok(view) : NotFound(id);

    private static async Task<IResult> AddSaleAsync(IShopDb db, TimeProvider clock, long id, MeetingSaleInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await RecordSaleAsync(db, clock, id, input, ct), "Vente refusée", view => Results.Created($"meetings/{id}", view));

    /// <summary>Records a sale on an open meeting (API and pages); an invoice counts in one meeting only.</summary>
    public static async Task<Outcome<MeetingView>> RecordSaleAsync(IShopDb db, TimeProvider clock, long id, MeetingSaleInput input, CancellationToken ct)
    {
        var errors = new InputErrors();
        if (input.AmountInclVat is not > 0)
        {
            errors.Add("amountInclVat", "Le montant TTC de la vente doit être positif.");
        }

        var label = errors.Text(input.Label, "label", 200, required: false);
        if (errors.Any)
        {
            return Outcome<MeetingView>.Invalid(errors);
        }

        if (await MeetingStore.ViewAsync(db, id, CardEndpoints.Today(clock), ct) is not { } meeting)
        {
            return Missing(id);
        }

        if (meeting.ClosedAt is not null)
        {
            return Refusal.Conflict("meeting.closed", null, $"La réunion « {meeting.Title} » est close : elle ne reçoit plus de ventes.");
        }

        var reference = input.InvoiceId is { } invoice ? invoice.ToString("N") : "manual:" + Guid.NewGuid().ToString("N");
        var added = await db.InTransactionAsync(
            async tx =>
            {
                if (!await Claims.TryTakeAsync(tx, "meeting-sale:" + reference, ct))
                {
                    return false;
                }

                await tx.InsertAsync(
                    "INSERT INTO loyalty_meeting_sales (shop_id, meeting_id, invoice_ref, label, amount) VALUES (@shop, @id, @reference, @label, @amount)",
                    new { id, reference, label, amount = input.AmountInclVat },
                    ct);
                return true;
            },
            ct);
        return added
            ? (await MeetingStore.ViewAsync(db, id, CardEndpoints.Today(clock), ct))!
            : Refusal.Conflict("meeting.invoice_already_counted", "invoiceId", $"La facture {input.InvoiceId} compte déjà dans une réunion.");
    }

    private static async Task<IResult> CloseAsync(IShopDb db, TimeProvider clock, long id, CancellationToken ct) =>
        LoyaltyProblems.Answer(await CloseMeetingAsync(db, clock, id, ct), "Clôture refusée", Results.Ok);

    /// <summary>Closes a meeting once (API and pages) and gives the host their voucher.</summary>
    public static async Task<Outcome<MeetingView>> CloseMeetingAsync(IShopDb db, TimeProvider clock, long id, CancellationToken ct)
    {
        var today = CardEndpoints.Today(clock);
        if (await MeetingStore.ViewAsync(db, id, today, ct) is not { } meeting)
        {
            return Missing(id);
        }

        var value = RewardLines.HostVoucher(meeting.Sales.Select(s => s.Amount), meeting.SharePercent);
        if (value <= 0)
        {
            return Refusal.Conflict("meeting.no_sales", null, "Aucune vente enregistrée : rien à offrir à l'hôte.");
        }

        var now = clock.GetUtcNow();
        var closed = await db.InTransactionAsync(
            async tx =>
            {
                if (await tx.ExecuteAsync("UPDATE loyalty_meetings SET closed_at = @now WHERE shop_id = @shop AND id = @id AND closed_at IS NULL", new { id, now }, ct) == 0)
                {
                    return false;
                }

                var label = string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Hôte de « {meeting.Title} » : {meeting.SharePercent} % de {meeting.TotalSales:C}");
                await RewardStore.IssueAsync(
                    tx, new NewReward(meeting.HostContactId, null, null, id, RewardKinds.Amount, value, label, today, today.AddDays(HostVoucherValidityDays)), now, ct);
                return true;
            },
            ct);
        return closed
            ? (await MeetingStore.ViewAsync(db, id, today, ct))!
            : Refusal.Conflict("meeting.closed", null, $"La réunion « {meeting.Title} » est déjà close.");
    }

    private static Refusal Missing(long id) => Refusal.NotFound("Réunion introuvable", $"Aucune réunion n° {id} dans cette boutique.");

    private static IResult NotFound(long id) => LoyaltyProblems.Of(Missing(id));
}
