using ModularCrm.Modules.Emailing.Transport;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>
/// Delivers one shop's outbox. A batch is claimed by a conditional UPDATE that sets a lease only on rows nobody holds
/// (every engine applies it row by row under its write lock, so two processes never claim the same row), then sent
/// on one transport session; each message is marked as soon as the server accepted it. A sender that dies leaves its
/// lease to expire: the next one re-sends what was claimed and not yet marked, and nothing else.
/// </summary>
internal sealed class OutboxSender(IShopDb db, IMailTransport transport, SenderOptions options, TimeProvider clock)
{
    private readonly string owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}"; // unique per sender, fits lease_owner
    private int claims;

    /// <summary>Sends batches until nothing is due (or the rate limit is reached).</summary>
    public async Task<SendReport> SendDueAsync(CancellationToken ct)
    {
        var total = SendReport.Empty;
        await using var sessions = new SessionPool(transport, options.Connections);
        while (true)
        {
            var batch = await SendBatchAsync(sessions, ct);
            total = total.Add(batch);
            if (batch.Claimed == 0 || batch.Claimed < options.BatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>Claims and sends one batch.</summary>
    public async Task<SendReport> SendBatchAsync(CancellationToken ct)
    {
        await using var sessions = new SessionPool(transport, options.Connections);
        return await SendBatchAsync(sessions, ct);
    }

    private async Task<SendReport> SendBatchAsync(SessionPool sessions, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var size = await AllowanceAsync(now, ct);
        if (size == 0)
        {
            return SendReport.Empty;
        }

        var lease = $"{owner}/{Interlocked.Increment(ref claims)}";
        var rows = await ClaimAsync(lease, size, now, ct);
        if (rows.Count == 0)
        {
            return SendReport.Empty;
        }

        var counts = new int[3]; // sent, retried, parked
        var lanes = rows.Select((row, i) => (row, i)).GroupBy(x => x.i % sessions.Lanes, x => x.row);
        await Task.WhenAll(lanes.Select(lane => SendLaneAsync(sessions, lane.Key, lane.ToList(), counts, ct)));
        return new SendReport(rows.Count, counts[0], counts[1], counts[2]);
    }

    // One connection's share of the batch. Accepted messages are marked in groups (one UPDATE per group instead of one
    // per message); a group not yet marked when the process dies is re-sent, and it is part of the claimed batch.
    private async Task SendLaneAsync(SessionPool sessions, int lane, IReadOnlyList<OutboxRow> rows, int[] counts, CancellationToken ct)
    {
        var accepted = new List<long>();
        try
        {
            var session = await sessions.GetAsync(lane, ct);
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested(); // a stop leaves the rest leased: it expires and another sender takes over
                try
                {
                    using (var message = MailMessageFactory.Create(row))
                    {
                        await session.SendAsync(message, ct);
                    }

                    accepted.Add(row.Id);
                    Interlocked.Increment(ref counts[0]);
                    if (accepted.Count == MarkEvery)
                    {
                        await MarkSentAsync(accepted);
                    }
                }
                catch (MailDeliveryException ex)
                {
                    var park = ex.Permanent || row.Attempts + 1 >= options.MaxAttempts;
                    await (park ? ParkAsync(row, ex.Message, ct) : RetryLaterAsync(row, ex.Message, ct));
                    Interlocked.Increment(ref counts[park ? 2 : 1]);
                }
            }
        }
        finally
        {
            await MarkSentAsync(accepted);
        }
    }

    private async Task<int> AllowanceAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (options.RatePerMinute <= 0)
        {
            return options.BatchSize;
        }

        var lastMinute = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop AND sent_at > @since", new { since = now.AddMinutes(-1) }, ct);
        return (int)Math.Clamp(options.RatePerMinute - lastMinute, 0, options.BatchSize);
    }

    // Ordered like the (shop_id, status, next_attempt_at) index, so a large outbox is not sorted at every claim.
    private async Task<IReadOnlyList<OutboxRow>> ClaimAsync(string lease, int size, DateTimeOffset now, CancellationToken ct)
    {
        const string Free = "status = 'queued' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)";
        var candidates = db.Dialect.Page($"SELECT id FROM emailing_outbox WHERE shop_id = @shop AND {Free} ORDER BY next_attempt_at, id", "offset", "size");
        await db.ExecuteAsync(
            $"UPDATE emailing_outbox SET lease_owner = @lease, lease_until = @until WHERE shop_id = @shop AND {Free} AND id IN ({candidates})",
            new { lease, until = now.Add(options.LeaseDuration), now, offset = 0, size },
            ct);
        return await db.QueryAsync<OutboxRow>(
            $"SELECT {OutboxRow.Columns} FROM emailing_outbox WHERE shop_id = @shop AND lease_owner = @lease AND status = 'queued' ORDER BY id", new { lease }, ct);
    }

    private const int MarkEvery = 20;

    private async Task MarkSentAsync(List<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.ExecuteAsync(
            """
            UPDATE emailing_outbox SET status = 'sent', sent_at = @now, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = NULL
            WHERE shop_id = @shop AND id IN @ids
            """,
            new { ids = ids.ToArray(), now = clock.GetUtcNow() },
            CancellationToken.None); // the server has the messages: record them even when stopping
        ids.Clear();
    }

    private Task ParkAsync(OutboxRow row, string reason, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE emailing_outbox SET status = 'failed', attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = @reason
            WHERE shop_id = @shop AND id = @id
            """,
            new { id = row.Id, reason = OutboxStore.Cut(reason, 1000) },
            ct);

    private Task RetryLaterAsync(OutboxRow row, string reason, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE emailing_outbox SET attempts = attempts + 1, next_attempt_at = @next, lease_owner = NULL, lease_until = NULL, last_error = @reason
            WHERE shop_id = @shop AND id = @id
            """,
            new { id = row.Id, reason = OutboxStore.Cut(reason, 1000), next = clock.GetUtcNow().Add(options.RetryDelay(row.Attempts + 1)) },
            ct);
}
