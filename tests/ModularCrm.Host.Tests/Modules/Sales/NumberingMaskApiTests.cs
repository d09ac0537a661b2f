using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class NumberingMaskApiTests
{
    [Fact]
    public async Task List_NewShop_ShowsTheDefaultMasks()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var masks = await sales.Http.GetFromJsonAsync<JsonElement>($"{sales.Base}/numbering");

        Assert.Equal("DE{yyyy}-{0000}", masks.GetProperty("Quote").GetString());
        Assert.Equal("FA{yyyy}-{00000}", masks.GetProperty("Invoice").GetString());
        Assert.Equal("AV{yyyy}-{00000}", masks.GetProperty("CreditNote").GetString());
    }

    [Fact]
    public async Task Set_ShopMask_NumbersTheNextInvoiceWithIt()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PutAsJsonAsync($"{sales.Base}/numbering/invoice", new { mask = "F{yyyy}{MM}-{000}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("F202603-001", (await sales.ValidatedAsync("2026-03-10")).GetProperty("number").GetString());
        Assert.Equal("F202604-001", (await sales.ValidatedAsync("2026-04-01")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Set_MaskWithoutCounter_Is422AndKeepsTheOldMask()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PutAsJsonAsync($"{sales.Base}/numbering/invoice", new { mask = "FA{yyyy}" });

        await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "numbering.no_counter");
        Assert.Equal("FA2026-00001", (await sales.ValidatedAsync()).GetProperty("number").GetString());
    }
}
