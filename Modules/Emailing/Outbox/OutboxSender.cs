using System.Globalization;
using System.Threading.Channels;
using ModularCrm.Modules.Emailing.Transport;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>
/// Delivers one shop's outbox. A batch is claimed by a conditional UPDATE that sets a lease only on rows nobody holds
/// (every engine applies it row by row under its write lock, so two processes never claim the same row). Claimed rows
/// go through a short queue to <see cref="SenderOptions.Connections"/> lanes, each with its own connection kept for the
/// whole pass; the next batch is claimed while the lanes finish the current one, so connections never wait for the
/// database. Accepted messages are recorded in groups (<see cref="SentMarks"/>), with, for a campaign's messages, an
/// interaction on the contact. A sender that dies leaves its leases to expire (at most two batches wait for it); the
/// next one re-sends only what the server had accepted and was not yet recorded.
/// </summary>
internal sealed class OutboxSender(IShopDb db, IMailTransport transport, SenderOptions options, TimeProvider clock, IAudience? audience = null)
{
    private const int MarkEvery = 50;

    private readonly string owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}"; // unique per sender, fits lease_owner
    private int claims;

    /// <summary>Sends batches until nothing is due (or the rate limit is reached).</summary>
    public Task<SendReport> SendDueAsync(CancellationToken ct) => SendAsync(int.MaxValue, ct);

    /// <summary>Claims and sends one batch.</summary>
    public Task<SendReport> SendBatchAsync(CancellationToken ct) => SendAsync(1, ct);

    private async Task<SendReport> SendAsync(int maxBatches, CancellationToken ct)
    {
        var counts = new Counts();
        await using var sessions = new SessionPool(transport, options.Connections);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // As many waiting rows as lanes: the producer claims the next batch when the current one is nearly handed out.
        var queue = Channel.CreateBounded<OutboxRow>(new BoundedChannelOptions(sessions.Lanes) { SingleWriter = true });
        var marks = new SentMarks(RecordSentAsync, MarkEvery);
        var lanes = Enumerable.Range(0, sessions.Lanes).Select(lane => LaneAsync(sessions, lane, queue.Reader, marks, counts, stop)).ToArray();
        try
        {
            try
            {
                await ClaimAsync(queue.Writer, maxBatches, marks, counts, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // A lane failed and stopped the claims: its error is the outcome, thrown by the lanes below.
            }
            finally
            {
                queue.Writer.TryComplete();
            }

            await Task.WhenAll(lanes);
        }
        finally
        {
            await Task.WhenAll(lanes.Select(l => l.ContinueWith(static _ => { }, TaskScheduler.Default)));
            await marks.CompleteAsync();
        }

        return new SendReport(counts.Claimed, counts.Sent, counts.Retried, counts.Parked);
    }

    private async Task ClaimAsync(ChannelWriter<OutboxRow> queue, int maxBatches, SentMarks marks, Counts counts, CancellationToken ct)
    {
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var now = clock.GetUtcNow();
            var size = await AllowanceAsync(now, counts.InFlight(marks), ct);
            if (size == 0)
            {
                return;
            }

            var rows = await ClaimBatchAsync($"{owner}/{Interlocked.Increment(ref claims)}", size, now, ct);
            Interlocked.Add(ref counts.Claimed, rows.Count);
            foreach (var row in rows)
            {
                await queue.WriteAsync(row, ct);
            }

            if (rows.Count < size)
            {
                return; // nothing more is due
            }
        }
    }

    private async Task LaneAsync(SessionPool sessions, int lane, ChannelReader<OutboxRow> queue, SentMarks marks, Counts counts, CancellationTokenSource stop)
    {
        try
        {
            // A stop leaves the rest leased: the lease expires and another sender takes over.
            await foreach (var row in queue.ReadAllAsync(stop.Token))
            {
                try
                {
                    var session = await sessions.GetAsync(lane, stop.Token);
                    using (var message = MailMessageFactory.Create(row))
                    {
                        await session.SendAsync(message, stop.Token);
                    }

                    Interlocked.Increment(ref counts.Sent);
                    marks.Add(row);
                }
                catch (MailDeliveryException ex)
                {
                    var park = ex.Permanent || row.Attempts + 1 >= options.MaxAttempts;
                    await (park ? ParkAsync(row, ex.Message, stop.Token) : RetryLaterAsync(row, ex.Message, stop.Token));
                    Interlocked.Increment(ref (park ? ref counts.Parked : ref counts.Retried));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    // Counts what this sender has claimed and not recorded yet, so that claiming ahead never exceeds the rate.
    private async Task<int> AllowanceAsync(DateTimeOffset now, int inFlight, CancellationToken ct)
    {
        if (options.RatePerMinute <= 0)
        {
            return options.BatchSize;
        }

        var lastMinute = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop AND sent_at > @since", new { since = now.AddMinutes(-1) }, ct);
        return (int)Math.Clamp(options.RatePerMinute - lastMinute - inFlight, 0, options.BatchSize);
    }

    // Ordered like the (shop_id, status, next_attempt_at) index, so a large outbox is not sorted at every claim.
    private async Task<IReadOnlyList<OutboxRow>> ClaimBatchAsync(string lease, int size, DateTimeOffset now, CancellationToken ct)
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

    // The server has these messages: recorded even when stopping. A campaign's message also goes to the contact's
    // history, idempotent on the message's ref, in the same transaction.
    private Task RecordSentAsync(IReadOnlyList<OutboxRow> rows) =>
        db.InTransactionAsync(
            async tx =>
            {
                var now = clock.GetUtcNow();
                await tx.ExecuteAsync(
                    """
                    UPDATE emailing_outbox SET status = 'sent', sent_at = @now, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = NULL
                    WHERE shop_id = @shop AND id IN @ids
                    """,
                    new { ids = rows.Select(r => r.Id).ToArray(), now },
                    CancellationToken.None);
                foreach (var row in rows.Where(r => audience is not null && r.Kind == OutboxKinds.Campaign && r.ContactId is not null))
                {
                    var campaign = string.Format(CultureInfo.InvariantCulture, "Campagne e-mail n° {0}", row.CampaignId);
                    await audience!.LogInteractionAsync(
                        tx, new AudienceInteraction(row.ContactId!.Value, AudienceChannel.Email, now, row.Subject, campaign, "emailing", "message/" + row.Ref), CancellationToken.None);
                }

                return rows.Count;
            },
            CancellationToken.None);

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

    private sealed class Counts
    {
        public int Claimed;
        public int Sent;
        public int Retried;
        public int Parked;

        public int InFlight(SentMarks marks) => Volatile.Read(ref Claimed) - marks.Recorded - Volatile.Read(ref Retried) - Volatile.Read(ref Parked);
    }
}
