using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>
/// The background import over a generated file of several chunks: progress between passes, row numbers of the whole
/// file in the report, keys repeated across chunks, and a crash then a restart that resume without duplicates.
/// </summary>
public sealed class ContactImportJobTests
{
    private const int Rows = 6000;
    private const int ChunkRows = 1000;

    // Every 10th row from 1505 on repeats the e-mail of a row 1499 earlier (another chunk): 450 updates, not creates.
    private const int Repeats = 450;

    // Data row 4200 has neither a name nor a company: skipped with an error; its row in the file is shifted by the
    // header, a blank line and a remark spanning two lines before it.
    private const int NamelessRow = 4200;

    private static readonly Dictionary<string, string?> OneChunkPerPass = new()
    {
        ["Modules:contacts:ImportChunkRows"] = ChunkRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:contacts:ImportPassTime"] = "00:00:00",
    };

    [Fact]
    public async Task GeneratedFile_OnePassPerChunk_ShowsProgressMidwayThenTheSameReportAsADryRun()
    {
        await using var shop = await ContactsShop.StartAsync(OneChunkPerPass);
        var file = Generated();
        var dry = await PostAsync(shop, "/imports/dry-run", file);
        var location = (await PostAsync(shop, "/imports/run", file, HttpStatusCode.Accepted)).Location;

        await shop.RunJobAsync("imports");
        var midway = await shop.GetJsonAsync(location);

        Assert.Equal(("running", ChunkRows, Rows), (midway.GetProperty("status").GetString(), midway.GetProperty("rowsDone").GetInt64(), midway.GetProperty("totalRows").GetInt64()));
        Assert.Equal(ChunkRows * 100 / Rows, midway.GetProperty("percent").GetInt32());
        Assert.Equal(ChunkRows, await CountContactsAsync(shop.Db("contacts")));

        for (var pass = 0; pass < Rows / ChunkRows + 1; pass++)
        {
            await shop.RunJobAsync("imports");
        }

        var done = await shop.GetJsonAsync(location);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(
            (Rows, Rows - Repeats - 1, Repeats, 1),
            (done.GetProperty("rowsDone").GetInt64(), done.GetProperty("created").GetInt64(), done.GetProperty("updated").GetInt64(), done.GetProperty("skipped").GetInt64()));
        Assert.Equal((dry.Body.GetProperty("created").GetInt64(), dry.Body.GetProperty("updated").GetInt64()), (done.GetProperty("created").GetInt64(), done.GetProperty("updated").GetInt64()));
        Assert.Equal(RowNumbersOf(dry.Body.GetProperty("issues")), RowNumbersOf(done.GetProperty("firstIssues")));
        Assert.Equal(Rows - Repeats - 1, await CountContactsAsync(shop.Db("contacts")));
    }

    [Fact]
    public async Task CrashMidImport_ThenRestart_ResumesAndImportsEveryRowOnce()
    {
        await using var shop = await ContactsShop.StartAsync(OneChunkPerPass);
        var location = (await PostAsync(shop, "/imports/run", Generated(), HttpStatusCode.Accepted)).Location;
        await shop.RunJobAsync("imports");
        await shop.RunJobAsync("imports");

        // The process dies during the third chunk (most likely before its commit, which then never happens) and leaves
        // its lease behind, expired by the time the new process looks.
        using (var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(30)))
        {
            try
            {
                await shop.RunJobAsync("imports", crash.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var id = long.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await shop.Db("contacts").ExecuteAsync(
            "UPDATE contacts_imports SET lease_owner = 'dead-process', lease_until = @expired WHERE shop_id = @shop AND id = @id",
            new { id, expired = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var atCrash = (await shop.GetJsonAsync(location)).GetProperty("rowsDone").GetInt64();
        Assert.InRange(atCrash, 2 * ChunkRows, 3 * ChunkRows);
        Assert.Equal(atCrash, await CountContactsAsync(shop.Db("contacts")) + RepeatsBefore(atCrash));

        await using var restarted = await shop.RestartAsync(OneChunkPerPass);
        for (var pass = 0; pass < Rows / ChunkRows; pass++)
        {
            await restarted.RunJobAsync("imports");
        }

        var done = await restarted.GetJsonAsync(location);
        Assert.Equal(("done", Rows, Rows - Repeats - 1), (done.GetProperty("status").GetString(), done.GetProperty("rowsDone").GetInt64(), done.GetProperty("created").GetInt64()));
        var db = restarted.Db("contacts");
        Assert.Equal(Rows - Repeats - 1, await CountContactsAsync(db));
        Assert.Equal(Rows - Repeats - 1, await db.QueryFirstOrDefaultAsync<long>("SELECT COUNT(DISTINCT email) FROM contacts_contacts WHERE shop_id = @shop"));
    }

    [Fact]
    public async Task QueuedFileGone_TheImportFailsWithTheReason()
    {
        await using var shop = await ContactsShop.StartAsync();
        var location = (await PostAsync(shop, "/imports/run", Generated(), HttpStatusCode.Accepted)).Location;
        foreach (var queued in Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(shop.App.DatabasePath)!, "contact-imports"), "*.queued", SearchOption.AllDirectories))
        {
            File.Delete(queued);
        }

        await shop.RunJobAsync("imports");
        var failed = await shop.GetJsonAsync(location);

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("n'est plus disponible", failed.GetProperty("error").GetString());
    }

    /// <summary><see cref="Rows"/> data rows with a blank line after row 10 and a two-line quoted remark in row 2500.</summary>
    internal static byte[] Generated()
    {
        var csv = new StringBuilder("Nom;Prénom;E-mail;Ville;Remarques\n");
        for (var i = 1; i <= Rows; i++)
        {
            var email = i > 1500 && i % 10 == 5 ? $"client{i - 1499}@exemple.fr" : $"client{i}@exemple.fr";
            var remark = i == 2500 ? "\"Appeler le matin\nplutôt le mardi\"" : string.Empty;
            csv.Append(i == NamelessRow ? ";;;Lyon;" : $"Nom{i};Prénom{i};{email};Lyon;{remark}").Append('\n');
            if (i == 10)
            {
                csv.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static long RepeatsBefore(long rows) => Enumerable.Range(1, (int)rows).Count(i => i > 1500 && i % 10 == 5);

    private static long[] RowNumbersOf(JsonElement issues) => issues.EnumerateArray().Select(i => i.GetProperty("rowNumber").GetInt64()).ToArray();

    private static Task<long> CountContactsAsync(IShopSql db) =>
        db.QueryFirstOrDefaultAsync<long>("SELECT COUNT(*) FROM contacts_contacts WHERE shop_id = @shop");

    private static async Task<(JsonElement Body, string Location)> PostAsync(ContactsShop shop, string path, byte[] file, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await shop.Client.PostAsync(ContactsShop.Base + path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return (JsonDocument.Parse(body).RootElement.Clone(), response.Headers.Location?.OriginalString[ContactsShop.Base.Length..] ?? string.Empty);
    }
}
