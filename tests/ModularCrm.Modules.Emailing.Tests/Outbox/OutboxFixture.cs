using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Tests.Infrastructure;
using ModularCrm.Testing.Mail;
using ModularCrm.Modules.Emailing.Transport;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Tests.Outbox;

/// <summary>Shared steps of the outbox tests: messages in, sender over a transport, rows out.</summary>
internal static class OutboxFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static OutgoingMessage Message(int n) =>
        new(OutboxKinds.Campaign, $"client{n}@example.fr", $"Client {n}", "boutique@example.fr", "Boutique Alpha", $"Nouveautés n° {n}")
        {
            Text = $"Bonjour client {n}",
            Html = $"<p>Bonjour client {n}</p>",
        };

    public static async Task EnqueueAsync(IShopDb db, int count)
    {
        await db.InTransactionAsync(async tx =>
        {
            for (var i = 1; i <= count; i++)
            {
                await OutboxStore.EnqueueAsync(tx, Message(i), Start, CancellationToken.None);
            }

            return 0;
        });
    }

    public static SmtpTransport Smtp(SmtpSink sink) => new(new SmtpSettings { Host = "127.0.0.1", Port = sink.Port, StartTls = false });

    public static Task<IReadOnlyList<StatusRow>> StatusesAsync(IShopDb db) =>
        db.QueryAsync<StatusRow>(
            "SELECT id AS Id, message_id AS MessageId, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_error AS LastError FROM emailing_outbox WHERE shop_id = @shop ORDER BY id");

    internal sealed class StatusRow
    {
        public long Id { get; init; }

        public string MessageId { get; init; } = string.Empty;

        public string Status { get; init; } = string.Empty;

        public int Attempts { get; init; }

        public DateTimeOffset NextAttemptAt { get; init; }

        public string? LastError { get; init; }
    }
}
