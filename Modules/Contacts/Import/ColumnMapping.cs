using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Which column feeds which contact field. Immutable and JSON-serialisable (System.Text.Json, fields by
/// name) so that a shop can save the mapping of its usual export and reuse it; edit with <see cref="With"/>.
/// </summary>
/// <param name="Columns">Every column of the file, mapped or not.</param>
public sealed record ColumnMapping(IReadOnlyList<ColumnAssignment> Columns)
{
    /// <summary>The fields that have a column.</summary>
    public IEnumerable<ContactField> MappedFields => Columns.Where(c => c.Field is not null).Select(c => c.Field!.Value);

    /// <summary>A copy where column <paramref name="index"/> feeds <paramref name="field"/> (null to ignore
    /// it); any other column that fed the same field is unmapped, a field having one column at most.</summary>
    public ColumnMapping With(int index, ContactField? field)
    {
        if (Columns.All(c => c.Index != index))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "no such column in the mapping");
        }

        return new ColumnMapping(Columns
            .Select(c => c.Index == index ? c with { Field = field }
                : field is not null && c.Field == field ? c with { Field = null }
                : c)
            .ToList());
    }

    /// <summary>
    /// Resolves the mapping against a file's headers: a column is found at its saved index when the header
    /// there still folds the same, else by header anywhere (columns may have moved since the mapping was
    /// saved). Returns, per field, the column index (-1 when not mapped).
    /// </summary>
    /// <exception cref="CsvImportException">A mapped column is missing from the file.</exception>
    public int[] Bind(IReadOnlyList<string> headers)
    {
        var folded = headers.Select(NameFolder.Fold).ToList();
        var indexes = Enumerable.Repeat(-1, Enum.GetValues<ContactField>().Length).ToArray();
        foreach (var column in Columns)
        {
            if (column.Field is not { } field)
            {
                continue;
            }

            var wanted = NameFolder.Fold(column.Header);
            var index = column.Index < folded.Count && folded[column.Index] == wanted ? column.Index : folded.IndexOf(wanted);
            if (index < 0)
            {
                throw new CsvImportException($"colonne « {column.Header} » absente du fichier (attendue pour {field})");
            }

            indexes[(int)field] = index;
        }

        return indexes;
    }
}
