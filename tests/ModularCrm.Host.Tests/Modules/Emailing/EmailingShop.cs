using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

/// <summary>
/// A real host whose e-mailing module sends to a real smtp-sink: shop "alpha" (contacts and emailing), a staff client
/// signed in as staff@alpha.fr, and the module's jobs run on demand through the host's job runner.
/// </summary>
internal sealed class EmailingShop : IAsyncDisposable
{
    public const string Contacts = "/api/shops/alpha/contacts";
    public const string Emailing = "/api/shops/alpha/emailing";
    public const string StaffEmail = "staff@alpha.fr";

    private EmailingShop(CrmApp app, SmtpSink sink, long shopId, HttpClient client)
    {
        App = app;
        Sink = sink;
        ShopId = shopId;
        Client = client;
    }

    public CrmApp App { get; }

    public SmtpSink Sink { get; }

    public long ShopId { get; }

    public HttpClient Client { get; }

    /// <param name="settings">Extra host configuration, e.g. another module's options.</param>
    /// <param name="moreModules">Modules to enable after contacts and emailing, e.g. sales.</param>
    public static async Task<EmailingShop> StartAsync(Action<Dictionary<string, string?>>? settings = null, params string[] moreModules)
    {
        var sink = new SmtpSink();
        var app = new CrmApp();
        app.Settings["Modules:emailing:Smtp:Host"] = "127.0.0.1";
        app.Settings["Modules:emailing:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Modules:emailing:Smtp:StartTls"] = "false";
        app.Settings["Modules:emailing:Sender:RatePerMinute"] = "0";
        settings?.Invoke(app.Settings);
        var shop = await app.CreateShopAsync("alpha", ["contacts", "emailing", .. moreModules]);
        return new EmailingShop(app, sink, shop, await app.ClientForAsync(shop, ShopRole.Staff, StaffEmail));
    }

    /// <summary>A client with no credentials, as a recipient's mail program or browser.</summary>
    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<long> ContactAsync(string firstName, string email, string? consent)
    {
        var created = await SendAsync(HttpMethod.Post, $"{Contacts}/contacts", new { kind = "person", firstName, lastName = "Martin", email });
        var id = created.GetProperty("contact").GetProperty("id").GetInt64();
        if (consent is not null)
        {
            await SendAsync(HttpMethod.Put, $"{Contacts}/contacts/{id}/consents/email", new { status = consent, source = "formulaire en boutique" });
        }

        return id;
    }

    /// <summary>A segment of every contact, and a draft campaign to it whose links lead to boutique-alpha.fr.</summary>
    public async Task<long> CampaignAsync(string? topic = null)
    {
        var segment = (await SendAsync(HttpMethod.Post, $"{Contacts}/segments", new { name = "Tous " + Guid.NewGuid().ToString("N")[..6], filter = new { } })).GetProperty("id").GetInt64();
        await SendAsync(HttpMethod.Put, $"{Emailing}/settings", new { fromAddress = "bonjour@boutique-alpha.fr", fromName = "Boutique Alpha", allowedHosts = new[] { "boutique-alpha.fr" } });
        var campaign = await SendAsync(HttpMethod.Post, $"{Emailing}/campaigns", new
        {
            name = "Automne",
            subject = "{{ contact.first_name }}, notre collection d'automne est là",
            html = "<p>Bonjour {{ contact.first_name }} &amp; bienvenue</p><p><a href=\"https://boutique-alpha.fr/automne?src=mail&amp;x=1\">Voir</a> <a href=\"https://ailleurs.example/\">Ailleurs</a></p>",
            text = "Bonjour {{ contact.first_name }}, découvrez https://boutique-alpha.fr/automne",
            segmentId = segment,
            topic,
        });
        return campaign.GetProperty("id").GetInt64();
    }

    public async Task RunJobAsync(string name)
    {
        var runner = App.Services.GetRequiredService<ModuleJobRunner>();
        var module = App.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("emailing")!;
        var shop = await App.Services.GetRequiredService<ShopStore>().FindAsync("alpha", CancellationToken.None);
        await runner.RunForShopAsync("emailing", runner.JobsOf(module).Single(j => j.Name == name), shop!, CancellationToken.None);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content is null ? null : JsonContent.Create(content) };
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        Sink.Dispose();
        return ValueTask.CompletedTask;
    }
}
