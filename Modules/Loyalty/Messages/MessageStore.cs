using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>
/// <c>loyalty_messages</c>. A message is created once per card and occasion under a do-once claim (<see cref="Claims"/>),
/// and taken once by one conditional UPDATE (pending → done) in the transaction that queues it: of two jobs, two hosts or
/// two passes, exactly one queues the e-mail and the SMS.
/// </summary>
internal static class MessageStore
{
    /// <summary>Creates the pending message of <paramref name="occasionKey"/>; false when it already exists.</summary>
    public static async Task<bool> AddAsync(IShopTransaction tx, string occasion, string occasionKey, long cardId, long? rewardId, DateTimeOffset now, CancellationToken ct)
    {
        if (!await Claims.TryTakeAsync(tx, "message:" + occasionKey, ct))
        {
            return false;
        }

        await tx.InsertAsync(
            """
            INSERT INTO loyalty_messages (shop_id, occasion_key, occasion, card_id, reward_id, status, created_at)
            VALUES (@shop, @occasionKey, @occasion, @cardId, @rewardId, 'pending', @now)
            """,
            new { occasionKey, occasion, cardId, rewardId, now },
            ct);
        return true;
    }

    public static Task<IReadOnlyList<MessageRow>> PendingAsync(IShopSql db, int limit, CancellationToken ct) =>
        db.QueryAsync<MessageRow>(
            db.Dialect.Page($"SELECT {MessageRow.Columns} FROM loyalty_messages WHERE shop_id = @shop AND status = 'pending' ORDER BY id"),
            new { offset = 0, limit },
            ct);

    public static Task<IReadOnlyList<MessageRow>> OfCardAsync(IShopSql db, long cardId, CancellationToken ct) =>
        db.QueryAsync<MessageRow>($"SELECT {MessageRow.Columns} FROM loyalty_messages WHERE shop_id = @shop AND card_id = @cardId ORDER BY id", new { cardId }, ct);

    /// <summary>Takes a pending message: true for exactly one caller, whatever the number of concurrent ones.</summary>
    public static async Task<bool> TakeAsync(IShopTransaction tx, long id, DateTimeOffset now, CancellationToken ct) =>
        await tx.ExecuteAsync(
            "UPDATE loyalty_messages SET status = 'done', processed_at = @now WHERE shop_id = @shop AND id = @id AND status = 'pending'", new { id, now }, ct) == 1;

    public static Task<int> RecordAsync(IShopTransaction tx, long id, string emailResult, string smsResult, CancellationToken ct) =>
        tx.ExecuteAsync(
            "UPDATE loyalty_messages SET email_result = @emailResult, sms_result = @smsResult WHERE shop_id = @shop AND id = @id",
            new { id, emailResult, smsResult },
            ct);
}
