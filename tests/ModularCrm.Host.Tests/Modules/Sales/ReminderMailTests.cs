using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>Reminders (relances) e-mailed through the e-mailing module to a real smtp-sink, in the transaction that records the step.</summary>
public sealed class ReminderMailTests
{
    private const string Sales = "/api/shops/alpha/sales";
    private const string Chromium = "/usr/bin/chromium";
    private const string PdfToText = "/usr/bin/pdftotext";

    [RequiresFilesFact("postfix's smtp-sink, Chromium and pdftotext", SmtpSink.Executable, Chromium, PdfToText)]
    public async Task Reminder_EmailingEnabled_ArrivesWithStepSubjectAmountDueAndTheInvoicePdf()
    {
        await using var shop = await EmailingShop.StartAsync(moreModules: "sales");
        var invoice = await OverdueInvoiceAsync(shop, await CustomerAsync(shop, "alice@example.fr"));

        var recorded = await shop.SendAsync(HttpMethod.Post, $"{Sales}/invoices/{invoice}/reminders", new { step = 2, date = "2026-04-10" });
        await shop.RunJobAsync("deliver");

        var message = Assert.Single(shop.Sink.Messages());
        Assert.Equal("Relance n° 2 : facture FA2026-00001 – Boutique alpha", message.Header("Subject"));
        Assert.Equal(recorded.GetProperty("mail").GetProperty("messageId").GetString(), message.Header("Message-ID"));
        var text = message.Body("text/plain");
        Assert.Contains("Bonjour Alice Martin", text);
        Assert.Contains("reste impayée depuis 10 jour(s)", text);
        Assert.Contains("109,20", text);
        var pdf = Assert.Single(message.Parts, p => p.ContentType.StartsWith("application/pdf", StringComparison.Ordinal));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf.Content, 0, 4));
        Assert.Contains("FA2026-00001.pdf", pdf.ContentType + pdf.Disposition);
        Assert.Contains("FA2026-00001", await PdfText.ReadAsync(pdf.Content));
    }

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task Reminder_SameStepTwice_SecondIsRefusedAndNoSecondMessageIsQueued()
    {
        await using var shop = await EmailingShop.StartAsync(moreModules: "sales");
        var contact = await CustomerAsync(shop, "bob@example.fr");
        var invoice = await OverdueInvoiceAsync(shop, contact);

        await shop.SendAsync(HttpMethod.Post, $"{Sales}/invoices/{invoice}/reminders", new { step = 1, date = "2026-04-10" });
        var twice = await shop.Client.PostAsJsonAsync($"{Sales}/invoices/{invoice}/reminders", new { step = 1, date = "2026-04-11" });
        await shop.RunJobAsync("deliver");

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("reminder.already_sent", await twice.Content.ReadAsStringAsync());
        Assert.Equal("Rappel : facture FA2026-00001 – Boutique alpha", Assert.Single(shop.Sink.Messages()).Header("Subject"));
        var interactions = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{contact}/interactions");
        var logged = Assert.Single(interactions.ValueKind == JsonValueKind.Array ? interactions.EnumerateArray() : interactions.GetProperty("items").EnumerateArray());
        Assert.Equal("sales", logged.GetProperty("sourceModule").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task Reminder_CustomerWithoutEmail_StepIsRecordedAndTheAnswerSaysWhyNothingWasSent()
    {
        await using var shop = await EmailingShop.StartAsync(moreModules: "sales");
        var invoice = await OverdueInvoiceAsync(shop, await CustomerAsync(shop, email: null));

        var recorded = await shop.SendAsync(HttpMethod.Post, $"{Sales}/invoices/{invoice}/reminders", new { step = 1, date = "2026-04-10" });
        await shop.RunJobAsync("deliver");

        Assert.Equal(JsonValueKind.Null, recorded.GetProperty("mail").ValueKind);
        Assert.Equal("mail.no_address", recorded.GetProperty("notMailed").GetProperty("code").GetString());
        Assert.Empty(shop.Sink.Messages());
        var due = await shop.GetAsync($"{Sales}/invoices/reminders?today=2026-04-10");
        Assert.Empty(due.EnumerateArray());
    }

    /// <summary>A contact Alice Martin with a postal address; returns its id.</summary>
    internal static async Task<long> CustomerAsync(EmailingShop shop, string? email, string firstName = "Alice")
    {
        var created = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Contacts}/contacts", new
        {
            kind = "person", firstName, lastName = "Martin", email, address = "3 rue des Potiers", postcode = "31000", city = "Toulouse",
        });
        return created.GetProperty("contact").GetProperty("id").GetInt64();
    }

    /// <summary>Legal settings, then an invoice of 109,20 € TTC to the contact dated 01/03/2026 at 30 days (due 31/03/2026); returns its id.</summary>
    internal static async Task<string> OverdueInvoiceAsync(EmailingShop shop, long contact)
    {
        await shop.SendAsync(HttpMethod.Put, $"{Sales}/settings", SalesClient.LegalSettings());
        var draft = await shop.SendAsync(HttpMethod.Post, $"{Sales}/invoices", new
        {
            customerId = contact, customerName = "Alice Martin", customerAddress = "3 rue des Potiers\n31000 Toulouse", lines = new[] { SalesClient.Line() },
        });
        var id = draft.GetProperty("id").GetString()!;
        await shop.SendAsync(HttpMethod.Post, $"{Sales}/invoices/{id}/validate", new { date = "2026-03-01", paymentTerms = "NetDays", paymentDays = 30 });
        return id;
    }
}
