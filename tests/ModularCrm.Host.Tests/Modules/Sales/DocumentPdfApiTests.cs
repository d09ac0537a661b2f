using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class DocumentPdfApiTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string PdfToText = "/usr/bin/pdftotext";

    [RequiresFilesFact("Chromium and pdftotext (apt-get install -y chromium poppler-utils)", Chromium, PdfToText)]
    public async Task InvoicePdf_TextHasNumberCustomerTotalsAndLegalMentions_AndIsServedIdenticalAfterwards()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", SalesClient.LegalSettings());
        var id = (await sales.ValidatedAsync("2026-03-10")).GetProperty("id").GetString()!;

        var first = await sales.Http.GetAsync($"{sales.Base}/invoices/{id}/pdf");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = await sales.Http.GetByteArrayAsync($"{sales.Base}/invoices/{id}/pdf");

        Assert.True(first.StatusCode == HttpStatusCode.OK, $"{first.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ReadAsync(bytes);
        Assert.Contains("FA2026-00001", text);
        Assert.Contains("Atelier Revel", text);
        Assert.Contains("109,20", text);
        Assert.Contains("18,20", text);
        Assert.Contains("Poterie du Lauragais SARL", text);
        Assert.Contains("732 829 320 00074", text);
        Assert.Contains("FR44732829320", text);
        Assert.Contains("12,5 %", text);
        Assert.Contains("recouvrement", text);
        Assert.Contains("40,00", text);
        Assert.Equal(bytes, again);
        Assert.Equal(1, await sales.CountAsync("sales_document_pdfs"));
    }

    [Fact]
    public async Task Pdf_WithoutChromium_Is503NamingThePath_AndHtmlStillWorks()
    {
        using var app = new CrmApp();
        app.Settings["Pdf:ChromiumPath"] = "/nonexistent/chromium";
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var pdf = await sales.Http.GetAsync($"{sales.Base}/invoices/{id}/pdf");
        var html = await sales.Http.GetAsync($"{sales.Base}/invoices/{id}/html");

        var problem = await SalesClient.ProblemAsync(pdf, HttpStatusCode.ServiceUnavailable, "pdf.unavailable");
        Assert.Contains("/nonexistent/chromium", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }

    [Fact]
    public async Task Pdf_ValidatedInvoiceWithoutLegalSettings_Is409AndNothingIsStored()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;

        var response = await sales.Http.GetAsync($"{sales.Base}/invoices/{id}/pdf");

        await SalesClient.ProblemAsync(response, HttpStatusCode.Conflict, "settings.legal_missing");
        Assert.Equal(0, await sales.CountAsync("sales_document_pdfs"));
    }
}
