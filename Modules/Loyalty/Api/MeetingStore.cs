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
