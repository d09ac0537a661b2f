using System.Net;
using System.Text.Json;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Templates;

/// <summary>
/// The shop's template editor API: list, read, preview (never saves), save (refused with positions when broken),
/// delete; staff read and preview, only shop admins change anything.
/// </summary>
public sealed class TemplateEditorApiTests
{
    [Fact]
    public async Task List_ShowsEnabledModulesTemplatesWithModeAndOverrideFlag()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");
        await TemplateHost.SaveAsync(client, "alpha", TemplateHost.Receipt, "x");

        var list = (await TemplateHost.JsonAsync(await client.GetAsync("/api/shops/alpha/templates"))).EnumerateArray().ToList();

        var receipt = Assert.Single(list, t => t.GetProperty("name").GetString() == TemplateHost.Receipt);
        Assert.Equal("template-ship", receipt.GetProperty("module").GetString());
        Assert.Equal("html", receipt.GetProperty("mode").GetString());
        Assert.True(receipt.GetProperty("overridden").GetBoolean());
        Assert.True(receipt.GetProperty("hasSample").GetBoolean());
        var thanks = Assert.Single(list, t => t.GetProperty("name").GetString() == "template-ship/notes/thanks.txt");
        Assert.Equal("text", thanks.GetProperty("mode").GetString());
        Assert.False(thanks.GetProperty("overridden").GetBoolean());
        Assert.DoesNotContain(list, t => t.GetProperty("module").GetString() == "template-neighbour");
    }

    [Fact]
    public async Task Get_ReturnsDefaultAndOverrideText()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");
        await TemplateHost.SaveAsync(client, "alpha", TemplateHost.Receipt, "Mon reçu");

        var detail = await TemplateHost.DetailAsync(client, "alpha", TemplateHost.Receipt);

        Assert.StartsWith("<p>Client : {{ customer_name }}</p>", detail.GetProperty("defaultText").GetString(), StringComparison.Ordinal);
        Assert.Equal("Mon reçu", detail.GetProperty("overrideText").GetString());
        Assert.True(detail.GetProperty("updatedBy").GetInt64() > 0);
    }

    [Fact]
    public async Task Preview_WithSampleFromModule_RendersWithoutSaving()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha", ShopRole.Staff);

        using var response = await TemplateHost.PreviewAsync(client, "alpha", TemplateHost.Receipt, "Pour {{ customer_name }} : {{ total | money }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Pour Marie Revel : 42,50\u00A0€", (await TemplateHost.JsonAsync(response)).GetProperty("output").GetString());
        Assert.Contains("<p>Client : Marie Revel</p>", await TemplateHost.RenderedAsync(client, "alpha", "receipt.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WithGivenModel_EncodesItInHtmlMode()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha", ShopRole.Staff);

        using var response = await TemplateHost.PreviewAsync(client, "alpha", TemplateHost.Receipt, "Bonjour {{ customer_name }}", new { customer_name = "<b>Zoé</b>" });

        Assert.Equal("Bonjour &lt;b&gt;Zoé&lt;/b&gt;", (await TemplateHost.JsonAsync(response)).GetProperty("output").GetString());
    }

    [Fact]
    public async Task Preview_OfBrokenText_ReportsLineAndColumnAndSavesNothing()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        using var response = await TemplateHost.PreviewAsync(client, "alpha", TemplateHost.Receipt, "Bonjour\n  {{ if }}\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await TemplateHost.JsonAsync(response)).GetProperty("templateErrors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() >= 3);
        Assert.Equal("parse", error.GetProperty("stage").GetString());
        var detail = await TemplateHost.DetailAsync(client, "alpha", TemplateHost.Receipt);
        Assert.False(detail.GetProperty("overridden").GetBoolean());
    }

    [Fact]
    public async Task Save_OfTextThatDoesNotParse_IsRefusedWithPositionsAndDefaultKeepsRendering()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        using var response = await TemplateHost.SaveAsync(client, "alpha", TemplateHost.Receipt, "<p>{{ customer_name </p>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TemplateHost.JsonAsync(response);
        var error = problem.GetProperty("templateErrors").EnumerateArray().First();
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("text").EnumerateArray());
        Assert.Contains("<p>Client : Marie Revel</p>", await TemplateHost.RenderedAsync(client, "alpha", "receipt.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OfTextFailingAgainstTheSample_IsRefusedAtRenderStage()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        using var response = await TemplateHost.SaveAsync(client, "alpha", TemplateHost.Receipt, "ok\n{{ for i in 1..5000 }}x{{ end }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await TemplateHost.JsonAsync(response)).GetProperty("templateErrors").EnumerateArray());
        Assert.Equal("render", error.GetProperty("stage").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        var detail = await TemplateHost.DetailAsync(client, "alpha", TemplateHost.Receipt);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("overrideText").ValueKind);
    }

    [Fact]
    public async Task Staff_CannotSaveOrDelete_ButAdminCan()
    {
        using var host = new TemplateHost();
        using var admin = await host.ShopAsync("alpha");
        using var staff = await host.UserAsync("alpha", ShopRole.Staff);

        Assert.Equal(HttpStatusCode.Forbidden, (await TemplateHost.SaveAsync(staff, "alpha", TemplateHost.Receipt, "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TemplateHost.SaveAsync(admin, "alpha", TemplateHost.Receipt, "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/shops/alpha/templates/{TemplateHost.Receipt}")).StatusCode);
        Assert.Equal("x", await TemplateHost.RenderedAsync(staff, "alpha", "receipt.html"));
    }

    [Theory]
    [InlineData("template-ship/nope.html")]
    [InlineData("template-neighbour/secret.txt")]
    public async Task Get_OfUnknownOrNotEnabledTemplate_IsNotFound(string name)
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/shops/alpha/templates/{name}")).StatusCode);
    }

    [Fact]
    public async Task Preview_WithNameMissingTheModule_IsABadRequestNamingTheField()
    {
        using var host = new TemplateHost();
        using var client = await host.ShopAsync("alpha");

        using var response = await TemplateHost.PreviewAsync(client, "alpha", "receipt.html", "x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await TemplateHost.JsonAsync(response)).GetProperty("errors").TryGetProperty("name", out _));
    }
}
