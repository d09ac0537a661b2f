using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class KolibriProspectsFileTests
{
    private const long Immo69Row = 8;

    [Fact]
    public void Detect_KolibriProspects_IsUtf8WithoutBomAndComma()
    {
        var (format, _, _) = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects);

        Assert.Equal((65001, false, ','), (format.Encoding.CodePage, format.HasByteOrderMark, format.Delimiter));
    }

    [Fact]
    public void SuggestMapping_KolibriHeaders_MapsEveryColumn()
    {
        var (_, mapping, _) = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects);

        Assert.Equal(
            [ContactField.Company, ContactField.LastName, ContactField.FirstName, ContactField.City, ContactField.Email, ContactField.Phone, ContactField.Remarks],
            mapping.Columns.Select(c => c.Field));
    }

    [Fact]
    public void Read_KolibriProspects_Gives9RowsNoneSkippedAndOnlyImmo69Flagged()
    {
        var (_, _, rows) = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects);

        Assert.Equal(9, rows.Count);
        Assert.DoesNotContain(rows, r => r.IsSkipped);
        Assert.Equal([Immo69Row], rows.Where(r => r.Issues.Count > 0).Select(r => r.RowNumber));
    }

    [Fact]
    public void Read_Immo69BadEmail_IsFlaggedWithOrangeFrSuggestionAndNotStored()
    {
        var row = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects).Rows.Single(r => r.RowNumber == Immo69Row);

        var issue = Assert.Single(row.Issues, i => i.Field == ContactField.Email);
        Assert.Equal(ImportSeverity.Warning, issue.Severity);
        Assert.Equal("E-mail", issue.Column);
        Assert.Equal("email.tld_typo", issue.Code);
        Assert.Equal("agence.immo69@orange.frr", issue.Value);
        Assert.Equal("agence.immo69@orange.fr", issue.Suggestion);
        Assert.Equal("adresse e-mail : extension « .frr » inconnue, vouliez-vous dire « agence.immo69@orange.fr » ?", issue.Message);
        Assert.Null(row.Contact!.Email);
    }

    [Fact]
    public void Read_Immo69ShortPhone_IsFlaggedTooShortAndNotStored()
    {
        var row = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects).Rows.Single(r => r.RowNumber == Immo69Row);

        var issue = Assert.Single(row.Issues, i => i.Field == ContactField.Phone);
        Assert.Equal(("Téléphone", "phone.too_short", "04.37.23.69.6"), (issue.Column, issue.Code, issue.Value));
        Assert.Equal("numéro trop court (9 chiffres au lieu de 10)", issue.Message);
        Assert.Null(row.Contact!.Phone);
    }

    [Fact]
    public void Read_Immo69WithoutEmailPhoneOrPostcode_WarnsThatItHasNoMatchKey()
    {
        var row = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects).Rows.Single(r => r.RowNumber == Immo69Row);

        Assert.Null(row.MatchKey);
        Assert.Contains(row.Issues, i => i.Code == "row.no_match_key" && i.Severity == ImportSeverity.Warning);
        Assert.Equal(("Immo69", "Dragui", "Gille", "Lyon", "Cadeaux entreprise"),
            (row.Contact!.Company, row.Contact.LastName, row.Contact.FirstName, row.Contact.City, row.Contact.Remarks));
    }

    [Fact]
    public void Read_KolibriFirstRow_HasExactTypedValues()
    {
        var first = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects).Rows[0];

        Assert.Equal(
            new ImportedContact
            {
                Company = "Déco du monde", LastName = "Wilson", FirstName = "Brice", City = "Lyon",
                Email = "wilson.brice@gmail.com", Phone = "+33708987885", Remarks = "Vêtement",
            },
            first.Contact);
        Assert.Equal("email:wilson.brice@gmail.com", first.MatchKey!.ToString());
    }

    [Fact]
    public void Read_KolibriOtherRows_KeepTypographicApostropheAndNormaliseLandlines()
    {
        var rows = FixtureFiles.ReadAll(FixtureFiles.KolibriProspects).Rows;

        Assert.Equal("Modern’récup", rows[1].Contact!.Company);
        Assert.Equal("Produits d'Asie", rows[2].Contact!.Remarks);
        Assert.Equal("+33956355600", rows.Single(r => r.Contact!.Company == "Pinoushop").Contact!.Phone);
        Assert.Equal("+33437784587", rows.Single(r => r.Contact!.Company == "LYON boutique").Contact!.Phone);
        Assert.Equal("St Priest", rows.Single(r => r.Contact!.Company == "Pinoushop").Contact!.City);
    }
}
