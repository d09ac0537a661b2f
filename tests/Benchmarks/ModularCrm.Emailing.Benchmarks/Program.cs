using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Emailing.Benchmarks;
using ModularCrm.Modules.Contacts;
using ModularCrm.Modules.Emailing;
using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Modules.Emailing.Transport;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Web;

// Usage: dotnet run -c Release --project tests/Benchmarks/ModularCrm.Emailing.Benchmarks -- [contacts] [connections]
// Renders and enqueues one campaign to N generated contacts (goal: 100,000 in under 10 s), then delivers the outbox
// to a local smtp-sink over C SMTP connections (goal: at least 500 messages/s). Needs postfix (/usr/sbin/smtp-sink).
var contacts = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 100_000;
var connections = args.Length > 1 && int.TryParse(args[1], out var c) && c > 0 ? c : 32;

using var database = new BenchDatabase();
await database.MigrateAsync();
var segment = await database.SeedAsync(contacts);

var services = new ServiceCollection();
new ContactsStartup().ConfigureServices(services, new ModuleContext("contacts", "0.3.0", database.Folder, new ConfigurationBuilder().Build()));
var audience = services.BuildServiceProvider().GetRequiredService<IAudience>();
var db = database.Shop("emailing");
await db.ExecuteAsync("INSERT INTO emailing_settings (shop_id, from_address, allowed_hosts, signing_key) VALUES (@shop, 'bonjour@boutique.fr', 'boutique.fr', @key)", new { key = Convert.ToBase64String(new byte[48]) });
var campaign = await CampaignStore.InsertAsync(db, BenchCampaign.Create(segment), DateTimeOffset.UtcNow, CancellationToken.None);
var options = new EmailingOptions { Sender = new SenderOptions { BatchSize = 400, RatePerMinute = 0, Connections = connections } };
var shop = new ShopContext(1, "boutique", "Boutique Alpha", "fr-FR");

var clock = Stopwatch.StartNew();
var members = await audience.SegmentMembersAsync(db, segment, AudienceChannel.Email) ?? [];
Report("segment read", members.Count, clock.Elapsed);
clock.Restart();
var renderer = new CampaignRenderer((await CampaignStore.FindAsync(db, campaign, CancellationToken.None))!, shop.Name, shop.Culture);
var links = ShopLinks.For(options, "https://crm.example.fr", shop, await SettingsStore.GetAsync(db, CancellationToken.None));
var size = members.Sum(m => (long)renderer.Render(m, links, Guid.NewGuid().ToString("N")).Html.Length);
Report($"render each ({size / members.Count} B html)", members.Count, clock.Elapsed);
clock.Restart();
var memo = new CampaignRenderMemo(renderer, links);
var rendered = members.Select(m =>
{
    var message = new OutgoingMessage(OutboxKinds.Campaign, m.Address!, m.DisplayName, "bonjour@boutique.fr", "Boutique Alpha", string.Empty) { CampaignId = campaign, ContactId = m.ContactId };
    var r = memo.Render(m, message.Ref);
    return message with { Subject = r.Subject, Html = r.Html, Text = r.Text, Headers = Unsubscribe.Headers(links.UnsubscribeUrl(message.Ref)) };
}).ToList();
Report("render memoised", members.Count, clock.Elapsed);

// Where the enqueue time goes: the same messages written alone, in a transaction rolled back afterwards.
clock.Restart();
try
{
    await db.InTransactionAsync<int>(async tx =>
    {
        await OutboxStore.EnqueueManyAsync(tx, rendered, DateTimeOffset.UtcNow, CancellationToken.None);
        Report("insert only", rendered.Count, clock.Elapsed);
        throw new OperationCanceledException("rolled back on purpose");
    });
}
catch (OperationCanceledException)
{
}

rendered = null;

clock.Restart();
var result = await new CampaignEnqueuer(db, audience, options, shop, TimeProvider.System).EnqueueAsync(campaign, "https://crm.example.fr", CancellationToken.None)
    ?? throw new InvalidOperationException("campaign not enqueued");
Report("enqueue", result.Recipients, clock.Elapsed);

using (var sink = new LocalSmtpSink())
{
    clock.Restart();
    var transport = new SmtpTransport(new SmtpSettings { Host = "127.0.0.1", Port = sink.Port, StartTls = false });
    // With the audience, as the host's job runs it: each campaign message is also logged on its contact.
    var report = await new OutboxSender(database.Shop("emailing"), transport, options.Sender, TimeProvider.System, audience).SendDueAsync(CancellationToken.None);
    Report($"deliver ({connections} conn.)", report.Sent, clock.Elapsed);
}

var left = await db.QueryFirstOrDefaultAsync<long>("SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop AND status <> 'sent'");
Console.WriteLine($"not sent           : {left:N0}");
return left == 0 ? 0 : 1;

static void Report(string phase, int messages, TimeSpan elapsed)
{
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(
        $"{phase,-19}: {messages:N0} messages in {elapsed.TotalSeconds:F2} s = {messages / elapsed.TotalSeconds:N0} msg/s; " +
        $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB so far");
}
