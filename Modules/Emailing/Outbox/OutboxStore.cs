using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>Writes messages to <c>emailing_outbox</c>, in whatever transaction the caller passes.</summary>
internal static class OutboxStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Insert =
        """
        INSERT INTO emailing_outbox (shop_id, ref, message_id, kind, campaign_id, contact_id, to_address, to_name, from_address, from_name,
            subject, html_body, text_body, headers_json, attachments_json, stream, topic, topic_label, status, attempts, next_attempt_at, created_at)
        VALUES
        """;

    private static readonly string[] Fields =
        ["ref", "messageId", "kind", "campaignId", "contactId", "to", "toName", "from", "fromName", "subject", "html", "text", "headers", "attachments", "stream", "topic", "topicLabel"];

    private static readonly ConcurrentDictionary<int, string> ManyRows = new();

    /// <summary>Enqueues <paramref name="message"/>, due now; returns the outbox id.</summary>
    public static Task<long> EnqueueAsync(IShopSql tx, OutgoingMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["now"] = now };
        Bind(args, message, string.Empty);
        return tx.InsertAsync(Insert + Row(string.Empty), args, ct);
    }

    /// <summary>
    /// Enqueues <paramref name="messages"/> with multi-row INSERTs of <see cref="RowsPerInsert"/> rows: fewer statements
    /// than rows, but few parameters each (binding cost grows faster than linearly with their number).
    /// </summary>
    public static async Task EnqueueManyAsync(IShopSql tx, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in messages.Chunk(RowsPerInsert))
        {
            await InsertRowsAsync(tx, chunk, now, ct);
        }
    }

    public const int RowsPerInsert = 10;

    private static Task<int> InsertRowsAsync(IShopSql tx, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        var args = new Dictionary<string, object?>(messages.Count * Fields.Length + 1) { ["now"] = now };
        for (var i = 0; i < messages.Count; i++)
        {
            Bind(args, messages[i], "_" + i.ToString(CultureInfo.InvariantCulture));
        }

        var sql = ManyRows.GetOrAdd(messages.Count, n => Insert + string.Join(",\n", Enumerable.Range(0, n).Select(i => Row("_" + i.ToString(CultureInfo.InvariantCulture)))));
        return tx.ExecuteAsync(sql, args, ct);
    }

    private static string Row(string suffix) =>
        $"(@shop, {string.Join(", ", Fields.Select(f => "@" + f + suffix))}, 'queued', 0, @now, @now)";

    private static void Bind(Dictionary<string, object?> args, OutgoingMessage message, string suffix)
    {
        object?[] values =
        [
            message.Ref, message.MessageId, message.Kind, message.CampaignId, message.ContactId, message.ToAddress, Cut(message.ToName, 200),
            message.FromAddress, Cut(message.FromName, 200), Cut(message.Subject, 500), message.Html, message.Text,
            message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers, Json),
            message.Attachments.Count == 0 ? null : JsonSerializer.Serialize(message.Attachments, Json),
            message.Stream, Cut(message.Topic, 100), Cut(message.TopicLabel, 200),
        ];
        for (var f = 0; f < Fields.Length; f++)
        {
            args[Fields[f] + suffix] = values[f];
        }
    }

    /// <summary>The columns of <see cref="OutboxRef"/>.</summary>
    public const string RefColumns =
        "id AS Id, campaign_id AS CampaignId, contact_id AS ContactId, to_address AS ToAddress, kind AS Kind, topic AS Topic, topic_label AS TopicLabel";

    /// <summary>The outbox row a signed link refers to, or null.</summary>
    public static Task<OutboxRef?> FindByRefAsync(IShopSql db, string reference, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<OutboxRef>(
            $"SELECT {RefColumns} FROM emailing_outbox WHERE shop_id = @shop AND ref = @reference",
            new { reference },
            ct);

    public static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
