using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>The import's row-by-row matching and the list's search order, through the HTTP API with small generated files.</summary>
public sealed class ContactImportRunTests
{
    [Fact]
    public async Task Run_FileRepeatingAnEmail_CreatesOnceThenUpdatesThatContact()
    {
        await using var shop = await ContactsShop.StartAsync();

        var run = await PostCsvAsync(shop, "/imports/run", "Nom;E-mail;Ville\nDupont;marie.dupont@gmail.com;Lyon\nDupont;Marie.Dupont@gmail.com;Bron\n");

        Assert.Equal((1, 1), (run.GetProperty("created").GetInt64(), run.GetProperty("updated").GetInt64()));
        var contact = Assert.Single((await shop.GetJsonAsync("/contacts?pageSize=10")).EnumerateArray());
        Assert.Equal("Bron", contact.GetProperty("city").GetString());
    }

    [Fact]
    public async Task Run_PhoneStoredAsMobile_UpdatesThatContactInsteadOfCreating()
    {
        await using var shop = await ContactsShop.StartAsync();
        var id = await shop.CreateAsync(new { lastName = "Touma", mobile = "06 32 55 78 19" });

        var run = await PostCsvAsync(shop, "/imports/run", "Nom;Téléphone;Ville\nTouma;06.32.55.78.19;Vienne\n");

        Assert.Equal((0, 1), (run.GetProperty("created").GetInt64(), run.GetProperty("updated").GetInt64()));
        Assert.Equal(id, run.GetProperty("actions")[0].GetProperty("contactId").GetInt64());
        Assert.Equal("Vienne", (await shop.GetJsonAsync($"/contacts/{id}")).GetProperty("city").GetString());
    }

    [Fact]
    public async Task DryRun_AfterRun_CountsUpdatesAndWritesNothing()
    {
        await using var shop = await ContactsShop.StartAsync();
        const string File = "Nom;E-mail\nDupont;a@gmail.com\nMartin;b@gmail.com\n";
        await PostCsvAsync(shop, "/imports/run", File);

        var dry = await PostCsvAsync(shop, "/imports/dry-run", File + "Petit;c@gmail.com\n");

        Assert.Equal((1, 2), (dry.GetProperty("created").GetInt64(), dry.GetProperty("updated").GetInt64()));
        Assert.Equal(2, (await shop.GetJsonAsync("/contacts?pageSize=10")).GetArrayLength());
    }

    [Fact]
    public async Task List_PrefixSharedByThousandsOfFirstNames_PagesInFoldedNameOrder()
    {
        await using var shop = await ContactsShop.StartAsync();
        // More first names "Zoé" than ContactSearch.DenseBranch, so that branch walks the name order; one last name
        // "Zorro" comes through the last-name branch and sorts after every "nom…".
        var file = new StringBuilder("Nom;Prénom;E-mail\n");
        for (var i = 3499; i >= 0; i--)
        {
            file.Append(LastName(i)).Append(";Zoé;zoe").Append(i).Append("@gmail.com\n");
        }

        file.Append("Zorro;Diego;diego@gmail.com\n");
        Assert.Equal(3501, (await PostCsvAsync(shop, "/imports/run", file.ToString())).GetProperty("created").GetInt64());

        var first = Names(await shop.GetJsonAsync("/contacts?search=zo&pageSize=50"));
        var second = Names(await shop.GetJsonAsync("/contacts?search=Zo&page=2&pageSize=50"));
        var last = Names(await shop.GetJsonAsync("/contacts?search=ZO&page=71&pageSize=50"));

        Assert.Equal(Enumerable.Range(0, 50).Select(LastName), first);
        Assert.Equal(Enumerable.Range(50, 50).Select(LastName), second);
        Assert.Equal("Zorro", last[^1]);
        Assert.Equal(["Zorro"], Names(await shop.GetJsonAsync("/contacts?search=zor")));
    }

    private static string LastName(int i) => "Nom" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string?> Names(JsonElement contacts) => contacts.EnumerateArray().Select(c => c.GetProperty("lastName").GetString()).ToList();

    private static async Task<JsonElement> PostCsvAsync(ContactsShop shop, string path, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await shop.Client.PostAsync(ContactsShop.Base + path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        // A run is queued for the import job (202); a dry run answers at once.
        return response.StatusCode == System.Net.HttpStatusCode.Accepted
            ? await ContactImportApiTests.FinishImportAsync(shop, response, passes: 20)
            : JsonDocument.Parse(body).RootElement.Clone();
    }
}
