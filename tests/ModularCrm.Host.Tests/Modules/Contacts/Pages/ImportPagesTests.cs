using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Contacts.Pages;

/// <summary>The CSV import pages: upload, mapping, dry run, run, as a browser without JavaScript goes through them.</summary>
public sealed partial class ImportPagesTests
{
    private const string Base = ContactPageSession.Base;

    private static string Kolibri => Path.Combine(RepoPaths.Shared, "fixtures", "kolibri-prospects-salon.csv");

    [Fact]
    public async Task Kolibri_UploadMapDryRunThenRun_ReportsEachRowThenCreatesNine()
    {
        using var session = await ContactPageSession.StartAsync();

        var uploaded = await session.PostFileAsync($"{Base}/import", $"{Base}/import", "kolibri-prospects-salon.csv", await File.ReadAllBytesAsync(Kolibri));
        var mapping = await uploaded.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Matches("<label for=\"col4\">E-mail</label>", mapping);
        Assert.Matches("<option value=\"Email\" selected>", mapping);
        var dryRunAction = DryRunAction().Match(mapping).Groups[1].Value;

        var dry = await session.PostHiddenFormAsync(mapping, dryRunAction, Selected(mapping));
        var report = await dry.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Contains("<dd id=\"created\">9</dd>", report);
        Assert.Contains("Simulation : rien n&#39;a encore été enregistré.", report);
        Assert.Matches("<th scope=\"row\">8</th><td>création</td>.*agence\\.immo69@orange\\.fr", report);
        Assert.Contains("04.37.23.69.6", report);
        Assert.DoesNotContain("Wilson", await session.Staff.GetPageAsync(Base));

        var run = await session.PostHiddenFormAsync(report, dryRunAction.Replace("/dry-run", "/run", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var progressPath = run.Headers.Location!.OriginalString;
        Assert.Matches($"^{Base}/import/jobs/[0-9]+$", progressPath);
        var queued = await session.Staff.GetPageAsync(progressPath);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", queued);
        Assert.Contains("En attente", queued);

        await ContactsShop.RunJobAsync(session.App, "imports");
        var done = await session.Staff.GetPageAsync(progressPath);

        Assert.Contains("Import terminé : les contacts sont enregistrés.", done);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done);
        Assert.Contains("<dd id=\"created\">9</dd>", done);
        Assert.Matches("<th scope=\"row\">8</th><td>Avertissement</td><td>E-mail</td>", done);
        Assert.Contains("wilson.brice@gmail.com", await session.Staff.GetPageAsync(Base + "?q=wilson"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.PostHiddenFormAsync(report, dryRunAction.Replace("/dry-run", "/run", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task Mapping_SameFieldForTwoColumns_Is400WithBothColumnsMarked()
    {
        using var session = await ContactPageSession.StartAsync();
        var csv = Encoding.UTF8.GetBytes("Nom;Mail\nDupont;a@gmail.com\n");
        var mapping = await (await session.PostFileAsync($"{Base}/import", $"{Base}/import", "a.csv", csv)).Content.ReadAsStringAsync();
        var action = DryRunAction().Match(mapping).Groups[1].Value;

        var refused = await session.PostHiddenFormAsync(mapping, action, new Dictionary<string, string> { ["col0"] = "Email", ["col1"] = "Email" });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"columns-error\">Le champ Email est affecté à plusieurs colonnes.", page);
        Assert.Equal(2, Regex.Matches(page, "aria-describedby=\"columns-error\"").Count);
    }

    [Fact]
    public async Task Upload_NoFile_Is400WithTheMessageNextToTheFileField()
    {
        using var session = await ContactPageSession.StartAsync("en");

        var refused = await session.PostFileAsync($"{Base}/import", $"{Base}/import", "empty.csv", []);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"file-error\">Choose a CSV file.</p>", await refused.Content.ReadAsStringAsync());
    }

    // The mapping's selects with their selected option: what the browser posts when the user changes nothing.
    private static Dictionary<string, string> Selected(string html) =>
        SelectPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => SelectedPattern().Match(m.Groups[2].Value) is { Success: true } s ? s.Groups[1].Value : string.Empty);

    [GeneratedRegex("action=\"([^\"]*/import/[0-9a-f]{32}/dry-run)\"")]
    private static partial Regex DryRunAction();

    [GeneratedRegex("<select id=\"(col\\d+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected>")]
    private static partial Regex SelectedPattern();
}
