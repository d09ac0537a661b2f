using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Testing;

namespace ModularCrm.Modules.Contacts.Tests.Import;

/// <summary>The real customer files in shared/fixtures, read in place (never copied into the repository).</summary>
internal static class FixtureFiles
{
    public static string BolDAir => Path.Combine(RepoPaths.Shared, "fixtures", "bol-d-air-clients.csv");

    public static string KolibriProspects => Path.Combine(RepoPaths.Shared, "fixtures", "kolibri-prospects-salon.csv");

    public static (CsvFormat Format, ColumnMapping Mapping, List<ImportRow> Rows) ReadAll(string path)
    {
        using var reader = CsvContactReader.Open(File.OpenRead(path));
        var mapping = reader.SuggestMapping();
        return (reader.Format, mapping, reader.ReadRows(mapping).ToList());
    }
}
