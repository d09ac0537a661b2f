using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class BolDAirClientsFileTests
{
    [Fact]
    public void Read_BolDAirClients_Gives41RowsWithoutAnyIssue()
    {
        var (_, _, rows) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        Assert.Equal(41, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Issues));
        Assert.All(rows, r => Assert.False(r.IsSkipped));
    }

    [Fact]
    public void Detect_BolDAirClients_IsUtf8WithBomAndSemicolon()
    {
        var (format, _, _) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        Assert.Equal(65001, format.Encoding.CodePage);
        Assert.True(format.HasByteOrderMark);
        Assert.Equal(';', format.Delimiter);
    }

    [Fact]
    public void SuggestMapping_BolDAirHeaders_MapsEveryColumn()
    {
        var (_, mapping, _) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        Assert.Equal(
            [ContactField.ExternalId, ContactField.IsHost, ContactField.AmbassadorName, ContactField.LastName, ContactField.FirstName, ContactField.AnnualRevenue],
            mapping.Columns.Select(c => c.Field));
        Assert.Equal("N° client", mapping.Columns[0].Header);
    }

    [Fact]
    public void Read_BolDAirFirstRow_HasExactTypedValues()
    {
        var (_, _, rows) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        var first = rows[0];
        Assert.Equal(2, first.RowNumber);
        Assert.Equal(
            new ImportedContact
            {
                ExternalId = "1", IsHost = true, AmbassadorName = "Maryse Brun", LastName = "REVEL", FirstName = "Marie-Paule", AnnualRevenue = 1254m,
            },
            first.Contact);
        Assert.Equal(new ContactMatchKey(MatchKeyKind.ExternalId, "1"), first.MatchKey);
    }

    [Fact]
    public void Read_BolDAirAccentedAndLastRows_KeepAccentsAndThousands()
    {
        var (_, _, rows) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        var chloe = rows.Single(r => r.Contact!.LastName == "DOSY").Contact!;
        Assert.Equal(("24", "Chloé", true, 789m), (chloe.ExternalId, chloe.FirstName, chloe.IsHost, chloe.AnnualRevenue));
        var garcia = rows.Single(r => r.Contact!.LastName == "GARCIA").Contact!;
        Assert.Equal(("20", "Pedro", false, "Remy Albando", 41m), (garcia.ExternalId, garcia.FirstName, garcia.IsHost, garcia.AmbassadorName, garcia.AnnualRevenue));
        var last = rows[^1];
        Assert.Equal(42, last.RowNumber);
        Assert.Equal(("50", "UFFOL", "Jérôme", 1042m), (last.Contact!.ExternalId, last.Contact.LastName, last.Contact.FirstName, last.Contact.AnnualRevenue));
    }

    [Fact]
    public void Read_BolDAirTotals_Give16HostsAndRevenue18640()
    {
        var (_, _, rows) = FixtureFiles.ReadAll(FixtureFiles.BolDAir);

        Assert.Equal(16, rows.Count(r => r.Contact!.IsHost == true));
        Assert.Equal(18640m, rows.Sum(r => r.Contact!.AnnualRevenue!.Value));
        Assert.Equal(["Maryse Brun", "Remy Albando"], rows.Select(r => r.Contact!.AmbassadorName).Distinct().Order());
    }

    [Fact]
    public void Read_BolDAirTwice_GivesTheSameDistinctMatchKeys()
    {
        var first = FixtureFiles.ReadAll(FixtureFiles.BolDAir).Rows.Select(r => r.MatchKey!.ToString()).ToList();
        var second = FixtureFiles.ReadAll(FixtureFiles.BolDAir).Rows.Select(r => r.MatchKey!.ToString()).ToList();

        Assert.Equal(first, second);
        Assert.Equal(41, first.Distinct().Count());
    }
}
