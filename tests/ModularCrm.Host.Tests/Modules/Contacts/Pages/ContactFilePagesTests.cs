using System.Net;

namespace ModularCrm.Host.Tests.Modules.Contacts.Pages;

/// <summary>The pages over the whole file: segments, duplicates and merge, retention and purge.</summary>
public sealed class ContactFilePagesTests
{
    private const string Base = ContactPageSession.Base;

    [Fact]
    public async Task Segment_CountThenSave_ListsItsCountAndExportsOnlyItsContactsAsCsv()
    {
        using var session = await ContactPageSession.StartAsync();
        await session.Staff.PostFormAsync($"{Base}/new", $"{Base}/new", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Dupont", ["city"] = "Lyon" });
        await session.Staff.PostFormAsync($"{Base}/new", $"{Base}/new", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Martin", ["city"] = "Paris" });
        var filter = new Dictionary<string, string> { ["name"] = "Lyonnais", ["city"] = "Lyon" };

        var counted = await session.Staff.PostFormAsync($"{Base}/segments/new", $"{Base}/segments", new Dictionary<string, string>(filter) { ["action"] = "count" });
        var saved = await session.Staff.PostFormAsync($"{Base}/segments/new", $"{Base}/segments", new Dictionary<string, string>(filter) { ["action"] = "save" });
        var list = await session.Staff.GetPageAsync($"{Base}/segments");
        var exportHref = System.Text.RegularExpressions.Regex.Match(list, "href=\"([^\"]+/export\\.csv)\"").Groups[1].Value;
        var export = await session.Staff.Client.GetAsync(exportHref);

        Assert.Contains("<p class=\"notice\" role=\"status\" id=\"segment-count\">1 contact(s) correspondent à ce filtre.</p>", await counted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(">Lyonnais</a></th><td>1</td>", list);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("Dupont", csv);
        Assert.DoesNotContain("Martin", csv);
    }

    [Fact]
    public async Task Segment_UnreadableRevenueAndNoName_Are400NextToTheirFields()
    {
        using var session = await ContactPageSession.StartAsync("en");

        var refused = await session.Staff.PostFormAsync($"{Base}/segments/new", $"{Base}/segments", new Dictionary<string, string> { ["minAnnualRevenue"] = "lots", ["action"] = "save" });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"minAnnualRevenue-error\">A number is expected", page);
        Assert.Contains("<label for=\"minAnnualRevenue\">Minimum annual revenue (€)</label>", page);
    }

    [Fact]
    public async Task Duplicates_SameEmail_ListedWithReasonThenMergedIntoTheChosenSurvivor()
    {
        using var session = await ContactPageSession.StartAsync();
        var first = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");
        var second = await session.Staff.PostFormAsync($"{Base}/new", $"{Base}/new", new Dictionary<string, string> { ["kind"] = "person", ["firstName"] = "Marie", ["lastName"] = "Dupond", ["email"] = "marie.dupont@gmail.com", ["confirm"] = "yes" });
        var secondId = long.Parse(second.Headers.Location!.OriginalString.Split('/', '?')[4], System.Globalization.CultureInfo.InvariantCulture);

        var list = await session.Staff.GetPageAsync($"{Base}/duplicates");
        var confirmPage = $"{Base}/duplicates/merge?first={first}&second={secondId}";
        var unconfirmed = await session.Staff.PostFormAsync(confirmPage, $"{Base}/duplicates/merge", new Dictionary<string, string> { ["first"] = $"{first}", ["second"] = $"{secondId}", ["survivor"] = $"{secondId}" });
        var merged = await session.Staff.PostFormAsync(confirmPage, $"{Base}/duplicates/merge", new Dictionary<string, string> { ["first"] = $"{first}", ["second"] = $"{secondId}", ["survivor"] = $"{secondId}", ["confirm"] = "yes" });

        Assert.Contains($"merge?first={first}&amp;second={secondId}", list);
        Assert.Contains("e-mail", list);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"{Base}/{secondId}?done=merged", merged.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Staff.Client.GetAsync($"{Base}/{first}")).StatusCode);
    }

    [Fact]
    public async Task Retention_OldProspect_ListedThenPurgedOnlyOnceConfirmed()
    {
        using var session = await ContactPageSession.StartAsync();
        var old = await session.CreatePersonAsync("Ancien", "ancien@example.fr");
        await session.CreatePersonAsync("Recent", "recent@example.fr");
        await session.Db().ExecuteAsync("UPDATE contacts_contacts SET created_at = @then WHERE shop_id = @shop AND id = @old", new { then = DateTimeOffset.UtcNow.AddYears(-4), old });

        var list = await session.Staff.GetPageAsync($"{Base}/retention?years=3");
        var unconfirmed = await session.Staff.PostFormAsync($"{Base}/retention", $"{Base}/retention/purge", new Dictionary<string, string> { ["years"] = "3" });
        var purged = await session.Staff.PostFormAsync($"{Base}/retention", $"{Base}/retention/purge", new Dictionary<string, string> { ["years"] = "3", ["confirm"] = "yes" });
        var badYears = await session.Staff.Client.GetAsync($"{Base}/retention?years=99");

        Assert.Contains("ancien@example.fr", list);
        Assert.DoesNotContain("recent@example.fr", list);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("id=\"confirm-error\"", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("1 prospect(s) effacé(s).", await purged.Content.ReadAsStringAsync());
        Assert.DoesNotContain("ancien@example.fr", await session.Staff.GetPageAsync($"{Base}/{old}"));
        Assert.Equal(HttpStatusCode.BadRequest, badYears.StatusCode);
        Assert.Contains("id=\"years-error\"", await badYears.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Register_English_ShowsTheManifestsProcessingUnderEnglishHeadings()
    {
        using var session = await ContactPageSession.StartAsync("en");

        var page = await session.Staff.GetPageAsync($"{Base}/register");

        Assert.Contains("<h2>Gestion du fichier client et des prospects</h2>", page);
        Assert.Contains("<dt>Retention period</dt><dd>3 ans après le dernier contact pour les prospects", page);
        Assert.Contains("<dd>clients, prospects</dd>", page);
    }

    [Fact]
    public async Task CustomField_DeletedWhileHoldingValues_AsksAgainThenDeletesWithTheValues()
    {
        using var session = await ContactPageSession.StartAsync();
        var id = await session.CreatePersonAsync("Dupont", "marie.dupont@gmail.com");
        await session.Staff.PostFormAsync($"{Base}/custom-fields", $"{Base}/custom-fields", new Dictionary<string, string> { ["code"] = "couleur", ["label"] = "Couleur", ["type"] = "text" });
        await session.Staff.PostFormAsync($"{Base}/{id}", $"{Base}/{id}/custom-values", new Dictionary<string, string> { ["couleur"] = "bleu" });

        var asked = await session.Staff.PostFormAsync($"{Base}/custom-fields", $"{Base}/custom-fields/couleur/delete", new Dictionary<string, string>());
        var deleted = await session.Staff.PostFormAsync($"{Base}/custom-fields", $"{Base}/custom-fields/couleur/delete", new Dictionary<string, string> { ["withValues"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
        var page = await asked.Content.ReadAsStringAsync();
        Assert.Contains("1 contact(s) ont une valeur pour « Couleur »", page);
        Assert.Contains("name=\"withValues\" value=\"true\"", page);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("bleu", await session.Staff.GetPageAsync($"{Base}/{id}"));
    }
}
