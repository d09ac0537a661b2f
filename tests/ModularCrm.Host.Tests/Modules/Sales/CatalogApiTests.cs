using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class CatalogApiTests
{
    [Fact]
    public async Task CreateUpdateDelete_Product_RoundTripsPriceAndRate()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var created = await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { kind = "service", reference = "POSE-1", name = "Pose", unitPriceExclVat = 12.3456m, vatRate = 5.5m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var updated = await sales.Http.PutAsJsonAsync($"{sales.Base}/products/{id}", new { kind = "service", reference = "POSE-1", name = "Pose murale", unitPriceExclVat = 80m, vatRate = 10m, active = false });

        var product = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pose murale", product.GetProperty("name").GetString());
        Assert.Equal(80m, product.GetProperty("unitPriceExclVat").GetDecimal());
        Assert.False(product.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await sales.Http.DeleteAsync($"{sales.Base}/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.Http.GetAsync($"{sales.Base}/products/{id}")).StatusCode);
    }

    [Fact]
    public async Task Create_FourDecimalPrice_IsKeptExactly()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { reference = "A", name = "A", unitPriceExclVat = 12.3456m, vatRate = 20m });
        await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { reference = "B", name = "B", unitPriceExclVat = 7m, vatRate = 2.1m });

        var list = await sales.Http.GetFromJsonAsync<JsonElement>($"{sales.Base}/products");
        Assert.Equal([12.3456m, 7m], list.EnumerateArray().Select(p => p.GetProperty("unitPriceExclVat").GetDecimal()));
        Assert.Equal([20m, 2.1m], list.EnumerateArray().Select(p => p.GetProperty("vatRate").GetDecimal()));
    }

    [Fact]
    public async Task Create_DuplicateReferenceAndUnknownRate_AreRefusedNamingTheFields()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { reference = "VASE", name = "Vase", unitPriceExclVat = 10m, vatRate = 20m });

        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { reference = "VASE", name = "Autre", unitPriceExclVat = -1m, vatRate = 19.6m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("déjà utilisée", errors.GetProperty("reference")[0].GetString());
        Assert.True(errors.TryGetProperty("vatRate", out _));
        Assert.True(errors.TryGetProperty("unitPriceExclVat", out _));
        Assert.Single((await sales.Http.GetFromJsonAsync<JsonElement>($"{sales.Base}/products")).EnumerateArray());
    }

    [Fact]
    public async Task Delete_ProductUsedOnAnInvoice_Is409AndKeepsIt()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var created = await sales.Http.PostAsJsonAsync($"{sales.Base}/products", new { reference = "VASE", name = "Vase", unitPriceExclVat = 10m, vatRate = 20m });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await sales.CreateInvoiceAsync(new { productId = id, description = "Vase", quantity = 1m, unitPriceExclVat = 10m, vatRate = 20m });

        var response = await sales.Http.DeleteAsync($"{sales.Base}/products/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("désactivez", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await sales.Http.GetAsync($"{sales.Base}/products/{id}")).StatusCode);
    }
}
