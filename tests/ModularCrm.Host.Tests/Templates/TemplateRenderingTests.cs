using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Templates;

/// <summary>
/// A module renders its templates through the SDK's ITemplateRenderer, over the real HTTP pipeline: its embedded
/// default, or the shop's override for that shop only, in the shop's culture, HTML-encoded only in HTML mode.
/// </summary>
public sealed class TemplateRenderingTests
{
    private const string Nnbsp = "\u202F";
    private const string Nbsp = "\u00A0";

    [Fact]
    public async Task Render_WithoutOverride_UsesTheModulesEmbeddedDefault()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        var output = await TemplateHost.RenderedAsync(client, "alpha", "receipt.html");

        Assert.Contains("<p>Client : Marie Revel</p>", output, StringComparison.Ordinal);
        Assert.Equal("Merci Marie Revel !\n", await TemplateHost.RenderedAsync(client, "alpha", "notes/thanks.txt"));
    }

    [Fact]
    public async Task Render_InAFrenchShop_FormatsMoneyAndDateInFrench()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha", culture: "fr-FR");

        var output = await TemplateHost.RenderedAsync(client, "alpha", "receipt.html");

        Assert.Contains($"<p>Total : 1{Nnbsp}254,00{Nbsp}€</p>", output, StringComparison.Ordinal);
        Assert.Contains("<p>Date : 23 novembre 2026</p>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InAnEnglishShop_UsesThatShopsCulture()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("london", culture: "en-GB");

        var output = await TemplateHost.RenderedAsync(client, "london", "receipt.html");

        Assert.Contains("<p>Date : 23 November 2026</p>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("novembre", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HtmlTemplate_EncodesAScriptInTheCustomerName()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        var output = await TemplateHost.RenderedAsync(client, "alpha", "receipt.html", "<script>alert('x')</script>");

        Assert.Contains("<p>Client : &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TextTemplate_WritesTheCustomerNameAsIs()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        var output = await TemplateHost.RenderedAsync(client, "alpha", "receipt.txt", "<script>alert('x')</script>");

        Assert.StartsWith("Client : <script>alert('x')</script>\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Override_ReplacesTheDefaultForThatShopOnly()
    {
        using var host = new TemplateHost();
        using var alpha = await host.ShopAsync("alpha");
        using var beta = await host.ShopAsync("beta");
        var betaBefore = await TemplateHost.RenderedAsync(beta, "beta", "receipt.html");
        await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"); // caches "no override" for alpha

        Assert.Equal(HttpStatusCode.OK, (await TemplateHost.SaveAsync(alpha, "alpha", TemplateHost.Receipt, "<h1>Alpha pour {{ customer_name }}</h1>")).StatusCode);

        Assert.Equal("<h1>Alpha pour Marie Revel</h1>", await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"));
        Assert.Equal(betaBefore, await TemplateHost.RenderedAsync(beta, "beta", "receipt.html"));
    }

    [Fact]
    public async Task DeletingTheOverride_BringsTheDefaultBack()
    {
        using var host = new TemplateHost();
        using var alpha = await host.ShopAsync("alpha");
        var original = await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html");
        await TemplateHost.SaveAsync(alpha, "alpha", TemplateHost.Receipt, "Personnalisé");
        Assert.Equal("Personnalisé", await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"));

        Assert.Equal(HttpStatusCode.NoContent, (await alpha.DeleteAsync($"/api/shops/alpha/templates/{TemplateHost.Receipt}")).StatusCode);

        Assert.Equal(original, await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"));
    }

    [Fact]
    public async Task Override_ThatPassedTheSampleButFailsOnRealData_FallsBackToTheDefault()
    {
        using var host = new TemplateHost();
        using var alpha = await host.ShopAsync("alpha");
        var original = await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html");

        // 42 iterations for the sample's 42,50 €; 1 254 for the real receipt, beyond the engine's loop limit.
        Assert.Equal(HttpStatusCode.OK, (await TemplateHost.SaveAsync(alpha, "alpha", TemplateHost.Receipt, "{{ for i in 1..total }}*{{ end }}")).StatusCode);

        Assert.Equal(original, await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"));
    }

    [Fact]
    public async Task StoredOverrideThatDoesNotParse_WrittenAroundTheApi_NeverBreaksRendering()
    {
        using var host = new TemplateHost();
        using var alpha = await host.ShopAsync("alpha");
        using var beta = await host.ShopAsync("beta");
        var original = await TemplateHost.RenderedAsync(beta, "beta", "receipt.html");
        await using (var connection = await host.App.Services.GetRequiredService<Database>().OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO core_template_overrides (shop_id, template_name, body, updated_at, updated_by) " +
                "SELECT id, @name, @body, @at, NULL FROM core_shops WHERE slug = @slug",
                new { name = TemplateHost.Receipt, body = "{{ if", at = DateTimeOffset.UtcNow, slug = "alpha" });
        }

        Assert.Equal(original, await TemplateHost.RenderedAsync(alpha, "alpha", "receipt.html"));
    }

    [Fact]
    public async Task ConcurrentRenders_InTwoShops_EachGetTheirOwnTemplate()
    {
        using var host = new TemplateHost();
        using var alpha = await host.ShopAsync("alpha");
        using var beta = await host.ShopAsync("beta");
        await TemplateHost.SaveAsync(alpha, "alpha", TemplateHost.Receipt, "A:{{ customer_name }}");

        var renders = Enumerable.Range(0, 60).Select(async i =>
        {
            var (client, shop) = i % 2 == 0 ? (alpha, "alpha") : (beta, "beta");
            return (i, shop, output: await TemplateHost.RenderedAsync(client, shop, "receipt.html", $"client{i}"));
        });

        foreach (var (i, shop, output) in await Task.WhenAll(renders))
        {
            if (shop == "alpha")
            {
                Assert.Equal($"A:client{i}", output);
            }
            else
            {
                Assert.Contains($"<p>Client : client{i}</p>", output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Module_AskingForAnotherModulesTemplate_GetsNotFound()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha", ShopRole.Admin, null, "template-neighbour");
        var listed = await TemplateHost.JsonAsync(await client.GetAsync("/api/shops/alpha/templates"));
        Assert.Contains(listed.EnumerateArray(), t => t.GetProperty("name").GetString() == "template-neighbour/secret.txt");

        using var response = await TemplateHost.RenderAsync(client, "alpha", "template-neighbour/secret.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Secret du voisin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
