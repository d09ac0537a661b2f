using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Messages;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>
/// Earning and taking back, inside the transaction of one event delivery. Every step that must happen once per invoice
/// or credit note starts by taking its claim (<see cref="Claims"/>), so a repeated or concurrent delivery changes nothing.
/// </summary>
internal sealed class Earning(IShopTransaction tx, DateTimeOffset now, CancellationToken ct)
{
    private DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>Records the purchase (statistics, sanity check) once per invoice.</summary>
    public async Task RecordPurchaseAsync(Guid invoiceId, long contactId, DateOnly date, decimal amount)
    {
        if (await Claims.TryTakeAsync(tx, Claims.Purchase(invoiceId), ct))
        {
            await tx.ExecuteAsync(
                "INSERT INTO loyalty_purchases (shop_id, invoice_id, contact_id, purchase_date, amount) VALUES (@shop, @invoiceId, @contactId, @date, @amount)",
                new { invoiceId = invoiceId.ToString("N"), contactId, date = SqlValues.Date(date), amount },
                ct);
        }
    }

    /// <summary>Earns the invoice in every program of <paramref name="trigger"/> that applies on <paramref name="date"/>.</summary>
    public async Task EarnAsync(string trigger, Guid invoiceId, long contactId, DateOnly date, decimal total)
    {
        var programs = (await ProgramStore.ListAsync(tx, ct)).Where(p => p.EarnOn == trigger && p.AppliesOn(date)).ToList();
        if (programs.Count == 0)
        {
            return;
        }

        var card = await CardStore.FindByContactAsync(tx, contactId, ct);
        if (card is null && programs.Any(p => p.AutoIssueCards))
        {
            card = (await CardStore.IssueAsync(tx, contactId, null, null, "auto", now, ct)).Card;
        }

        if (card is null)
        {
            return;
        }

        var credited = SqlValues.Money((await tx.QueryFirstOrDefaultAsync<NumberRow>(
            "SELECT SUM(amount) AS Value FROM loyalty_credits WHERE shop_id = @shop AND invoice_id = @invoiceId", new { invoiceId = invoiceId.ToString("N") }, ct))?.Value);
        var net = Math.Max(SqlValues.Money(total - credited), 0);
        foreach (var program in programs)
        {
            if (!await Claims.TryTakeAsync(tx, Claims.Earn(program.Id, invoiceId), ct))
            {
                continue;
            }

            var units = program.UnitsFor(net);
            await MovementStore.AddAsync(tx, new NewMovement(card.Id, program.Id, MovementKinds.Earn, units, net, invoiceId, null, date, program.ExpiryFor(date)), now, ct);
            await ConvertAsync(program, card);
        }
    }

    /// <summary>Takes back, once per credit note, what the credited invoice earned in each program.</summary>
    public async Task ReverseAsync(CreditNoteValidatedPayload credit)
    {
        if (!await Claims.TryTakeAsync(tx, Claims.Credit(credit.CreditNoteId), ct))
        {
            return;
        }

        await tx.ExecuteAsync(
            """
            INSERT INTO loyalty_credits (shop_id, credit_note_id, invoice_id, contact_id, credit_date, amount)
            VALUES (@shop, @creditNoteId, @invoiceId, @contactId, @date, @amount)
            """,
            new
            {
                creditNoteId = credit.CreditNoteId.ToString("N"),
                invoiceId = credit.InvoiceId.ToString("N"),
                contactId = credit.ContactId,
                date = SqlValues.Date(credit.Date),
                amount = credit.TotalInclVat,
            },
            ct);

        var movements = await MovementStore.OfInvoiceAsync(tx, credit.InvoiceId, ct);
        foreach (var earned in movements.Where(m => m.Kind == MovementKinds.Earn))
        {
            if (await ProgramStore.FindAsync(tx, earned.ProgramId, ct) is not { } program)
            {
                continue;
            }

            var creditedBefore = -movements.Where(m => m.Kind == MovementKinds.Reverse && m.ProgramId == program.Id).Sum(m => SqlValues.Money(m.Amount));
            var earnedAmount = SqlValues.Money(earned.Amount);
            var taken = Math.Min(credit.TotalInclVat, Math.Max(earnedAmount - creditedBefore, 0));
            var units = program.ReversalUnits(earnedAmount, creditedBefore, credit.TotalInclVat);
            await MovementStore.AddAsync(tx, new NewMovement(earned.CardId, program.Id, MovementKinds.Reverse, units, -taken, credit.InvoiceId, null, credit.Date, null), now, ct);
        }
    }

    /// <summary>Turns every full threshold of available units into one reward.</summary>
    private async Task ConvertAsync(LoyaltyProgram program, CardRecord card)
    {
        var entries = (await MovementStore.OfCardAsync(tx, card.Id, ct)).Where(m => m.ProgramId == program.Id).Select(m => m.ToEntry());
        var available = Ledger.Balance(entries, Today).Available;
        var rewards = available > 0 ? (int)Math.Floor(available / program.Threshold) : 0;
        for (var i = 0; i < rewards; i++)
        {
            var reward = await RewardStore.IssueAsync(
                tx,
                new NewReward(card.ContactId, card.Id, program.Id, null, program.RewardKind, program.RewardValue, RewardLabel(program), Today, VoucherExpiry(program)),
                now,
                ct);
            await MovementStore.AddAsync(tx, new NewMovement(card.Id, program.Id, MovementKinds.Convert, -program.Threshold, 0, null, reward.Id, Today, null), now, ct);
            if (program.SendMessages)
            {
                // Sent by the messages job (event handlers have no services); pending with the reward, or not at all.
                await MessageStore.AddAsync(tx, MessageOccasions.Reward, MessageOccasions.RewardKey(reward.Id), card.Id, reward.Id, now, ct);
            }
        }
    }

    private DateOnly? VoucherExpiry(LoyaltyProgram program) =>
        program.VoucherValidityDays is { } days ? Today.AddDays(days) : null;

    private static string RewardLabel(LoyaltyProgram program) => program.RewardKind switch
    {
        RewardKinds.Gift => program.RewardLabel ?? "Cadeau",
        _ => program.RewardLabel ?? $"{program.Name} : bon d'achat",
    };
}
