using ModularCrm.Modules.Sms.Providers;
using ModularCrm.Modules.Sms.Rules;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>
/// Delivers one shop's outbox, and is where the French rules are enforced whatever was enqueued: a promotional message
/// claimed outside the sending window goes back to wait for the next opening, and one whose contact no longer consents
/// (or whose number changed or was disabled) is cancelled. A batch is claimed by one conditional UPDATE that leases only
/// rows nobody holds, so two processes never claim the same row; each message is marked as soon as the provider took it,
/// and a sender that dies leaves its lease to expire: the next one re-sends what was claimed and not yet marked.
/// </summary>
/// <param name="ratePerMinute">The shop's limit: texts per minute across every sender process, 0 for none.</param>
internal sealed class OutboxSender(IShopDb db, ISmsProvider provider, SendWindow window, IAudience audience, SenderOptions options, TimeProvider clock, int ratePerMinute)
{
    private readonly string owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}"; // unique per sender, fits lease_owner
    private int claims;

    /// <summary>Sends batches until nothing is due.</summary>
    public async Task<SendReport> SendDueAsync(CancellationToken ct)
    {
        var total = SendReport.Empty;
        while (true)
        {
            var batch = await SendBatchAsync(ct);
            total = total.Add(batch);
            if (batch.Claimed < options.BatchSize)
            {
                return total;
            }
        }
    }

    public async Task<SendReport> SendBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var size = await AllowanceAsync(now, ct);
        if (size == 0)
        {
            return SendReport.Empty;
        }

        var rows = await ClaimAsync($"{owner}/{Interlocked.Increment(ref claims)}", size, now, ct);
        var counts = new int[5]; // sent, retried, failed, deferred, cancelled
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested(); // a stop leaves the rest leased: it expires and another sender takes over
            counts[await SendOneAsync(row, now, ct)]++;
        }

        return new SendReport(rows.Count, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private async Task<int> SendOneAsync(OutboxRow row, DateTimeOffset now, CancellationToken ct)
    {
        if (row.Promotional && !window.IsOpen(now))
        {
            await ReleaseAsync(row, "status = 'queued'", window.NextOpen(now), "En attente de la prochaine plage d'envoi autorisée.", 0, ct);
            return 3;
        }

        if (row.Promotional && await RefusalAsync(row, ct) is { } refusal)
        {
            await ReleaseAsync(row, "status = 'cancelled'", now, refusal, 0, ct);
            return 4;
        }

        try
        {
            var providerId = await provider.SendAsync(new(row.Ref, row.ToNumber, row.Sender, row.Body, OutboxStore.EncodingOf(row)), ct);
            await MarkSentAsync(row, providerId);
            return 0;
        }
        catch (SmsDeliveryException ex) when (ex.Permanent || row.Attempts + 1 >= options.MaxAttempts)
        {
            await ReleaseAsync(row, "status = 'failed'", now, ex.Message, 1, ct);
            return 2;
        }
        catch (SmsDeliveryException ex)
        {
            var next = now.Add(options.RetryDelay(row.Attempts + 1));
            await ReleaseAsync(row, "status = 'queued'", row.Promotional ? window.NextOpen(next) : next, ex.Message, 1, ct);
            return 1;
        }
    }

    // Consent is read again at sending time: a promotional message may wait days for its window.
    private async Task<string?> RefusalAsync(OutboxRow row, CancellationToken ct)
    {
        if (row.ContactId is not { } contactId)
        {
            return null;
        }

        var member = await audience.FindAsync(db, contactId, AudienceChannel.Sms, ct);
        return member switch
        {
            null => "Contact supprimé avant l'envoi.",
            { Status: not MarketingStatus.ConsentGiven } => "Consentement SMS retiré avant l'envoi.",
            { AddressDisabledReason: { } reason } => $"Numéro désactivé avant l'envoi : {reason}",
            _ when member.Address != row.ToNumber => "Numéro du contact modifié avant l'envoi.",
            _ => null,
        };
    }

    // Counted from what left in the last minute, in the database: every process sending for the shop sees the same figure.
    private async Task<int> AllowanceAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (ratePerMinute <= 0)
        {
            return options.BatchSize;
        }

        var lastMinute = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM sms_outbox WHERE shop_id = @shop AND sent_at > @since", new { since = now.AddMinutes(-1) }, ct);
        return (int)Math.Clamp(ratePerMinute - lastMinute, 0, options.BatchSize);
    }

    private async Task<IReadOnlyList<OutboxRow>> ClaimAsync(string lease, int size, DateTimeOffset now, CancellationToken ct)
    {
        const string Free = "status = 'queued' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)";
        var candidates = db.Dialect.Page($"SELECT id FROM sms_outbox WHERE shop_id = @shop AND {Free} ORDER BY next_attempt_at, id", "offset", "size");
        await db.ExecuteAsync(
            $"UPDATE sms_outbox SET lease_owner = @lease, lease_until = @until WHERE shop_id = @shop AND {Free} AND id IN ({candidates})",
            new { lease, until = now.Add(options.LeaseDuration), now, offset = 0, size },
            ct);
        return await db.QueryAsync<OutboxRow>(
            $"SELECT {OutboxRow.Columns} FROM sms_outbox WHERE shop_id = @shop AND lease_owner = @lease AND status = 'queued' ORDER BY id", new { lease }, ct);
    }

    private async Task MarkSentAsync(OutboxRow row, string? providerId)
    {
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(
            """
            UPDATE sms_outbox SET status = 'sent', sent_at = @now, provider_id = @providerId, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = NULL
            WHERE shop_id = @shop AND id = @id
            """,
            new { id = row.Id, providerId, now },
            CancellationToken.None); // the provider has the message: record it even when stopping
        if (row.ContactId is { } contactId)
        {
            await audience.LogInteractionAsync(
                db, new AudienceInteraction(contactId, AudienceChannel.Sms, now, row.Promotional ? "SMS promotionnel" : "SMS", row.Body, "sms", row.Ref), CancellationToken.None);
        }
    }

    // The status is a constant chosen by the caller, never a value from outside; a row cancelled meanwhile (STOP) stays cancelled.
    private Task ReleaseAsync(OutboxRow row, string status, DateTimeOffset next, string reason, int attempt, CancellationToken ct) =>
        db.ExecuteAsync(
            $"""
            UPDATE sms_outbox SET {status}, attempts = attempts + @attempt, next_attempt_at = @next, lease_owner = NULL, lease_until = NULL, last_error = @reason
            WHERE shop_id = @shop AND id = @id AND status = 'queued'
            """,
            new { id = row.Id, attempt, next, reason = OutboxStore.Cut(reason, 1000) },
            ct);
}
