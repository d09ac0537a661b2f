using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Newsletter.Subscriptions;

/// <summary>The SQL of <c>newsletter_subscriptions</c>.</summary>
internal static class SubscriptionStore
{
    private const string Select = $"SELECT {SubscriptionRow.Columns} FROM newsletter_subscriptions WHERE shop_id = @shop";

    public static Task<SubscriptionRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<SubscriptionRow>($"{Select} AND id = @id", new { id }, ct);

    public static Task<SubscriptionRow?> FindByEmailAsync(IShopSql db, long listId, string emailKey, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<SubscriptionRow>($"{Select} AND list_id = @listId AND email_key = @emailKey", new { listId, emailKey }, ct);

    /// <summary>The subscriptions of a newsletter, all or with one status, oldest first.</summary>
    public static Task<IReadOnlyList<SubscriptionRow>> ListAsync(IShopSql db, long listId, string? status, CancellationToken ct) =>
        status is null
            ? db.QueryAsync<SubscriptionRow>($"{Select} AND list_id = @listId ORDER BY id", new { listId }, ct)
            : db.QueryAsync<SubscriptionRow>($"{Select} AND list_id = @listId AND status = @status ORDER BY id", new { listId, status }, ct);

    public static Task<long> InsertPendingAsync(IShopSql db, long listId, string email, string? firstName, string? lastName, string nonce, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO newsletter_subscriptions (shop_id, list_id, email, email_key, first_name, last_name, status, confirm_nonce, requested_at, expires_at, confirmations_sent)
            VALUES (@shop, @listId, @email, @emailKey, @firstName, @lastName, 'pending', @nonce, @now, @expiresAt, 0)
            """,
            new { listId, email, emailKey = email.ToLowerInvariant(), firstName, lastName, nonce, now, expiresAt },
            ct);

    /// <summary>Starts a new sign-up on an expired or unsubscribed row: a new link, a new expiry, a new allowance of e-mails.</summary>
    public static Task<int> RestartAsync(IShopSql db, long id, string? firstName, string? lastName, string nonce, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE newsletter_subscriptions SET status = 'pending', first_name = @firstName, last_name = @lastName, confirm_nonce = @nonce,
                requested_at = @now, expires_at = @expiresAt, confirmations_sent = 0, confirmation_sent_at = NULL
            WHERE shop_id = @shop AND id = @id AND status <> 'confirmed'
            """,
            new { id, firstName, lastName, nonce, now, expiresAt },
            ct);

    public static Task<int> ConfirmationSentAsync(IShopSql db, long id, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE newsletter_subscriptions SET confirmation_sent_at = @now, confirmations_sent = confirmations_sent + 1 WHERE shop_id = @shop AND id = @id",
            new { id, now },
            ct);

    /// <summary>Pending and unexpired → confirmed; 0 when the link came too late or twice.</summary>
    public static Task<int> ConfirmAsync(IShopSql db, long id, long contactId, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE newsletter_subscriptions SET status = 'confirmed', contact_id = @contactId, confirmed_at = @now, unsubscribed_at = NULL
            WHERE shop_id = @shop AND id = @id AND status = 'pending' AND expires_at > @now
            """,
            new { id, contactId, now },
            ct);

    public static Task<int> UnsubscribeAsync(IShopSql db, long id, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE newsletter_subscriptions SET status = 'unsubscribed', unsubscribed_at = @now WHERE shop_id = @shop AND id = @id AND status = 'confirmed'",
            new { id, now },
            ct);

    /// <summary>
    /// Confirmed subscriptions of an address or contact → unsubscribed: of one newsletter (<paramref name="listId"/>), or
    /// of all when null (a global opt-out). Matching the contact too catches a subscription made with another address.
    /// </summary>
    public static Task<int> UnsubscribeEverywhereAsync(IShopSql db, long? listId, string? emailKey, long? contactId, DateTimeOffset at, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE newsletter_subscriptions SET status = 'unsubscribed', unsubscribed_at = @at
            WHERE shop_id = @shop AND status = 'confirmed' AND (@listId IS NULL OR list_id = @listId)
              AND (email_key = @emailKey OR contact_id = @contactId)
            """,
            new { listId, emailKey, contactId, at },
            ct);

    /// <summary>Deletes unconfirmed sign-ups whose link expired: nobody agreed to anything, the address is not kept.</summary>
    public static Task<int> DeleteExpiredAsync(IShopSql db, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync("DELETE FROM newsletter_subscriptions WHERE shop_id = @shop AND status = 'pending' AND expires_at <= @now", new { now }, ct);
}
