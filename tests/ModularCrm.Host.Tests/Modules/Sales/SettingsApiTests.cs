using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class SettingsApiTests
{
    [Fact]
    public async Task Put_ValidLegalSettings_AreKeptAndPrintedMentionsIncludeIndemnityAndPenalty()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var put = await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", SalesClient.LegalSettings());
        var settings = await sales.GetAsync("settings");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("732 829 320", settings.GetProperty("siren").GetString());
        Assert.Equal("FR44732829320", settings.GetProperty("vatNumber").GetString());
        var mentions = string.Join("\n", settings.GetProperty("printedMentions").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("12,5 %", mentions);
        Assert.Contains("40,00 €", mentions);
        Assert.Contains("SIRET 732 829 320 00074", mentions);
    }

    [Fact]
    public async Task Put_BadSiretAndMissingVat_Is422ListingBothFieldsAndKeepsDefaults()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", new { legalName = "X", address = "Y", siret = "73282932000075" });

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "legal.siret_invalid");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("siret", fields);
        Assert.Contains("vatNumber", fields);
        Assert.Equal(JsonValueKind.Null, (await sales.GetAsync("settings")).GetProperty("legalName").ValueKind);
    }

    [Fact]
    public async Task Put_RemindersNotIncreasing_Is422NamingTheStep()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", new
        {
            legalName = "Poterie", address = "Toulouse", siret = "73282932000074", vatNumber = "FR44732829320", reminderSteps = new[] { 10, 5 },
        });

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "reminder.steps_invalid");
        Assert.Equal("steps[2]", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Validate_WithoutTerms_UsesTheShopsPaymentTerms()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", new
        {
            legalName = "Poterie", address = "Toulouse", siret = "73282932000074", vatNumber = "FR44732829320", paymentTerms = "DaysEndOfMonth", paymentDays = 45,
        });
        var draft = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var invoice = await sales.PostOkAsync($"invoices/{draft}/validate", new { date = "2026-03-10" });

        Assert.Equal("2026-04-30", invoice.GetProperty("dueDate").GetString());
    }
}
