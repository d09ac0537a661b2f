using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Sdk.Sms;

namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>
/// A real host (SQLite file, plugins folder) with shop "alpha" (contacts and sms), a staff client, a clock the test
/// sets, and the module's delivery job run on demand through the host's job runner.
/// </summary>
internal sealed class SmsShop : IAsyncDisposable
{
    public const string Contacts = "/api/shops/alpha/contacts";
    public const string Sms = "/api/shops/alpha/sms";
    public const string Callback = "/p/alpha/sms/callback";

    private readonly List<CrmApp> apps = [];

    private SmsShop(CrmApp app, long shopId, ManualClock clock, HttpClient client, string files)
    {
        apps.Add(app);
        ShopId = shopId;
        Clock = clock;
        Client = client;
        Files = files;
    }

    public CrmApp App => apps[^1];

    public long ShopId { get; }

    public ManualClock Clock { get; }

    public HttpClient Client { get; private set; }

    /// <summary>The file provider's folder.</summary>
    public string Files { get; }

    /// <summary>A host whose clock reads <paramref name="now"/> (Paris time in the tests).</summary>
    public static async Task<SmsShop> StartAsync(string now)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var files = Directory.CreateTempSubdirectory("modularcrm-sms-").FullName;
        var app = NewApp(clock, files, null);
        var shop = await app.CreateShopAsync("alpha", "contacts", "sms");
        return new SmsShop(app, shop, clock, await app.ClientForAsync(shop, ShopRole.Staff, "staff@alpha.fr"), files);
    }

    /// <summary>Starts a second host on the same database (a restart) and uses it from now on; the first one stays unused.</summary>
    public async Task RestartAsync()
    {
        var next = NewApp(Clock, Files, apps[0]);
        apps.Add(next);
        var shop = await next.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        Client = await next.ClientForAsync(shop!.Id, ShopRole.Staff, $"staff{apps.Count}@alpha.fr");
    }

    /// <summary>Points the shop at <paramref name="gateway"/> with credentials alpha / s3cret and sender ALPHA.</summary>
    public Task<JsonElement> UseGatewayAsync(FakeGateway gateway) =>
        SendAsync(HttpMethod.Put, $"{Sms}/settings", new { provider = "http", endpoint = gateway.Url, login = "alpha", password = "s3cret", sender = "ALPHA", pricePerSms = 0.045m });

    public async Task<long> ContactAsync(string firstName, string? mobile, string? consent)
    {
        var created = await SendAsync(HttpMethod.Post, $"{Contacts}/contacts", new { kind = "person", firstName, lastName = "Martin", mobile });
        var id = created.GetProperty("contact").GetProperty("id").GetInt64();
        if (consent is not null)
        {
            await SendAsync(HttpMethod.Put, $"{Contacts}/contacts/{id}/consents/sms", new { status = consent, source = "formulaire en boutique" });
        }

        return id;
    }

    /// <summary>A segment of every contact and a draft campaign to it.</summary>
    public async Task<long> CampaignAsync(string text = "Bonjour {{ contact.first_name }}, -20 % ce week-end chez {{ shop.name }} !")
    {
        var segment = (await SendAsync(HttpMethod.Post, $"{Contacts}/segments", new { name = "Tous " + Guid.NewGuid().ToString("N")[..6], filter = new { } })).GetProperty("id").GetInt64();
        return (await SendAsync(HttpMethod.Post, $"{Sms}/campaigns", new { name = "Week-end", text, segmentId = segment })).GetProperty("id").GetInt64();
    }

    /// <summary>Queues <paramref name="request"/> through the SDK's <see cref="ISmsOutbox"/> as another module does, in its transaction.</summary>
    public async Task<SmsReceipt> EnqueueAsync(SmsRequest request)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<ISmsOutbox>();
        return await App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, "loyalty").InTransactionAsync(tx => outbox.EnqueueAsync(tx, request));
    }

    /// <summary>The stream's figures through <see cref="ISmsOutbox.StatsAsync"/>.</summary>
    public async Task<SmsStreamStats> StreamStatsAsync(string stream)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISmsOutbox>().StatsAsync(App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, "loyalty"), stream);
    }

    public async Task DeliverAsync()
    {
        var runner = App.Services.GetRequiredService<ModuleJobRunner>();
        var module = App.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("sms")!;
        var shop = await App.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync("sms", runner.JobsOf(module).Single(j => j.Name == "deliver"), shop!, CancellationToken.None);
    }

    /// <summary>Posts <paramref name="payload"/> to the callback route as the operator does, signed with <paramref name="secret"/>.</summary>
    public async Task<HttpResponseMessage> CallbackAsync(object payload, string secret)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(payload);
        using var anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.Add("X-Sms-Signature", "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant());
        return await anonymous.PostAsync(Callback, content);
    }

    public async Task<string> CallbackSecretAsync() => (await GetAsync($"{Sms}/settings")).GetProperty("callbackSecret").GetString()!;

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? content)
    {
        var response = await TrySendAsync(method, path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> TrySendAsync(HttpMethod method, string path, object? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content is null ? null : JsonContent.Create(content) };
        return await Client.SendAsync(request);
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        foreach (var app in Enumerable.Reverse(apps))
        {
            app.Dispose();
        }

        Directory.Delete(Files, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static CrmApp NewApp(ManualClock clock, string files, CrmApp? sameDatabaseAs)
    {
        var app = new CrmApp(sameDatabaseAs) { Clock = clock };
        app.Settings["Modules:sms:FileDirectory"] = files;
        app.Settings["Modules:sms:Sender:FirstRetryDelay"] = "00:01:00";
        return app;
    }
}
