using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Tests.Modules.Sms;
using ModularCrm.Host.Users;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>
/// Shop "alpha" with contacts, sales, loyalty, e-mailing and SMS on the real host: mail goes to a real smtp-sink, texts
/// to a gateway played on 127.0.0.1, the clock is the test's, and jobs run on demand through the host's job runner.
/// </summary>
internal sealed class LoyaltyMessagesShop : IAsyncDisposable
{
    public const string Api = "/api/shops/alpha";

    private LoyaltyMessagesShop(CrmApp app, SmtpSink sink, FakeGateway gateway, ManualClock clock, long shopId, HttpClient client)
    {
        App = app;
        Sink = sink;
        Gateway = gateway;
        Clock = clock;
        ShopId = shopId;
        Client = client;
    }

    public CrmApp App { get; }

    public SmtpSink Sink { get; }

    public FakeGateway Gateway { get; }

    public ManualClock Clock { get; }

    public long ShopId { get; }

    public HttpClient Client { get; }

    /// <param name="now">The clock (Paris time in the tests).</param>
    /// <param name="modules">The modules of the shop.</param>
    public static async Task<LoyaltyMessagesShop> StartAsync(string now, params string[] modules)
    {
        var sink = new SmtpSink();
        var gateway = await FakeGateway.StartAsync();
        var clock = new ManualClock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var app = new CrmApp { Clock = clock };
        app.Settings["Modules:emailing:Smtp:Host"] = "127.0.0.1";
        app.Settings["Modules:emailing:Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture);
        app.Settings["Modules:emailing:Smtp:StartTls"] = "false";
        app.Settings["Modules:emailing:Sender:RatePerMinute"] = "0";
        var shop = await app.CreateShopAsync("alpha", modules.Length == 0 ? ["contacts", "sales", "loyalty", "emailing", "sms"] : modules);
        var client = await app.ClientForAsync(shop, ShopRole.Admin, "admin@alpha.fr");
        var built = new LoyaltyMessagesShop(app, sink, gateway, clock, shop, client);
        if (modules.Length == 0 || modules.Contains("sms"))
        {
            await built.SendAsync(HttpMethod.Put, $"{Api}/sms/settings", new { provider = "http", endpoint = gateway.Url, login = "alpha", password = "s3cret", sender = "ALPHA" });
        }

        return built;
    }

    /// <summary>A contact born on <paramref name="birthDate"/> who gave e-mail and SMS consent, with a loyalty card.</summary>
    public async Task<(long Contact, string Card)> CardHolderAsync(string firstName, string birthDate, string email, string mobile, bool smsConsent = true)
    {
        var created = await SendAsync(HttpMethod.Post, $"{Api}/contacts/contacts", new { kind = "person", firstName, lastName = "Martin", email, mobile, birthDate });
        var id = created.GetProperty("contact").GetProperty("id").GetInt64();
        await SendAsync(HttpMethod.Put, $"{Api}/contacts/contacts/{id}/consents/email", new { status = "granted", source = "formulaire en boutique" });
        if (smsConsent)
        {
            await SendAsync(HttpMethod.Put, $"{Api}/contacts/contacts/{id}/consents/sms", new { status = "granted", source = "formulaire en boutique" });
        }

        var card = await SendAsync(HttpMethod.Post, $"{Api}/loyalty/cards", new { contactId = id, holderName = $"{firstName} Martin" });
        return (id, card.GetProperty("number").GetString()!);
    }

    /// <summary>A stamp card rewarding every second purchase with a 10 € voucher.</summary>
    public async Task<long> StampProgramAsync(bool sendMessages) =>
        (await SendAsync(HttpMethod.Post, $"{Api}/loyalty/programs", new
        {
            name = "Tampons", kind = "stamps", threshold = 2, rewardKind = "amount", rewardValue = 10, voucherValidityDays = 60, sendMessages,
        })).GetProperty("program").GetProperty("id").GetInt64();

    /// <summary>Publishes a sales event as the sales module does (its outbox, its module id).</summary>
    public Task PublishAsync(string name, object payload) =>
        App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, "sales").InTransactionAsync(async tx => { await tx.PublishAsync(name, payload); return 0; });

    /// <summary>Waits until the event dispatcher made <paramref name="sql"/> count <paramref name="expected"/>.</summary>
    public async Task WaitForCountAsync(string sql, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await CountAsync(sql) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{sql} never reached {expected}");
            await Task.Delay(100);
        }
    }

    public async Task RunJobAsync(string module, string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var runner = App.Services.GetRequiredService<ModuleJobRunner>();
        var entry = App.Services.GetRequiredService<ModuleRuntime>().Catalog.Find(module)!;
        var shop = await App.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync(module, runner.JobsOf(entry).Single(j => j.Name == name), shop!, CancellationToken.None);
    }

    /// <summary>Rows of <paramref name="sql"/>'s count for this shop (a constant of the test, never input).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { shop = ShopId });
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content is null ? null : JsonContent.Create(content) };
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        await Gateway.DisposeAsync();
        Sink.Dispose();
    }
}
