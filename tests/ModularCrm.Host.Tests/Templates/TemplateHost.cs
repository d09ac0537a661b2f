using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Templates;

/// <summary>
/// The real host with the template-ship and template-neighbour fixture modules (real assemblies embedding real
/// <c>Templates/</c> files), and the calls the template tests make over HTTP.
/// </summary>
internal sealed class TemplateHost : IDisposable
{
    public const string Receipt = "template-ship/receipt.html";

    private readonly TestPlugins plugins;

    public TemplateHost()
    {
        plugins = TestPlugins.BundledWith("TemplateShip", "TemplateNeighbour");
        App = new CrmApp { PluginsPath = plugins.Path };
    }

    public CrmApp App { get; }

    /// <summary>A shop (fr-FR unless told) with template-ship enabled, and a client of the given role in it.</summary>
    public async Task<HttpClient> ShopAsync(string slug, ShopRole role = ShopRole.Admin, string? culture = null, params string[] moreModules)
    {
        var shop = await App.Services.GetRequiredService<ShopStore>().CreateAsync(slug, "Boutique " + slug, culture, CancellationToken.None);
        foreach (var module in new[] { "template-ship" }.Concat(moreModules))
        {
            await App.Services.GetRequiredService<ShopModules>().EnableAsync(shop.Id, module, null, CancellationToken.None);
        }

        return await App.ClientForAsync(shop.Id, role);
    }

    /// <summary>Another user, of <paramref name="role"/>, in an existing shop.</summary>
    public async Task<HttpClient> UserAsync(string slug, ShopRole role)
    {
        var shop = await App.Services.GetRequiredService<ShopStore>().FindAsync(slug, CancellationToken.None);
        return await App.ClientForAsync(shop!.Id, role);
    }

    /// <summary>What the fixture module renders for <paramref name="name"/> through <c>ITemplateRenderer</c>.</summary>
    public static Task<HttpResponseMessage> RenderAsync(HttpClient client, string shop, string name, string customer = "Marie Revel") =>
        client.GetAsync($"/api/shops/{shop}/template-ship/render/{name}?customer={Uri.EscapeDataString(customer)}");

    public static async Task<string> RenderedAsync(HttpClient client, string shop, string name, string customer = "Marie Revel")
    {
        using var response = await RenderAsync(client, shop, name, customer);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"render of {name} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, string shop, string name, string text) =>
        client.PutAsJsonAsync($"/api/shops/{shop}/templates/{name}", new { text });

    public static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string shop, string name, string text, object? model = null) =>
        client.PostAsJsonAsync($"/api/shops/{shop}/templates/preview", new { name, text, model });

    /// <summary>The editor's view of one template: default text, override text and who saved it.</summary>
    public static async Task<JsonElement> DetailAsync(HttpClient client, string shop, string name) =>
        await JsonAsync(await client.GetAsync($"/api/shops/{shop}/templates/{name}"));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public void Dispose()
    {
        App.Dispose();
        plugins.Dispose();
    }
}
