using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Privacy;
using ModularCrm.Modules.Emailing.Stats;
using ModularCrm.Modules.Emailing.Tests.Infrastructure;
using ModularCrm.Modules.Emailing.Tests.Outbox;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Emailing.Tests.Privacy;

public sealed class EmailingPersonalDataHandlerTests
{
    private static readonly DataSubject Alice = new(7, ["Alice@Example.fr"], []);

    [Fact]
    public async Task Export_ListsMessagesByContactOrAddressWithTheirEvents_NotOthers()
    {
        using var database = await EmailingDatabase.CreateAsync();
        var db = database.Shop();
        var (byContact, byAddress, _) = await SeedAsync(db);

        var export = await new EmailingPersonalDataHandler().ExportAsync(Alice, db, CancellationToken.None);

        var messages = export!["messages"]!.AsArray();
        Assert.Equal([byContact, byAddress], messages.Select(m => (long)m!["id"]!));
        Assert.Equal("Alice, l'automne est là", (string?)messages[0]!["subject"]);
        Assert.Equal("open", (string?)messages[0]!["events"]![0]!["kind"]);
        Assert.Null(await new EmailingPersonalDataHandler().ExportAsync(new DataSubject(99, ["personne@example.fr"], []), db, CancellationToken.None));
    }

    [Fact]
    public async Task Erase_AnonymisesTheirRowsAndBounceReasons_KeepsCampaignCountsAndOthersIntact()
    {
        using var database = await EmailingDatabase.CreateAsync();
        var db = database.Shop();
        var (byContact, _, bob) = await SeedAsync(db);
        var before = await MessageStats.ForCampaignAsync(db, 3, CancellationToken.None);

        var account = await db.InTransactionAsync(tx => new EmailingPersonalDataHandler().EraseAsync(Alice, tx, CancellationToken.None));

        Assert.StartsWith("2 message(s) anonymisé(s)", account);
        var rows = await db.QueryAsync<Row>(
            "SELECT id AS Id, to_address AS ToAddress, to_name AS ToName, subject AS Subject, html_body AS Html, text_body AS Text, contact_id AS ContactId, status AS Status FROM emailing_outbox WHERE shop_id = @shop ORDER BY id");
        var erased = rows.Single(r => r.Id == byContact);
        Assert.Equal((string.Empty, null, EmailingPersonalDataHandler.ErasedSubject, null, null, null), (erased.ToAddress, erased.ToName, erased.Subject, erased.Html, erased.Text, erased.ContactId));
        Assert.Equal("failed", rows.Single(r => r.ToAddress == string.Empty && r.Id != byContact).Status); // was still queued: never sent now
        Assert.Equal("bob@example.fr", rows.Single(r => r.Id == bob).ToAddress);
        Assert.Null(await db.QueryFirstOrDefaultAsync<string>("SELECT detail FROM emailing_events WHERE shop_id = @shop AND kind = 'bounce_soft'"));
        var after = await MessageStats.ForCampaignAsync(db, 3, CancellationToken.None);
        Assert.Equal((before.Sent, before.UniqueOpens, before.SoftBounces), (after.Sent, after.UniqueOpens, after.SoftBounces));
    }

    // Alice: a sent campaign message by contact (opened, soft bounce), a queued message by address only; Bob: one message.
    private static async Task<(long ByContact, long ByAddress, long Bob)> SeedAsync(IShopDb db)
    {
        var start = OutboxFixture.Start;
        return await db.InTransactionAsync(async tx =>
        {
            var byContact = await OutboxStore.EnqueueAsync(
                tx, OutboxFixture.Message(1) with { ToAddress = "alice@example.fr", ToName = "Alice Martin", Subject = "Alice, l'automne est là", CampaignId = 3, ContactId = 7 }, start, CancellationToken.None);
            var byAddress = await OutboxStore.EnqueueAsync(tx, OutboxFixture.Message(2) with { ToAddress = "ALICE@example.fr", Subject = "Reçu" }, start, CancellationToken.None);
            var bob = await OutboxStore.EnqueueAsync(tx, OutboxFixture.Message(3) with { ToAddress = "bob@example.fr", CampaignId = 3, ContactId = 8 }, start, CancellationToken.None);
            await tx.ExecuteAsync("UPDATE emailing_outbox SET status = 'sent', sent_at = @start WHERE shop_id = @shop AND id IN @ids", new { start, ids = new[] { byContact, bob } });
            await tx.ExecuteAsync(
                """
                INSERT INTO emailing_events (shop_id, outbox_id, campaign_id, kind, url, detail, occurred_at)
                VALUES (@shop, @byContact, 3, 'open', NULL, NULL, @start), (@shop, @byContact, 3, 'bounce_soft', NULL, '452 4.2.2 <alice@example.fr>: Mailbox full', @start)
                """,
                new { byContact, start });
            return (byContact, byAddress, bob);
        });
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public string ToAddress { get; init; } = string.Empty;

        public string? ToName { get; init; }

        public string Subject { get; init; } = string.Empty;

        public string? Html { get; init; }

        public string? Text { get; init; }

        public long? ContactId { get; init; }

        public string Status { get; init; } = string.Empty;
    }
}
