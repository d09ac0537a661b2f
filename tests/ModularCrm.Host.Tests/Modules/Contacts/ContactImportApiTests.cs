using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>The real customer files of shared/fixtures, read in place and sent through the HTTP API.</summary>
public sealed class ContactImportApiTests
{
    private static string BolDAir => Path.Combine(RepoPaths.Shared, "fixtures", "bol-d-air-clients.csv");

    private static string Kolibri => Path.Combine(RepoPaths.Shared, "fixtures", "kolibri-prospects-salon.csv");

    [Fact]
    public async Task BolDAir_DryRunThenRunThenRerun_Creates41OnceAndNeverDuplicates()
    {
        await using var shop = await ContactsShop.StartAsync();

        var dry = await PostFileAsync(shop, "/imports/dry-run", BolDAir);
        Assert.Equal((41, 0, 0), (dry.GetProperty("created").GetInt64(), dry.GetProperty("updated").GetInt64(), dry.GetProperty("skipped").GetInt64()));
        Assert.Empty(dry.GetProperty("issues").EnumerateArray());
        Assert.Equal(0, (await shop.GetJsonAsync("/contacts?pageSize=500")).GetArrayLength());

        var run = await RunImportAsync(shop, BolDAir);
        Assert.Equal(41, run.GetProperty("created").GetInt64());
        var rerun = await RunImportAsync(shop, BolDAir);

        Assert.Equal((0, 41), (rerun.GetProperty("created").GetInt64(), rerun.GetProperty("updated").GetInt64()));
        var contacts = await shop.GetJsonAsync("/contacts?pageSize=500");
        Assert.Equal(41, contacts.GetArrayLength());
        var revel = contacts.EnumerateArray().Single(c => c.GetProperty("lastName").GetString() == "REVEL");
        Assert.Equal(("1", true, 1254m), (revel.GetProperty("externalId").GetString(), revel.GetProperty("isHost").GetBoolean(), revel.GetProperty("annualRevenue").GetDecimal()));
    }

    [Fact]
    public async Task Kolibri_DryRun_FlagsRow8EmailTypoAndShortPhoneWithReasons()
    {
        await using var shop = await ContactsShop.StartAsync();

        var dry = await PostFileAsync(shop, "/imports/dry-run", Kolibri, multipart: true);

        Assert.Equal(9, dry.GetProperty("created").GetInt64());
        var issues = dry.GetProperty("issues").EnumerateArray().ToList();
        Assert.All(issues, i => Assert.Equal(8, i.GetProperty("rowNumber").GetInt64()));
        Assert.Contains(issues, i => i.GetProperty("code").GetString() == "email.tld_typo" && i.GetProperty("suggestion").GetString() == "agence.immo69@orange.fr");
        Assert.Contains(issues, i => i.GetProperty("code").GetString()!.StartsWith("phone.", StringComparison.Ordinal) && i.GetProperty("value").GetString() == "04.37.23.69.6");
    }

    [Fact]
    public async Task Kolibri_RunTwice_KeepsNineContactsMatchedByEmail()
    {
        await using var shop = await ContactsShop.StartAsync();

        await RunImportAsync(shop, Kolibri);
        var rerun = await RunImportAsync(shop, Kolibri);

        Assert.Equal((0, 9), (rerun.GetProperty("created").GetInt64(), rerun.GetProperty("updated").GetInt64()));
        Assert.Equal(9, (await shop.GetJsonAsync("/contacts?pageSize=500")).GetArrayLength());
    }

