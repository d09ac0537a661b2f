using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>
/// The daily look for birthdays: once the local day has reached <see cref="LoyaltyOptions.BirthdayHour"/>, and while an
/// active program sends messages, every card whose holder was born on this day gets one pending birthday message. The
/// birth date is the contacts module's, read through <see cref="IAudience"/>. The day is marked done at the end, so a
/// pass that failed half-way is run again; the per-card claim keeps a second pass, or a second host, from adding twice.
/// </summary>
internal sealed class BirthdayScan(IShopDb db, IAudience audience, LoyaltyOptions options, TimeProvider clock)
{
    private const int PageSize = 500;

    /// <summary>The number of birthday messages added by this pass.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, options.Zone());
        var today = DateOnly.FromDateTime(local.DateTime);
        if (local.Hour < options.BirthdayHour || await DoneAsync(today, ct))
        {
            return 0;
        }

        var programs = await ProgramStore.ListAsync(db, ct);
        if (!programs.Any(p => p.SendMessages && p.AppliesOn(today)))
        {
            return 0; // not marked done: a program switched on later today still wishes today's birthdays
        }

        var added = 0;
        for (var offset = 0; ; offset += PageSize)
        {
            var cards = await CardStore.ListAsync(db, null, offset, PageSize, ct);
            foreach (var card in cards)
            {
                if ((await audience.FindAsync(db, card.ContactId, AudienceChannel.Email, ct))?.BirthDate is { } birth && Birthdays.IsBirthday(birth, today))
                {
                    var key = MessageOccasions.BirthdayKey(card.Id, today.Year);
                    added += await db.InTransactionAsync(async tx => await MessageStore.AddAsync(tx, MessageOccasions.Birthday, key, card.Id, null, now, ct) ? 1 : 0, ct);
                }
            }

            if (cards.Count < PageSize)
            {
                break;
            }
        }

        await db.InTransactionAsync(tx => Claims.TryTakeAsync(tx, ScanKey(today), ct), ct);
        return added;
    }

    private async Task<bool> DoneAsync(DateOnly today, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM loyalty_claims WHERE shop_id = @shop AND claim_key = @key", new { key = ScanKey(today) }, ct) > 0;

    private static string ScanKey(DateOnly day) => $"birthdays-scanned:{day:yyyy-MM-dd}";
}
