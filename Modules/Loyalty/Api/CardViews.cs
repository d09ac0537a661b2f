using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Builds a card's view: one balance per program it has movements in (or that is active), and its rewards.</summary>
internal static class CardViews
{
    public static async Task<CardView> BuildAsync(IShopSql db, CardRecord card, DateOnly today, CancellationToken ct)
    {
        var movements = await MovementStore.OfCardAsync(db, card.Id, ct);
        var programs = (await ProgramStore.ListAsync(db, ct)).Where(p => p.Active || movements.Any(m => m.ProgramId == p.Id));
        var balances = programs.Select(p => Balance(p, movements.Where(m => m.ProgramId == p.Id), today)).ToList();
        var rewards = (await RewardStore.OfContactAsync(db, card.ContactId, ct)).Select(r => RewardView.From(r, today)).ToList();
        return new CardView(card.Number, card.ContactId, card.HolderName, card.Email, card.IssuedHow, card.IssuedAt, $"{card.Number}/barcode.svg", balances, rewards);
    }

    private static ProgramBalance Balance(LoyaltyProgram program, IEnumerable<MovementRow> movements, DateOnly today)
    {
        var balance = Ledger.Balance(movements.Select(m => m.ToEntry()), today);
        return new ProgramBalance(
            program.Id, program.Name, program.Kind, balance.Available, program.Threshold,
            Math.Max(program.Threshold - balance.Available, 0), balance.Expired, balance.NextExpiry, balance.ExpiringUnits);
    }
}
