using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>A real host with one shop "alpha" (contacts and sales enabled) and a staff client for it.</summary>
internal sealed class ContactsShop : IAsyncDisposable
{
    private ContactsShop(CrmApp app, long shopId, HttpClient client)
    {
        App = app;
        ShopId = shopId;
        Client = client;
    }

    public CrmApp App { get; }

    public long ShopId { get; }

    public HttpClient Client { get; }

    public const string Base = "/api/shops/alpha/contacts";

    public static async Task<ContactsShop> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var app = Configured(new CrmApp(), settings);
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        return new ContactsShop(app, shop, await app.ClientForAsync(shop, ShopRole.Admin));
    }

    /// <summary>The same shop in a new host process on the same database and import folder (a restart).</summary>
    public async Task<ContactsShop> RestartAsync(IDictionary<string, string?>? settings = null)
    {
        var app = Configured(new CrmApp(App), settings);
        return new ContactsShop(app, ShopId, await app.ClientForAsync(ShopId, ShopRole.Admin));
    }

    /// <summary>One pass of the contacts module's job <paramref name="job"/> for this shop, as the host's scheduler runs it.</summary>
    public Task RunJobAsync(string job, CancellationToken cancellationToken = default) => RunJobAsync(App, job, cancellationToken);

    /// <summary>One pass of the contacts module's job <paramref name="job"/> for shop "alpha" of <paramref name="app"/>.</summary>
    public static async Task RunJobAsync(CrmApp app, string job, CancellationToken cancellationToken = default)
    {
        var runner = app.Services.GetRequiredService<ModuleJobRunner>();
        var module = app.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("contacts")!;
        var shop = await app.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync("contacts", runner.JobsOf(module).Single(j => j.Name == job), shop!, cancellationToken);
    }

    // Uploads wait in a folder of this host's own (kept across a restart), not in the shared default one.
    private static CrmApp Configured(CrmApp app, IDictionary<string, string?>? settings)
    {
        app.Settings["Modules:contacts:ImportDirectory"] = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "contact-imports");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            app.Settings[key] = value;
        }

        return app;
    }

    /// <summary>The shop's database as a module sees it (to publish another module's events, or read core_events).</summary>
    public IShopDb Db(string module) => App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, module);

    public async Task<long> CreateAsync(object contact)
    {
        var response = await Client.PostAsJsonAsync($"{Base}/contacts", contact);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("contact").GetProperty("id").GetInt64();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(Base + path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> SendJsonAsync(HttpMethod method, string path, object? content)
    {
        using var request = new HttpRequestMessage(method, Base + path) { Content = content is null ? null : JsonContent.Create(content) };
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Waits for the event dispatcher to deliver (it polls every 50 ms in tests).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var value = await probe();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(50);
            value = await probe();
        }

        return value;
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}
