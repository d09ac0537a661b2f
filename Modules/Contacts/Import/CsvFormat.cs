using System.Text;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>How a CSV file is written, as detected (or forced through <see cref="CsvImportOptions"/>).</summary>
/// <param name="Encoding">The text encoding used to read the file.</param>
/// <param name="Delimiter">The field separator: ';' (French Excel), ',' or tab.</param>
/// <param name="HasByteOrderMark">True when the file starts with a byte order mark (UTF-8 or UTF-16).</param>
public sealed record CsvFormat(Encoding Encoding, char Delimiter, bool HasByteOrderMark)
{
    /// <summary>A short description for the import screen ("UTF-8 avec BOM, séparateur « ; »").</summary>
    public string Description =>
        $"{Encoding.CodePage switch { 1252 => "Windows-1252", 1200 or 1201 => "UTF-16", _ => "UTF-8" }}{(HasByteOrderMark ? " avec BOM" : string.Empty)}, séparateur « {(Delimiter == '\t' ? "tabulation" : Delimiter.ToString())} »";
}
