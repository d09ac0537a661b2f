using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class ColumnMappingSuggesterTests
{
    [Theory]
    [InlineData("N° client", ContactField.ExternalId)]
    [InlineData("Numéro client", ContactField.ExternalId)]
    [InlineData("Code Client", ContactField.ExternalId)]
    [InlineData("Nom Client", ContactField.LastName)]
    [InlineData("NOM", ContactField.LastName)]
    [InlineData("Nom de famille", ContactField.LastName)]
    [InlineData("Prénom", ContactField.FirstName)]
    [InlineData("PRENOM", ContactField.FirstName)]
    [InlineData("Hôte", ContactField.IsHost)]
    [InlineData("Hôtesse ?", ContactField.IsHost)]
    [InlineData("Nom Ambassadeur", ContactField.AmbassadorName)]
    [InlineData("Ambassadrice référente", ContactField.AmbassadorName)]
    [InlineData("CA annuel", ContactField.AnnualRevenue)]
    [InlineData("Chiffre d'affaires", ContactField.AnnualRevenue)]
    [InlineData("CA 2025 (€)", ContactField.AnnualRevenue)]
    [InlineData("Entreprise", ContactField.Company)]
    [InlineData("Raison sociale", ContactField.Company)]
    [InlineData("Ville", ContactField.City)]
    [InlineData("E-mail", ContactField.Email)]
    [InlineData("Email", ContactField.Email)]
    [InlineData("Courriel", ContactField.Email)]
    [InlineData("Adresse e-mail", ContactField.Email)]
    [InlineData("Mail perso", ContactField.Email)]
    [InlineData("Téléphone", ContactField.Phone)]
    [InlineData("Tél", ContactField.Phone)]
    [InlineData("Tél.", ContactField.Phone)]
    [InlineData("Tél fixe", ContactField.Phone)]
    [InlineData("Portable", ContactField.Mobile)]
    [InlineData("Mobile", ContactField.Mobile)]
    [InlineData("Téléphone portable", ContactField.Mobile)]
    [InlineData("Tél. mobile perso", ContactField.Mobile)]
    [InlineData("Commentaires et intérêts", ContactField.Remarks)]
    [InlineData("Remarques", ContactField.Remarks)]
    [InlineData("Code postal", ContactField.PostalCode)]
    [InlineData("CP", ContactField.PostalCode)]
    [InlineData("Adresse", ContactField.Address)]
    [InlineData("Adresse postale complète", ContactField.Address)]
    [InlineData("Civilité", ContactField.Civility)]
    [InlineData("Date de naissance", ContactField.BirthDate)]
    [InlineData("Né(e) le", ContactField.BirthDate)]
    public void Guess_CommonFrenchHeader_GivesTheField(string header, ContactField expected) =>
        Assert.Equal(expected, ColumnMappingSuggester.Guess(header));

    [Theory]
    [InlineData("")]
    [InlineData("Colonne1")]
    [InlineData("Pointure")]
    public void Guess_UnknownHeader_GivesNothing(string header) =>
        Assert.Null(ColumnMappingSuggester.Guess(header));

    [Fact]
    public void Suggest_TwoColumnsForOneField_GivesItToTheFirstOnly()
    {
        var mapping = ColumnMappingSuggester.Suggest(["Nom", "Prénom", "Nom de famille", "Pointure"]);

        Assert.Equal([ContactField.LastName, ContactField.FirstName, null, null], mapping.Columns.Select(c => c.Field));
        Assert.Equal(["Nom", "Prénom", "Nom de famille", "Pointure"], mapping.Columns.Select(c => c.Header));
        Assert.Equal([0, 1, 2, 3], mapping.Columns.Select(c => c.Index));
    }
}
