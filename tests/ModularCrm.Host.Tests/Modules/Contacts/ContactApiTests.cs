using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Contacts;

public sealed class ContactApiTests
{
    [Fact]
    public async Task Create_EmailWithTldTypo_IsRefusedNamingTheFieldAndTheSuggestion()
    {
        await using var shop = await ContactsShop.StartAsync();

        var response = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/contacts", new { lastName = "Dragui", email = "agence.immo69@orange.frr" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("orange.fr", errors.GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task Create_ShortPhone_IsRefusedOnThePhoneField()
    {
        await using var shop = await ContactsShop.StartAsync();

        var response = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/contacts", new { lastName = "Dragui", phone = "04.37.23.69.6" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Create_FrenchNumbersAndProfile_AreStoredNormalised()
    {
        await using var shop = await ContactsShop.StartAsync();

        var id = await shop.CreateAsync(new
        {
            lastName = "Wilson", firstName = "Brice", email = "Wilson.Brice@Gmail.com", mobile = "07.08.98.78.85", phone = "04 37 78 45 87",
            postcode = "69003", city = "Lyon", birthDate = "1980-05-17", source = "trade_fair", isHost = true, tags = new[] { "wax", "sacs" },
        });

        var contact = await shop.GetJsonAsync($"/contacts/{id}");
        Assert.Equal("+33708987885", contact.GetProperty("mobile").GetString());
        Assert.Equal("+33437784587", contact.GetProperty("phone").GetString());
        Assert.Equal("wilson.brice@gmail.com", contact.GetProperty("email").GetString());
        Assert.Equal("1980-05-17", contact.GetProperty("birthDate").GetString());
        Assert.Equal("trade_fair", contact.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Create_SameEmailAsExisting_IsCreatedWithADuplicateWarning()
    {
        await using var shop = await ContactsShop.StartAsync();
        var first = await shop.CreateAsync(new { lastName = "Chaule", firstName = "Martine", email = "martine.chaule@ma-boutique.com" });

        var response = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/contacts", new { lastName = "CHAULE", email = "martine.chaule@ma-boutique.com" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var duplicates = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("possibleDuplicates");
        var warning = Assert.Single(duplicates.EnumerateArray());
        Assert.Equal(first, warning.GetProperty("contactId").GetInt64());
        Assert.Equal("même e-mail", warning.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task List_SearchByPhonePrefixInNationalForm_FindsTheE164Number()
    {
        await using var shop = await ContactsShop.StartAsync();
        await shop.CreateAsync(new { lastName = "Touma", mobile = "06 32 55 78 19" });
        await shop.CreateAsync(new { lastName = "Autre", mobile = "07 00 00 00 01" });

        var found = await shop.GetJsonAsync("/contacts?search=06%2032");

        Assert.Equal(["Touma"], found.EnumerateArray().Select(c => c.GetProperty("lastName").GetString()));
    }

    [Fact]
    public async Task Consent_GrantedThenWithdrawn_CurrentIsWithdrawnAndLogKeepsBoth()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Koumba", email = "famille.koumba@gmail.com" });

        await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{id}/consents/email", new { status = "granted", source = "salon Maison & Objet", proof = "bulletin n° 42" });
        var after = await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{id}/consents/email", new { status = "withdrawn", source = "lien de désinscription" });

        Assert.Equal("withdrawn", Assert.Single(after.GetProperty("current").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(["granted", "withdrawn"], after.GetProperty("log").EnumerateArray().Select(l => l.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Consent_GrantedWithoutSource_IsRefusedWithTheReason()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Koumba" });

        var response = await shop.Client.PutAsJsonAsync($"{ContactsShop.Base}/contacts/{id}/consents/fax", new { status = "granted" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel", out _));
        Assert.Contains("CNIL", errors.GetProperty("source")[0].GetString());
    }

    [Fact]
    public async Task Interaction_RequestedByAnotherModuleTwice_IsRecordedOnceWithItsSource()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Dalle" });
        var staff = await shop.SendJsonAsync(HttpMethod.Post, $"/contacts/{id}/interactions", new { kind = "call", subject = "Rappel salon" });
        Assert.Equal("staff", staff.GetProperty("sourceModule").GetString());

        var request = new { contactId = id, kind = "email_sent", subject = "Invitation", externalRef = "campaign-1/msg-1" };
        for (var i = 0; i < 2; i++)
        {
            await shop.Db("sales").InTransactionAsync(async tx => { await tx.PublishAsync("contacts.interaction.requested", request); return 0; });
        }

        var history = await ContactsShop.EventuallyAsync(() => shop.GetJsonAsync($"/contacts/{id}/interactions"), h => h.GetArrayLength() >= 2);
        await Task.Delay(300);
        history = await shop.GetJsonAsync($"/contacts/{id}/interactions");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("sourceModule").GetString() == "sales" && h.GetProperty("kind").GetString() == "email_sent");
    }
}
