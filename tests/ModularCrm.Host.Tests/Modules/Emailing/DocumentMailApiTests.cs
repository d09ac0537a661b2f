using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class DocumentMailApiTests
{
    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task Invoice_SentToContactWithoutMarketingConsent_ArrivesWithPdfAndIsLoggedAsInteraction()
    {
        await using var shop = await EmailingShop.StartAsync();
        var alice = await shop.ContactAsync("Alice", "alice@example.fr", consent: null);
        var pdf = "%PDF-1.7 facture FA-2026-0042"u8.ToArray();

        var response = await shop.Client.PostAsJsonAsync($"{EmailingShop.Emailing}/documents/send", new
        {
            contactId = alice, kind = "invoice", number = "FA-2026-0042", total = 1254.5m, dueOn = "23/12/2026",
            attachment = new { fileName = "FA-2026-0042.pdf", contentType = "application/pdf", contentBase64 = Convert.ToBase64String(pdf) },
        });
        await shop.RunJobAsync("deliver");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var message = Assert.Single(shop.Sink.Messages());
        Assert.Equal("Facture FA-2026-0042 – Boutique alpha", message.Header("Subject"));
        Assert.Contains("1\u202f254,50\u00a0€", message.Body("text/plain"));
        Assert.Empty(message.Header("List-Unsubscribe")); // not marketing
        var part = Assert.Single(message.Parts, p => p.ContentType.StartsWith("application/pdf", StringComparison.Ordinal));
        Assert.Equal(pdf, part.Content);
        Assert.Contains("FA-2026-0042.pdf", part.ContentType + part.Disposition);
        var interactions = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{alice}/interactions");
        var logged = Assert.Single(interactions.ValueKind == JsonValueKind.Array ? interactions.EnumerateArray() : interactions.GetProperty("items").EnumerateArray());
        Assert.Equal(("email_sent", "emailing"), (logged.GetProperty("kind").GetString(), logged.GetProperty("sourceModule").GetString()));
    }

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task Send_UnknownContactAndKind_Is400NamingEachField()
    {
        await using var shop = await EmailingShop.StartAsync();

        var response = await shop.Client.PostAsJsonAsync($"{EmailingShop.Emailing}/documents/send", new { contactId = 999, kind = "facture", number = "FA-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("contactId", out _));
        Assert.True(errors.TryGetProperty("kind", out _));
    }
}
