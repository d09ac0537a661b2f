using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>The printable card as a PDF through the host's renderer, and its refusal where no browser is found.</summary>
public sealed class LoyaltyCardPdfTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string PdfToText = "/usr/bin/pdftotext";

    [RequiresFilesFact("Chromium and pdftotext (apt-get install -y chromium poppler-utils)", Chromium, PdfToText)]
    public async Task CardPdf_TextHasTheShopNameHolderAndGroupedNumber()
    {
        using var shop = await LoyaltyShop.StartAsync();
        var number = await IssueAsync(shop);

        var response = await shop.Http.GetAsync($"{shop.Base}/cards/{number}/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ReadAsync(bytes);
        Assert.Contains("Boutique alpha", text);
        Assert.Contains("Marie Revel", text);
        Assert.Contains(string.Join(' ', number.Chunk(4).Select(c => new string(c))), text);
    }

    [Fact]
    public async Task CardPdf_WithoutChromium_Is503NamingThePath_AndThePrintViewStillWorks()
    {
        using var shop = await LoyaltyShop.StartAsync(app => app.Settings["Pdf:ChromiumPath"] = "/nonexistent/chromium");
        var number = await IssueAsync(shop);

        var pdf = await shop.Http.GetAsync($"{shop.Base}/cards/{number}/pdf");
        var print = await shop.Http.GetAsync($"{shop.Base}/cards/{number}/print");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        var problem = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pdf.unavailable", problem.GetProperty("code").GetString());
        Assert.Contains("/nonexistent/chromium", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
    }

    private static async Task<string> IssueAsync(LoyaltyShop shop)
    {
        var issued = await shop.Http.PostAsJsonAsync($"{shop.Base}/cards", new { contactId = 3, holderName = "Marie Revel", email = "marie@exemple.fr" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }
}
