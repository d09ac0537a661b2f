using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>The SQL of <c>newsletter_issues</c>.</summary>
internal static class IssueStore
{
    private const string Select = $"SELECT {IssueRow.Columns} FROM newsletter_issues WHERE shop_id = @shop";

    public static Task<IssueRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<IssueRow>($"{Select} AND id = @id", new { id }, ct);

    public static Task<IReadOnlyList<IssueRow>> ListAsync(IShopSql db, long? listId, CancellationToken ct) =>
        listId is { } list
            ? db.QueryAsync<IssueRow>($"{Select} AND list_id = @list ORDER BY id DESC", new { list }, ct)
            : db.QueryAsync<IssueRow>($"{Select} ORDER BY id DESC", null, ct);

    /// <summary>The sent issues of a newsletter, newest first: its public archive.</summary>
    public static Task<IReadOnlyList<IssueRow>> SentAsync(IShopSql db, long listId, CancellationToken ct) =>
        db.QueryAsync<IssueRow>($"{Select} AND list_id = @listId AND status = 'sent' ORDER BY sent_at DESC, id DESC", new { listId }, ct);

    public static Task<string?> SnapshotAsync(IShopSql db, long listId, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<string>(
            "SELECT html_snapshot FROM newsletter_issues WHERE shop_id = @shop AND list_id = @listId AND id = @id AND status = 'sent'", new { listId, id }, ct);

    public static Task<IReadOnlyList<long>> DueAsync(IShopSql db, DateTimeOffset now, CancellationToken ct) =>
        db.QueryAsync<long>(
            "SELECT id FROM newsletter_issues WHERE shop_id = @shop AND status = 'scheduled' AND scheduled_at <= @now ORDER BY scheduled_at, id", new { now }, ct);

    public static Task<long> InsertAsync(IShopSql db, long listId, string subject, string format, string body, string? source, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO newsletter_issues (shop_id, list_id, subject, format, body, status, source, created_at, updated_at)
            VALUES (@shop, @listId, @subject, @format, @body, 'draft', @source, @now, @now)
            """,
            new { listId, subject, format, body, source, now },
            ct);

    public static Task<int> UpdateDraftAsync(IShopSql db, long id, string subject, string format, string body, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE newsletter_issues SET subject = @subject, format = @format, body = @body, updated_at = @now WHERE shop_id = @shop AND id = @id AND status = 'draft'",
            new { id, subject, format, body, now },
            ct);

    public static Task<int> ScheduleAsync(IShopSql db, long id, DateTimeOffset at, string baseUrl, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE newsletter_issues SET status = 'scheduled', scheduled_at = @at, base_url = @baseUrl, updated_at = @now
            WHERE shop_id = @shop AND id = @id AND status IN ('draft', 'scheduled')
            """,
            new { id, at, baseUrl, now },
            ct);

    /// <summary>Claims the issue for sending; 0 when it is already sent or being sent elsewhere.</summary>
    public static Task<int> StartSendingAsync(IShopSql tx, long id, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            "UPDATE newsletter_issues SET status = 'sending', updated_at = @now WHERE shop_id = @shop AND id = @id AND status IN ('draft', 'scheduled')",
            new { id, now },
            ct);

    public static Task<int> FinishAsync(IShopSql tx, long id, int recipients, string refusalsJson, string snapshot, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            """
            UPDATE newsletter_issues SET status = 'sent', sent_at = @now, recipients = @recipients, refusals_json = @refusalsJson, html_snapshot = @snapshot, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new { id, recipients, refusalsJson, snapshot, now },
            ct);

    public static async Task<bool> HasSourceAsync(IShopSql db, long listId, string source, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM newsletter_issues WHERE shop_id = @shop AND list_id = @listId AND source = @source", new { listId, source }, ct) > 0;
}
