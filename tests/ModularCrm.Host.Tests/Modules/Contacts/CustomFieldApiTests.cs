using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>Typed custom fields per shop and each contact's values, through the real pipeline.</summary>
public sealed class CustomFieldApiTests
{
    [Fact]
    public async Task Values_OfEachType_AreStoredAndGivenBackTyped_NullRemovesOne()
    {
        await using var shop = await ContactsShop.StartAsync();
        await DefineAsync(shop, "animal", "Animal préféré", "text");
        await DefineAsync(shop, "pointure", "Pointure", "number");
        await DefineAsync(shop, "anniversaire_mariage", "Anniversaire de mariage", "date");
        await DefineAsync(shop, "ambassadrice", "Ambassadrice", "bool");
        var id = await shop.CreateAsync(new { lastName = "Revel", firstName = "Marie" });

        var values = await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{id}/custom-values", new Dictionary<string, object?>
        {
            ["animal"] = " chat ", ["pointure"] = 38.5m, ["anniversaire_mariage"] = "2012-06-30", ["ambassadrice"] = true,
        });
        Assert.Equal("chat", values.GetProperty("animal").GetString());
        Assert.Equal(38.5m, values.GetProperty("pointure").GetDecimal());
        Assert.Equal("2012-06-30", values.GetProperty("anniversaire_mariage").GetString());
        Assert.True(values.GetProperty("ambassadrice").GetBoolean());

        var after = await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{id}/custom-values", new Dictionary<string, object?> { ["animal"] = null });
        Assert.False(after.TryGetProperty("animal", out _));
        Assert.Equal(38.5m, (await shop.GetJsonAsync($"/contacts/{id}/custom-values")).GetProperty("pointure").GetDecimal());
    }

    [Fact]
    public async Task Values_WrongTypeOrUnknownField_AreRefusedPerField_AndNothingIsWritten()
    {
        await using var shop = await ContactsShop.StartAsync();
        await DefineAsync(shop, "pointure", "Pointure", "number");
        await DefineAsync(shop, "animal", "Animal préféré", "text");
        var id = await shop.CreateAsync(new { lastName = "Revel" });

        var response = await shop.Client.PutAsJsonAsync($"{ContactsShop.Base}/contacts/{id}/custom-values", new Dictionary<string, object?>
        {
            ["animal"] = "chien", ["pointure"] = "trente-huit", ["couleur"] = "bleu",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Pointure : Un nombre est attendu", errors.GetProperty("pointure")[0].GetString());
        Assert.Contains("inconnu", errors.GetProperty("couleur")[0].GetString());
        Assert.False(errors.TryGetProperty("animal", out _));
        Assert.Empty((await shop.GetJsonAsync($"/contacts/{id}/custom-values")).EnumerateObject());
    }

    [Fact]
    public async Task Field_BadCodeOrType_IsRefusedNamingTheField_DuplicateCodeIs409_TypeNeverChanges()
    {
        await using var shop = await ContactsShop.StartAsync();

        var bad = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/custom-fields", new { code = "Animal Préféré", label = "", type = "color" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        await DefineAsync(shop, "animal", "Animal", "text");
        var twice = await shop.Client.PostAsJsonAsync($"{ContactsShop.Base}/custom-fields", new { code = "animal", label = "Autre", type = "text" });
        var retype = await shop.Client.PutAsJsonAsync($"{ContactsShop.Base}/custom-fields/animal", new { label = "Animal", type = "number" });
        var relabel = await shop.SendJsonAsync(HttpMethod.Put, "/custom-fields/animal", new { label = "Animal de compagnie" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(errors.TryGetProperty("code", out _) && errors.TryGetProperty("label", out _) && errors.TryGetProperty("type", out _));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retype.StatusCode);
        Assert.Equal("Animal de compagnie", relabel.GetProperty("label").GetString());
        Assert.Equal("text", relabel.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Delete_FieldHoldingValues_NeedsConfirmation_ThenRemovesFieldAndValues()
    {
        await using var shop = await ContactsShop.StartAsync();
        await DefineAsync(shop, "animal", "Animal", "text");
        var id = await shop.CreateAsync(new { lastName = "Revel" });
        await shop.SendJsonAsync(HttpMethod.Put, $"/contacts/{id}/custom-values", new Dictionary<string, object?> { ["animal"] = "chat" });

        var refused = await shop.Client.DeleteAsync($"{ContactsShop.Base}/custom-fields/animal");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("1 contact(s)", await refused.Content.ReadAsStringAsync());
        Assert.Equal("chat", (await shop.GetJsonAsync($"/contacts/{id}/custom-values")).GetProperty("animal").GetString());

        var confirmed = await shop.Client.DeleteAsync($"{ContactsShop.Base}/custom-fields/animal?withValues=true");
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Empty((await shop.GetJsonAsync($"/contacts/{id}/custom-values")).EnumerateObject());
        Assert.Empty((await shop.GetJsonAsync("/custom-fields")).EnumerateArray());
    }

    private static Task<JsonElement> DefineAsync(ContactsShop shop, string code, string label, string type) =>
        shop.SendJsonAsync(HttpMethod.Post, "/custom-fields", new { code, label, type });
}
