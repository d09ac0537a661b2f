using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Reads a meeting, its sales and its host voucher.</summary>
internal static class MeetingStore
{
    public static async Task<MeetingView?> ViewAsync(IShopSql db, long id, DateOnly today, CancellationToken ct)
    {
        var row = await db.QueryFirstOrDefaultAsync<MeetingRow>(
            "SELECT id AS Id, host_contact_id AS HostContactId, title AS Title, held_on AS HeldOn, share_percent AS SharePercent, closed_at AS ClosedAt FROM loyalty_meetings WHERE shop_id = @shop AND id = @id",
            new { id },
            ct);
        if (row is null)
        {
            return null;
        }

        var sales = (await db.QueryAsync<SaleRow>(
                "SELECT invoice_ref AS InvoiceRef, label AS Label, amount AS Amount FROM loyalty_meeting_sales WHERE shop_id = @shop AND meeting_id = @id ORDER BY id",
                new { id },
                ct))
            .Select(s => new MeetingSaleView(s.InvoiceRef, s.Label, SqlValues.Money(s.Amount)))
            .ToList();
        var reward = await db.QueryFirstOrDefaultAsync<long?>("SELECT id FROM loyalty_rewards WHERE shop_id = @shop AND meeting_id = @id", new { id }, ct);
        var view = reward is { } rewardId ? await RewardStore.FindAsync(db, rewardId, ct) : null;
        return new MeetingView(
            row.Id, row.HostContactId, row.Title, SqlValues.ReadDate(row.HeldOn), SqlValues.Money(row.SharePercent), row.ClosedAt,
            sales, sales.Sum(s => s.Amount), view is null ? null : RewardView.From(view, today));
    }

    /// <summary>The shop's meetings, latest first, with their sales total and the host's name when loyalty knows it.</summary>
    public static async Task<IReadOnlyList<MeetingSummary>> ListAsync(IShopSql db, CancellationToken ct) =>
        (await db.QueryAsync<SummaryRow>(
            """
            SELECT m.id AS Id, m.host_contact_id AS HostContactId, c.display_name AS HostName, m.title AS Title, m.held_on AS HeldOn,
                m.closed_at AS ClosedAt, (SELECT SUM(s.amount) FROM loyalty_meeting_sales s WHERE s.shop_id = m.shop_id AND s.meeting_id = m.id) AS TotalSales
            FROM loyalty_meetings m
            LEFT JOIN loyalty_contacts c ON c.shop_id = m.shop_id AND c.contact_id = m.host_contact_id
            WHERE m.shop_id = @shop
            ORDER BY m.held_on DESC, m.id DESC
            """,
            null,
            ct))
        .Select(r => new MeetingSummary(r.Id, r.HostContactId, r.HostName, r.Title, SqlValues.ReadDate(r.HeldOn), r.ClosedAt, SqlValues.Money(r.TotalSales)))
        .ToList();

    private sealed class SummaryRow
    {
        public long Id { get; set; }

        public long HostContactId { get; set; }

        public string? HostName { get; set; }

        public string Title { get; set; } = string.Empty;

        public object HeldOn { get; set; } = string.Empty;

        public DateTimeOffset? ClosedAt { get; set; }

        public object? TotalSales { get; set; }
    }

    private sealed class SaleRow
    {
        public string InvoiceRef { get; set; } = string.Empty;

        public string? Label { get; set; }

        public object? Amount { get; set; }
    }

    private sealed class MeetingRow
    {
        public long Id { get; set; }

        public long HostContactId { get; set; }

        public string Title { get; set; } = string.Empty;

        public object HeldOn { get; set; } = string.Empty;

        public object? SharePercent { get; set; }

        public DateTimeOffset? ClosedAt { get; set; }
    }
}
