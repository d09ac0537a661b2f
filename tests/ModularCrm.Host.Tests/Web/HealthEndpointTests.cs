using System.Net;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Web;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_WithBundledModules_ReportsDatabaseAndEveryModuleLoaded()
    {
        using var app = new CrmApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(json);
        Assert.True(body.RootElement.GetProperty("status").GetString() == "healthy", json);
        Assert.Equal("ok", body.RootElement.GetProperty("database").GetProperty("state").GetString());
        Assert.Equal("sqlite", body.RootElement.GetProperty("database").GetProperty("provider").GetString());
        var modules = body.RootElement.GetProperty("modules").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("state").GetString());
        Assert.Equal("Loaded", modules["contacts"]);
        Assert.Equal("Loaded", modules["sales"]);
    }

    [Fact]
    public async Task AnyResponse_CarriesSecurityHeaders()
    {
        using var app = new CrmApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task OpenApiDocument_ListsModuleEndpoints()
    {
        using var app = new CrmApp();
        using var client = app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/shops/{shop}/contacts/contacts", document);
        Assert.Contains("/api/shops", document);
    }
}