    [Fact]
    public async Task SavedMapping_IgnoringTheEmailColumn_IsAppliedByName()
    {
        await using var shop = await ContactsShop.StartAsync();
        var preview = await PostFileAsync(shop, "/imports/preview", Kolibri);
        var columns = preview.GetProperty("mapping").EnumerateArray()
            .Select(c => new { index = c.GetProperty("index").GetInt32(), header = c.GetProperty("header").GetString(), field = c.GetProperty("header").GetString() == "E-mail" ? null : c.GetProperty("field").GetString() })
            .ToList();
        await shop.SendJsonAsync(HttpMethod.Put, "/imports/mappings/salon", new { columns });

        var dry = await PostFileAsync(shop, "/imports/dry-run?mapping=salon", Kolibri);

        Assert.DoesNotContain(dry.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString()!.StartsWith("email.", StringComparison.Ordinal));
        Assert.Equal("salon", (await shop.GetJsonAsync("/imports/mappings"))[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task DryRun_UnknownSavedMapping_IsRefusedNamingIt()
    {
        await using var shop = await ContactsShop.StartAsync();

        using var content = new StringContent("Nom\nDupont\n", Encoding.UTF8, "text/csv");
        var response = await shop.Client.PostAsync($"{ContactsShop.Base}/imports/dry-run?mapping=nope", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Run_QueuesTheFile_Answers202WithTheStatusUrl_ThenTheJobImportsIt()
    {
        await using var shop = await ContactsShop.StartAsync();

        using var content = Multipart(await File.ReadAllBytesAsync(Kolibri), "kolibri-prospects-salon.csv");
        var response = await shop.Client.PostAsync($"{ContactsShop.Base}/imports/run", content);
        var queued = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        Assert.Equal("kolibri-prospects-salon.csv", queued.GetProperty("fileName").GetString());
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"{ContactsShop.Base}/imports/{queued.GetProperty("id").GetInt64()}", location);
        Assert.Equal(0, (await shop.GetJsonAsync("/contacts?pageSize=500")).GetArrayLength());

        await shop.RunJobAsync("imports");
        var done = await shop.GetJsonAsync(location[ContactsShop.Base.Length..]);

        Assert.Equal(("done", 9, 9, 100), (done.GetProperty("status").GetString(), done.GetProperty("rowsDone").GetInt64(), done.GetProperty("totalRows").GetInt64(), done.GetProperty("percent").GetInt32()));
        Assert.Contains(done.GetProperty("firstIssues").EnumerateArray(), i => i.GetProperty("rowNumber").GetInt64() == 8 && i.GetProperty("code").GetString() == "email.tld_typo");
        Assert.Equal(9, (await shop.GetJsonAsync("/contacts?pageSize=500")).GetArrayLength());
    }

    [Fact]
    public async Task Run_EmptyFile_Is400AndQueuesNothing()
    {
        await using var shop = await ContactsShop.StartAsync();

        using var content = new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await shop.Client.PostAsync($"{ContactsShop.Base}/imports/run", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Fichier illisible", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client.GetAsync($"{ContactsShop.Base}/imports/1")).StatusCode);
    }

    /// <summary>Queues <paramref name="file"/> through the API, runs the import job, and returns the finished import's status.</summary>
    internal static async Task<JsonElement> RunImportAsync(ContactsShop shop, string file)
    {
        using var content = new StreamContent(File.OpenRead(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await shop.Client.PostAsync($"{ContactsShop.Base}/imports/run", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await FinishImportAsync(shop, response, passes: 1);
    }

    /// <summary>
    /// Runs at most <paramref name="passes"/> passes of the import job for the import <paramref name="accepted"/> queued,
    /// and returns its report, which must be done by then.
    /// </summary>
    internal static async Task<JsonElement> FinishImportAsync(ContactsShop shop, HttpResponseMessage accepted, int passes)
    {
        var status = accepted.Headers.Location!.OriginalString[ContactsShop.Base.Length..];
        for (var pass = 0; pass < passes; pass++)
        {
            await shop.RunJobAsync("imports");
            var report = await shop.GetJsonAsync(status);
            if (report.GetProperty("status").GetString() is "done" or "failed")
            {
                Assert.Equal("done", report.GetProperty("status").GetString());
                return report;
            }
        }

        throw new TimeoutException($"{status} still not finished after {passes} passes of the import job");
    }

    private static MultipartFormDataContent Multipart(byte[] file, string name)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", name);
        return form;
    }

    private static async Task<JsonElement> PostFileAsync(ContactsShop shop, string path, string file, bool multipart = false)
    {
        HttpContent content;
        if (multipart)
        {
            content = Multipart(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
        }
        else
        {
            content = new StreamContent(File.OpenRead(file));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        }

        using (content)
        {
            var response = await shop.Client.PostAsync(ContactsShop.Base + path, content);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
