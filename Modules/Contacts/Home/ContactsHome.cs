using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Home;

namespace ModularCrm.Modules.Contacts.Home;

/// <summary>The home page's contact figures: the file's size and the contacts added each of the last <see cref="Weeks"/> weeks.</summary>
internal static class ContactsHome
{
    public const int Weeks = 8;

    public static async Task<IReadOnlyList<HomeFigure>> FiguresAsync(IShopDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Weeks start on Monday, as on French calendars.
        var firstWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * (Weeks - 1));
        var since = new DateTimeOffset(firstWeek.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var total = await db.QueryFirstOrDefaultAsync<long>("SELECT COUNT(*) FROM contacts_contacts WHERE shop_id = @shop", null, ct);
        var recent = await db.QueryAsync<DateTimeOffset>(
            "SELECT created_at FROM contacts_contacts WHERE shop_id = @shop AND created_at >= @since", new { since }, ct);
        var perWeek = new decimal[Weeks];
        foreach (var created in recent)
        {
            var week = (DateOnly.FromDateTime(created.UtcDateTime).DayNumber - firstWeek.DayNumber) / 7;
            if (week is >= 0 and < Weeks)
            {
                perWeek[week]++;
            }
        }

        return
        [
            new HomeFigure("Contacts", "Contacts", total, FigureKind.Count, string.Empty),
            new HomeFigure("Nouveaux contacts, 8 dernières semaines", "New contacts, last 8 weeks", perWeek.Sum(), FigureKind.Count, string.Empty)
            {
                Series = perWeek.Select((count, i) => new HomeFigurePoint(firstWeek.AddDays(7 * i), count)).ToList(),
            },
        ];
    }
}
