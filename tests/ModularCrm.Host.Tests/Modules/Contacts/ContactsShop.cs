using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
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

    public static async Task<ContactsShop> StartAsync()
    {
        var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        return new ContactsShop(app, shop, await app.ClientForAsync(shop, ShopRole.Admin));
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
