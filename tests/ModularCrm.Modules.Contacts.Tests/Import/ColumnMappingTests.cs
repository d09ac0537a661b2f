using System.Text.Json;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class ColumnMappingTests
{
    private static readonly ColumnMapping Mapping = ColumnMappingSuggester.Suggest(["N° client", "Nom", "Prénom", "Pointure"]);

    [Fact]
    public void Json_SavedThenLoaded_GivesAnEqualMappingWithReadableFieldNames()
    {
        var json = JsonSerializer.Serialize(Mapping);
        var loaded = JsonSerializer.Deserialize<ColumnMapping>(json)!;

        Assert.Contains("\"Field\":\"ExternalId\"", json);
        Assert.Equal(Mapping.Columns, loaded.Columns);
    }

    [Fact]
    public void With_FieldAlreadyMappedElsewhere_MovesIt()
    {
        var edited = Mapping.With(3, ContactField.LastName);

        Assert.Equal([ContactField.ExternalId, null, ContactField.FirstName, ContactField.LastName], edited.Columns.Select(c => c.Field));
        Assert.Equal(ContactField.LastName, Mapping.Columns[1].Field);
    }

    [Fact]
    public void With_NullField_UnmapsTheColumn() =>
        Assert.Null(Mapping.With(0, null).Columns[0].Field);

    [Fact]
    public void With_UnknownColumn_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Mapping.With(9, ContactField.City));

    [Fact]
    public void Bind_ColumnsMovedSinceSaved_FindsThemByHeader()
    {
        var indexes = Mapping.Bind(["Prénom", "NOM", "n° CLIENT"]);

        Assert.Equal((2, 1, 0), (indexes[(int)ContactField.ExternalId], indexes[(int)ContactField.LastName], indexes[(int)ContactField.FirstName]));
        Assert.Equal(-1, indexes[(int)ContactField.Email]);
    }

    [Fact]
    public void Bind_MappedColumnMissing_ThrowsWithFrenchMessage()
    {
        var error = Assert.Throws<CsvImportException>(() => Mapping.Bind(["N° client", "Nom"]));

        Assert.Equal("colonne « Prénom » absente du fichier (attendue pour FirstName)", error.Message);
    }
}
