using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Tests.Infrastructure;
using ModularCrm.Testing.Mail;
using ModularCrm.Testing;

namespace ModularCrm.Modules.Emailing.Tests.Outbox;

public sealed class OutboxSenderTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SendDue_ToSmtpSink_DeliversHeadersBodiesAndAttachment()
    {
        using var database = await EmailingDatabase.CreateAsync();
        using var sink = new SmtpSink();
        var db = database.Shop();
        var pdf = "%PDF-1.4 facture"u8.ToArray();
        var message = OutboxFixture.Message(1) with
        {
            Subject = "Votre facture FA-2026-0001 : été",
            Html = "<p>Bonjour Élodie,</p><p><a href=\"https://crm.example.fr/p/alpha/emailing/u/abc\">Se désabonner</a></p>",
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://crm.example.fr/p/alpha/emailing/u/abc>" },
            Attachments = [new MailAttachment("FA-2026-0001.pdf", "application/pdf", pdf)],
        };
        await db.InTransactionAsync(tx => OutboxStore.EnqueueAsync(tx, message, OutboxFixture.Start, CancellationToken.None));

        var report = await new OutboxSender(db, OutboxFixture.Smtp(sink), new SenderOptions(), new ManualClock(OutboxFixture.Start)).SendDueAsync(CancellationToken.None);

        Assert.Equal(new SendReport(1, 1, 0, 0), report);
        var received = Assert.Single(sink.Messages());
        Assert.Equal(message.MessageId, received.Header("Message-ID"));
        Assert.Equal("Votre facture FA-2026-0001 : été", received.Header("Subject"));
        Assert.Contains("boutique@example.fr", received.Header("From"));
        Assert.Contains("client1@example.fr", received.Header("To"));
        Assert.Equal("<https://crm.example.fr/p/alpha/emailing/u/abc>", received.Header("List-Unsubscribe"));
        Assert.Equal("Bonjour client 1", received.Body("text/plain").Trim());
        Assert.Contains("<a href=\"https://crm.example.fr/p/alpha/emailing/u/abc\">Se désabonner</a>", received.Body("text/html"));
        Assert.Equal(pdf, Assert.Single(received.Parts, p => p.ContentType.StartsWith("application/pdf", StringComparison.Ordinal)).Content);
        Assert.Equal("sent", Assert.Single(await OutboxFixture.StatusesAsync(db)).Status);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SendDue_ServerRefusesRecipient_ParksMessageWithServerReason()
    {
        using var database = await EmailingDatabase.CreateAsync();
        using var sink = new SmtpSink("-f", "RCPT");
        var db = database.Shop();
        await OutboxFixture.EnqueueAsync(db, 1);

        var report = await new OutboxSender(db, OutboxFixture.Smtp(sink), new SenderOptions(), new ManualClock(OutboxFixture.Start)).SendDueAsync(CancellationToken.None);

        Assert.Equal(1, report.Parked);
        var row = Assert.Single(await OutboxFixture.StatusesAsync(db));
        Assert.Equal("failed", row.Status);
        Assert.StartsWith("5", row.LastError);
        Assert.Empty(sink.Messages());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SendDue_ServerRefusesForNow_RetriesAfterBackoffOnly()
    {
        using var database = await EmailingDatabase.CreateAsync();
        var db = database.Shop();
        await OutboxFixture.EnqueueAsync(db, 1);
        var clock = new ManualClock(OutboxFixture.Start);
        var options = new SenderOptions { FirstRetryDelay = TimeSpan.FromMinutes(1) };
        using (var refusing = new SmtpSink("-r", "RCPT"))
        {
            Assert.Equal(1, (await new OutboxSender(db, OutboxFixture.Smtp(refusing), options, clock).SendDueAsync(CancellationToken.None)).Retried);
        }

        var row = Assert.Single(await OutboxFixture.StatusesAsync(db));
        Assert.Equal(("queued", 1, OutboxFixture.Start.AddMinutes(1)), (row.Status, row.Attempts, row.NextAttemptAt));
        Assert.StartsWith("4", row.LastError);

        using var sink = new SmtpSink();
        var sender = new OutboxSender(db, OutboxFixture.Smtp(sink), options, clock);
        Assert.Equal(0, (await sender.SendDueAsync(CancellationToken.None)).Claimed);
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(1, (await sender.SendDueAsync(CancellationToken.None)).Sent);
        Assert.Single(sink.Messages());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SenderCrashesMidBatch_NewSenderDeliversEveryMessage_ResendingOnlyTheInFlightOne()
    {
        using var database = await EmailingDatabase.CreateAsync();
        using var sink = new SmtpSink();
        var db = database.Shop();
        await OutboxFixture.EnqueueAsync(db, 25);
        var clock = new ManualClock(OutboxFixture.Start);
        var options = new SenderOptions { BatchSize = 10, LeaseDuration = TimeSpan.FromMinutes(5), RatePerMinute = 0, Connections = 1 };

        // The 5th message reaches the server, then the process "dies" before recording it; 6 to 10 stay leased.
        var crashing = new CrashingTransport(OutboxFixture.Smtp(sink), crashAfter: 5);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new OutboxSender(db, crashing, options, clock).SendDueAsync(CancellationToken.None));
        Assert.Equal(5, sink.Messages().Count);

        var restarted = new OutboxSender(db, OutboxFixture.Smtp(sink), options, clock);
        Assert.Equal(15, (await restarted.SendDueAsync(CancellationToken.None)).Sent); // 11..25: 1..10 are leased by the dead sender
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(6, (await restarted.SendDueAsync(CancellationToken.None)).Sent); // 5..10 once the lease expired

        var ids = sink.Messages().Select(m => m.Header("Message-ID")).ToList();
        var expected = (await OutboxFixture.StatusesAsync(db)).Select(r => r.MessageId).ToList();
        Assert.Equal(expected.Order(), ids.Distinct().Order());
        Assert.Equal(26, ids.Count); // one duplicate, the in-flight message, spotted by its Message-ID
        Assert.All(await OutboxFixture.StatusesAsync(db), r => Assert.Equal("sent", r.Status));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task TwoSendersOnOneDatabase_SendEveryMessageExactlyOnce()
    {
        using var database = await EmailingDatabase.CreateAsync();
        using var sink = new SmtpSink();
        await OutboxFixture.EnqueueAsync(database.Shop(), 120);
        var options = new SenderOptions { BatchSize = 7, RatePerMinute = 0 };
        var clock = new ManualClock(OutboxFixture.Start);

        var reports = await Task.WhenAll(
            Task.Run(() => new OutboxSender(database.Shop(), OutboxFixture.Smtp(sink), options, clock).SendDueAsync(CancellationToken.None)),
            Task.Run(() => new OutboxSender(database.Shop(), OutboxFixture.Smtp(sink), options, clock).SendDueAsync(CancellationToken.None)));

        Assert.Equal(120, reports.Sum(r => r.Sent));
        var ids = sink.Messages().Select(m => m.Header("Message-ID")).ToList();
        Assert.Equal(120, ids.Count);
        Assert.Equal(120, ids.Distinct().Count());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task RateLimit_SendsAtMostTheShopLimitPerMinute()
    {
        using var database = await EmailingDatabase.CreateAsync();
        using var sink = new SmtpSink();
        var db = database.Shop();
        await OutboxFixture.EnqueueAsync(db, 12);
        var clock = new ManualClock(OutboxFixture.Start);
        var sender = new OutboxSender(db, OutboxFixture.Smtp(sink), new SenderOptions { RatePerMinute = 5 }, clock);

        Assert.Equal(5, (await sender.SendDueAsync(CancellationToken.None)).Sent);
        Assert.Equal(0, (await sender.SendDueAsync(CancellationToken.None)).Sent);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(5, (await sender.SendDueAsync(CancellationToken.None)).Sent);
        Assert.Equal(10, sink.Messages().Count);
    }

    [Fact]
    public async Task PickupFolder_WritesOneEmlFilePerMessage()
    {
        using var database = await EmailingDatabase.CreateAsync();
        var db = database.Shop();
        await OutboxFixture.EnqueueAsync(db, 3);
        var folder = Path.Combine(database.Folder, "pickup");

        await new OutboxSender(db, new Transport.PickupFolderTransport(folder), new SenderOptions(), new ManualClock(OutboxFixture.Start)).SendDueAsync(CancellationToken.None);

        var files = Directory.GetFiles(folder, "*.eml");
        Assert.Equal(3, files.Length);
        var subjects = files.Select(f => EmlMessage.Parse(File.ReadAllText(f)).Header("Subject")).Order();
        Assert.Equal(["Nouveautés n° 1", "Nouveautés n° 2", "Nouveautés n° 3"], subjects);
    }
}
