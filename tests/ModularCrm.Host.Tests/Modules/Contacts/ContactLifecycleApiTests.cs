using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Contacts;

public sealed class ContactLifecycleApiTests
{
    [Fact]
    public async Task InvoiceValidatedTwiceAndCreditNote_RecordedOnceEach_InsightNetsThem()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Hernandez", firstName = "Blandine" });
        var sales = shop.Db("sales");

        var (first, second, credit) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var (name, invoiceId, creditNoteId, excl, date) in new[]
        {
            ("sales.invoice.validated", first, (Guid?)null, 100m, "2025-03-01"),
            ("sales.invoice.validated", first, null, 100m, "2025-03-01"),
            ("sales.invoice.validated", second, null, 300m, "2026-01-10"),
            ("sales.credit_note.validated", second, credit, 50m, "2026-02-01"),
        })
        {
            await sales.InTransactionAsync(async tx => { await tx.PublishAsync(name, new { invoiceId, creditNoteId, contactId = id, totalInclVat = excl * 1.2m, totalExclVat = excl, date }); return 0; });
        }

        var purchases = await ContactsShop.EventuallyAsync(() => shop.GetJsonAsync($"/contacts/{id}/purchases"), p => p.GetProperty("purchases").GetArrayLength() >= 3);
        await Task.Delay(300);
        purchases = await shop.GetJsonAsync($"/contacts/{id}/purchases");
        Assert.Equal(3, purchases.GetProperty("purchases").GetArrayLength());
        Assert.Equal(2, purchases.GetProperty("purchaseCount").GetInt32());
        Assert.Equal(350m, purchases.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal(250m, purchases.GetProperty("revenueExclVatByYear").GetProperty("2026").GetDecimal());
        Assert.Equal(("2025-03-01", "2026-01-10"), (purchases.GetProperty("firstPurchase").GetString(), purchases.GetProperty("lastPurchase").GetString()));
        Assert.Equal("customer", (await shop.GetJsonAsync($"/contacts/{id}")).GetProperty("lifecycle").GetString());

        await shop.SendJsonAsync(HttpMethod.Put, "/insight/settings", new { retentionRate = 0.5m, periodYears = 3, costToReach = 20m, conversionRate = 0.1m });
        var insight = await shop.GetJsonAsync($"/contacts/{id}/insight");
        var average = insight.GetProperty("purchases").GetProperty("averageBasketExclVat").GetDecimal();
        var perYear = insight.GetProperty("purchasesPerYear").GetDecimal();
        Assert.Equal(175m, average);
        Assert.Equal(Math.Round(perYear * average + average * (0.5m * 2), 2), insight.GetProperty("grossValue").GetDecimal());
        Assert.Equal(200m, insight.GetProperty("acquisitionCost").GetDecimal());
    }

    [Fact]
    public async Task InsightSettings_ZeroConversionRate_IsRefused()
    {
        await using var shop = await ContactsShop.StartAsync();

        var response = await shop.Client.PutAsJsonAsync($"{ContactsShop.Base}/insight/settings", new { retentionRate = 0.5m, periodYears = 3, costToReach = 20m, conversionRate = 0m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversionRate", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Segment_HostsWithEmailConsent_CountsAndRecipientsOnlyConsentingHosts()
    {
        await using var shop = await ContactsShop.StartAsync();
        var consenting = await shop.CreateAsync(new { lastName = "Revel", email = "revel@example.fr", isHost = true, city = "Lyon" });
        var silent = await shop.CreateAsync(new { lastName = "Brun", email = "brun@example.fr", isHost = true, city = "Lyon" });
        await shop.CreateAsync(new { lastName = "Dosy", email = "dosy@example.fr", isHost = false, city = "Lyon" });
        await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{consenting}/consents/email", new { status = "granted", source = "site web" });
        await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{silent}/consents/email", new { status = "withdrawn" });

        var live = await shop.SendJsonAsync(HttpMethod.Post, "/segments/count", new { isHost = true, city = "LYON" });
        var saved = await shop.SendJsonAsync(HttpMethod.Post, "/segments", new { name = "Hôtesses", filter = new { isHost = true } });
        var segment = saved.GetProperty("id").GetInt64();
        var recipients = await shop.GetJsonAsync($"/segments/{segment}/recipients?channel=email");

        Assert.Equal(2, live.GetProperty("count").GetInt64());
        Assert.Equal(2, (await shop.GetJsonAsync($"/segments/{segment}/count")).GetProperty("count").GetInt64());
        var only = Assert.Single(recipients.EnumerateArray());
        Assert.Equal(("revel@example.fr", consenting), (only.GetProperty("address").GetString(), only.GetProperty("contactId").GetInt64()));
    }

    [Fact]
    public async Task SegmentExport_RemarkStartingWithEquals_IsNeutralisedForExcel()
    {
        await using var shop = await ContactsShop.StartAsync();
        await shop.CreateAsync(new { lastName = "Pirate", remarks = "=HYPERLINK(\"http://x\")", tags = new[] { "piège" } });
        var segment = (await shop.SendJsonAsync(HttpMethod.Post, "/segments", new { name = "Pièges", filter = new { tag = "PIÈGE" } })).GetProperty("id").GetInt64();

        var response = await shop.Client.GetAsync($"{ContactsShop.Base}/segments/{segment}/export");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pirate", csv);
        Assert.Contains("'=HYPERLINK", csv);
    }

    [Fact]
    public async Task Erase_Contact_AnonymisesItAndKeepsPurchases()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Damremi", firstName = "Sonia", email = "damremi.4@yahoo.fr", tags = new[] { "cahiers" } });
        await shop.SendJsonAsync(HttpMethod.Post, $"/contacts/{id}/interactions", new { kind = "note", body = "Aime les cahiers indiens" });

        var export = await shop.GetJsonAsync($"/contacts/{id}/personal-data");
        Assert.Contains("damremi.4@yahoo.fr", export.GetRawText());
        Assert.Contains("cahiers indiens", export.GetRawText());

        await shop.SendJsonAsync(HttpMethod.Post, $"/contacts/{id}/erase", null);

        var erased = await shop.GetJsonAsync($"/contacts/{id}");
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("email").ValueKind);
        Assert.Equal("Anonyme", erased.GetProperty("lastName").GetString());
        Assert.Equal(0, (await shop.GetJsonAsync($"/contacts/{id}/interactions")).GetArrayLength());
        Assert.DoesNotContain("damremi", (await shop.GetJsonAsync($"/contacts/{id}/personal-data")).GetRawText());
    }

    [Fact]
    public async Task Retention_ProspectSilentForFourYears_IsListedThenPurged()
    {
        await using var shop = await ContactsShop.StartAsync();
        var old = await shop.CreateAsync(new { lastName = "Ancien", email = "ancien@example.fr" });
        var recent = await shop.CreateAsync(new { lastName = "Recent" });
        await shop.Db("contacts").ExecuteAsync("UPDATE contacts_contacts SET created_at = @then WHERE shop_id = @shop AND id = @old", new { then = DateTimeOffset.UtcNow.AddYears(-4), old });

        var listed = await shop.GetJsonAsync("/retention?years=3");
        var purged = await shop.SendJsonAsync(HttpMethod.Post, "/retention/purge?years=3", null);

        Assert.Equal([old], listed.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal([old], purged.GetProperty("erased").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal("Anonyme", (await shop.GetJsonAsync($"/contacts/{old}")).GetProperty("lastName").GetString());
        Assert.Equal("Recent", (await shop.GetJsonAsync($"/contacts/{recent}")).GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Merge_TwoDuplicates_SurvivorKeepsHistoryAndTheEventIsPublished()
    {
        await using var shop = await ContactsShop.StartAsync();
        var survivor = await shop.CreateAsync(new { lastName = "Chaule", firstName = "Martine", postcode = "69003", email = "martine@ma-boutique.com" });
        var merged = await shop.CreateAsync(new { lastName = "CHAULE", firstName = "Martine", postcode = "69003", mobile = "06 18 78 89 15" });
        await shop.SendJsonAsync(HttpMethod.Post, $"/contacts/{merged}/interactions", new { kind = "call", subject = "Commande sacs" });

        var pairs = await shop.GetJsonAsync("/duplicates");
        Assert.Contains(pairs.EnumerateArray(), p => p.GetProperty("firstId").GetInt64() == survivor && p.GetProperty("secondId").GetInt64() == merged);
        var result = await shop.SendJsonAsync(HttpMethod.Post, $"/contacts/{survivor}/merge", new { mergedId = merged });

        Assert.Equal("+33618788915", result.GetProperty("mobile").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client.GetAsync($"{ContactsShop.Base}/contacts/{merged}")).StatusCode);
        Assert.Equal("Commande sacs", Assert.Single((await shop.GetJsonAsync($"/contacts/{survivor}/interactions")).EnumerateArray()).GetProperty("subject").GetString());
        var events = await shop.Db("contacts").QueryAsync<string>("SELECT payload FROM core_events WHERE shop_id = @shop AND name = 'contacts.contact.merged'");
        Assert.Equal($"{{\"survivorId\":{survivor},\"mergedId\":{merged}}}", Assert.Single(events));
    }
}
