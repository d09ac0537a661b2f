namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>
/// First in, first out: units taken (credit note, conversion) come off the oldest lot still valid on that day; a lot
/// expires whole or in what is left of it. Taking more than is left leaves a debt, paid by the next units earned —
/// a customer who returns goods after converting keeps the voucher but earns back the points first.
/// </summary>
internal static class Ledger
{
    public static LedgerBalance Balance(IEnumerable<LedgerEntry> entries, DateOnly today)
    {
        var lots = new List<Lot>();
        decimal debt = 0;
        decimal expired = 0;
        foreach (var entry in entries.OrderBy(e => e.OccurredOn).ThenByDescending(e => e.Units > 0))
        {
            expired += Expire(lots, entry.OccurredOn);
            if (entry.Units > 0)
            {
                var paid = Math.Min(debt, entry.Units);
                debt -= paid;
                if (entry.Units - paid > 0)
                {
                    lots.Add(new Lot(entry.Units - paid, entry.ExpiresOn));
                }

                continue;
            }

            var take = -entry.Units;
            foreach (var lot in lots)
            {
                var used = Math.Min(lot.Remaining, take);
                lot.Remaining -= used;
                take -= used;
            }

            lots.RemoveAll(l => l.Remaining == 0);
            debt += take;
        }

        expired += Expire(lots, today.AddDays(1));
        var next = lots.Where(l => l.ExpiresOn is not null).OrderBy(l => l.ExpiresOn).FirstOrDefault();
        return new LedgerBalance(
            lots.Sum(l => l.Remaining) - debt,
            expired,
            next?.ExpiresOn,
            next is null ? 0 : lots.Where(l => l.ExpiresOn == next.ExpiresOn).Sum(l => l.Remaining));
    }

    // A lot is valid through its expiry day: it is gone on the day after.
    private static decimal Expire(List<Lot> lots, DateOnly day)
    {
        var gone = lots.Where(l => l.ExpiresOn is { } until && until < day).ToList();
        lots.RemoveAll(gone.Contains);
        return gone.Sum(l => l.Remaining);
    }

    private sealed class Lot(decimal remaining, DateOnly? expiresOn)
    {
        public decimal Remaining { get; set; } = remaining;

        public DateOnly? ExpiresOn { get; } = expiresOn;
    }
}
