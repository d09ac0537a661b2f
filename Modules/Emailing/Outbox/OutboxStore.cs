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

    private static readonly ConcurrentDictionary<(int Rows, int Shared), string> ManyRows = new();

    /// <summary>Enqueues <paramref name="message"/>, due now; returns the outbox id.</summary>
    public static Task<long> EnqueueAsync(IShopSql tx, OutgoingMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var args = new Dictionary<string, object?> { ["now"] = now };
        var values = Values(message);
        for (var f = 0; f < Fields.Length; f++)
        {
            args[Fields[f]] = values[f];
        }

        return tx.InsertAsync(Insert + Row(0, (1 << Fields.Length) - 1), args, ct);
    }

    /// <summary>
    /// Enqueues <paramref name="messages"/> with multi-row INSERTs of <see cref="RowsPerInsert"/> rows: fewer statements
    /// than rows, and a value the rows share (a campaign's sender, kind, campaign) is bound once per statement, not
    /// once per row: binding cost grows faster than linearly with the number of parameters.
    /// </summary>
    public static async Task EnqueueManyAsync(IShopSql tx, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in messages.Chunk(RowsPerInsert))
        {
            await InsertRowsAsync(tx, chunk, now, ct);
        }
    }

    public const int RowsPerInsert = 20;

    private static Task<int> InsertRowsAsync(IShopSql tx, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        var rows = messages.Select(Values).ToArray();
        var shared = 0;
        for (var f = 0; f < Fields.Length; f++)
        {
            if (rows.All(r => Equals(r[f], rows[0][f])))
            {
                shared |= 1 << f;
            }
        }

        var args = new Dictionary<string, object?>(rows.Length * Fields.Length + 1) { ["now"] = now };
        for (var f = 0; f < Fields.Length; f++)
        {
            if ((shared & (1 << f)) != 0)
            {
                args[Fields[f]] = rows[0][f];
                continue;
            }

            for (var i = 0; i < rows.Length; i++)
            {
                args[Fields[f] + "_" + i.ToString(CultureInfo.InvariantCulture)] = rows[i][f];
            }
        }

        var sql = ManyRows.GetOrAdd((rows.Length, shared), key => Insert + string.Join(",\n", Enumerable.Range(0, key.Rows).Select(i => Row(i, key.Shared))));
        return tx.ExecuteAsync(sql, args, ct);
    }

    private static string Row(int index, int shared) =>
        $"(@shop, {string.Join(", ", Fields.Select((f, n) => (shared & (1 << n)) != 0 ? "@" + f : $"@{f}_{index.ToString(CultureInfo.InvariantCulture)}"))}, 'queued', 0, @now, @now)";

    private static object?[] Values(OutgoingMessage message) =>
    [
        message.Ref, message.MessageId, message.Kind, message.CampaignId, message.ContactId, message.ToAddress, Cut(message.ToName, 200),
        message.FromAddress, Cut(message.FromName, 200), Cut(message.Subject, 500), message.Html, message.Text,
        message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers, Json),
        message.Attachments.Count == 0 ? null : JsonSerializer.Serialize(message.Attachments, Json),
        message.Stream, Cut(message.Topic, 100), Cut(message.TopicLabel, 200),
    ];

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
