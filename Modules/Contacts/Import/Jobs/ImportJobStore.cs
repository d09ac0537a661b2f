using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>Reads and writes <c>contacts_imports</c>; the lease columns make sure one process works on an import at a time.</summary>
internal static class ImportJobStore
{
    public static Task<long> QueueAsync(IShopSql db, string token, string fileName, string format, string mappingJson, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO contacts_imports (shop_id, token, file_name, format, mapping_json, status, records_done, rows_done, created, updated, skipped,
                with_warnings, issues, attempts, queued_at)
            VALUES (@shop, @token, @fileName, @format, @mappingJson, @status, 0, 0, 0, 0, 0, 0, 0, 0, @now)
            """,
            new { token, fileName = Cut(fileName, 255), format = Cut(format, 100), mappingJson, status = ImportJobStatus.Queued, now },
            ct);

    public static Task<ImportJobRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<ImportJobRow>($"SELECT {ImportJobRow.Columns} FROM contacts_imports WHERE shop_id = @shop AND id = @id", new { id }, ct);

    /// <summary>
    /// Claims the oldest unfinished import nobody holds (or whose holder's lease ran out) for <paramref name="owner"/>:
    /// one conditional UPDATE, so two processes never both win. Null when there is nothing to do.
    /// </summary>
    public static async Task<ImportJobRow?> ClaimAsync(IShopSql db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        var candidates = await db.QueryAsync<long>(
            """
            SELECT id FROM contacts_imports
            WHERE shop_id = @shop AND status IN (@queued, @running) AND (lease_until IS NULL OR lease_until < @now)
            ORDER BY id
            """,
            new { queued = ImportJobStatus.Queued, running = ImportJobStatus.Running, now },
            ct);
        foreach (var id in candidates)
        {
            var claimed = await db.ExecuteAsync(
                """
                UPDATE contacts_imports SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1, status = @running,
                    started_at = COALESCE(started_at, @now)
                WHERE shop_id = @shop AND id = @id AND status IN (@queued, @running) AND (lease_until IS NULL OR lease_until < @now)
                """,
                new { id, owner, until = now + lease, now, queued = ImportJobStatus.Queued, running = ImportJobStatus.Running },
                ct);
            if (claimed == 1)
            {
                return await FindAsync(db, id, ct);
            }
        }

        return null;
    }

    /// <summary>Records the total once counted; false when the lease is lost.</summary>
    public static async Task<bool> SetTotalAsync(IShopSql db, long id, string owner, long total, CancellationToken ct) =>
        await db.ExecuteAsync(
            "UPDATE contacts_imports SET total_rows = @total WHERE shop_id = @shop AND id = @id AND lease_owner = @owner",
            new { id, owner, total },
            ct) == 1;

    /// <summary>
    /// The checkpoint of one chunk, in the chunk's transaction: counters added, report replaced, lease renewed and the
    /// failed-attempt count reset (the import moves). False when another process holds the import now: roll back.
    /// </summary>
    public static async Task<bool> CheckpointAsync(IShopSql tx, long id, string owner, ImportCheckpoint c, DateTimeOffset until, CancellationToken ct) =>
        await tx.ExecuteAsync(
            """
            UPDATE contacts_imports
            SET records_done = @records, rows_done = @rows, created = created + @created, updated = updated + @updated, skipped = skipped + @skipped,
                with_warnings = with_warnings + @withWarnings, issues = issues + @issues, report_json = @report, lease_until = @until, attempts = 0
            WHERE shop_id = @shop AND id = @id AND lease_owner = @owner
            """,
            new
            {
                id, owner, records = c.RecordsDone, rows = c.RowsDone, created = c.Created, updated = c.Updated, skipped = c.Skipped,
                withWarnings = c.WithWarnings, issues = c.Issues, report = c.ReportJson, until,
            },
            ct) == 1;

    /// <summary>Ends an import (done or failed) and lets go of it.</summary>
    public static Task<int> FinishAsync(IShopSql db, long id, string owner, string status, string? error, long? total, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE contacts_imports SET status = @status, error = @error, total_rows = COALESCE(@total, total_rows), finished_at = @now,
                lease_owner = NULL, lease_until = NULL
            WHERE shop_id = @shop AND id = @id AND lease_owner = @owner
            """,
            new { id, owner, status, error = error is null ? null : Cut(error, 1000), total, now },
            ct);

    /// <summary>Lets go of an unfinished import so that the next pass, in any process, goes on with it at once.</summary>
    public static Task<int> ReleaseAsync(IShopSql db, long id, string owner, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE contacts_imports SET lease_owner = NULL, lease_until = NULL WHERE shop_id = @shop AND id = @id AND lease_owner = @owner",
            new { id, owner },
            ct);

    private static string Cut(string? text, int max) => text is null ? string.Empty : text.Length > max ? text[..max] : text;
}
