using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>A contact's RGPD access and erasure requests, made on the contacts module, reaching the loyalty data.</summary>
public sealed class LoyaltyPersonalDataTests
{
    [Fact]
    public async Task AccessThenErasure_OfACardHolder_ExportsCardAndHostedMeeting_ThenLeavesNoNameOrEmail()
    {
        using var shop = await LoyaltyShop.StartAsync();
        var created = await shop.Http.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { kind = "person", firstName = "Anne", lastName = "Revel", email = "anne.revel@exemple.fr" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contactId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("id").GetInt64();
        for (var attempt = 0; attempt < 200 && await shop.CountAsync("loyalty_contacts") == 0; attempt++)
        {
            await Task.Delay(100);
        }

        var issued = await shop.Http.PostAsJsonAsync($"{shop.Base}/cards", new { contactId });
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        await shop.Http.PostAsJsonAsync($"{shop.Base}/meetings", new { hostContactId = contactId, title = "Réunion chez Anne Revel", heldOn = "2026-03-12" });

        var export = await shop.Http.GetFromJsonAsync<JsonElement>($"/api/shops/alpha/contacts/contacts/{contactId}/personal-data");
        var erased = await shop.Http.PostAsync($"/api/shops/alpha/contacts/contacts/{contactId}/erase", null);
        var after = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/cards/{number}");
        var meetings = await shop.Http.GetStringAsync($"{shop.Base}/meetings");

        var loyalty = export.GetProperty("loyalty");
        var card = loyalty.GetProperty("cards")[0].GetProperty("card");
        Assert.Equal(number, card.GetProperty("number").GetString());
        Assert.Equal("anne.revel@exemple.fr", card.GetProperty("email").GetString());
        Assert.Equal("Anne Revel", card.GetProperty("holderName").GetString());
        Assert.Equal("Réunion chez Anne Revel", loyalty.GetProperty("hostedMeetings")[0].GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains($"1 carte(s) ({number}) sans titulaire ni e-mail", (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("loyalty").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("holderName").ValueKind);
        Assert.DoesNotContain("Revel", meetings);
        Assert.Equal(0, await shop.CountAsync("loyalty_contacts"));
    }
}
