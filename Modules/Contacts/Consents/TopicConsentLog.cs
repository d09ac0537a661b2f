using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>A topic's consent given or withdrawn, appended to <c>contacts_consent_log</c> (the channel's own state is untouched).</summary>
internal static class TopicConsentLog
{
    public static Task AppendAsync(
        IShopSql db, long contactId, string channel, string topic, string status, DateTimeOffset at, string? source, string? proof, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            INSERT INTO contacts_consent_log (shop_id, contact_id, channel, status, given_at, source, proof, recorded_at, topic)
            VALUES (@shop, @contactId, @channel, @status, @at, @source, @proof, @at, @topic)
            """,
            new { contactId, channel, status, at, source, proof, topic },
            ct);
}
