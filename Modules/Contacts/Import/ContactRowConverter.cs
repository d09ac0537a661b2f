using System.Text;
using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Turns one row's raw cells (one per <see cref="ContactField"/>) into a typed contact and its issues.
/// Policy: a bad value in a field is a warning (the field is left empty, the raw text kept in the issue);
/// a row with nothing to identify a person by is an error (skipped). One instance per reader: not thread-safe.
/// </summary>
internal sealed class ContactRowConverter
{
    private static readonly ImportIssue[] NoIssues = [];
    private readonly string?[] columnNames;
    private readonly EmailValidator emails;
    private readonly DateOnly today;
    private List<ImportIssue>? issues;
    private long row;

    /// <param name="columnNames">Header of the column feeding each field (null when unmapped).</param>
    /// <param name="emails">The validator giving e-mail advice.</param>
    /// <param name="today">Birth dates after this day are refused.</param>
    public ContactRowConverter(string?[] columnNames, EmailValidator emails, DateOnly today)
    {
        this.columnNames = columnNames;
        this.emails = emails;
        this.today = today;
    }

    /// <summary>Converts the cells of one row; <paramref name="rowIssues"/> holds problems the parser
    /// already found (bad quoting, column count) and is taken over.</summary>
    public ImportRow Convert(long rowNumber, string?[] cells, List<ImportIssue>? rowIssues)
    {
        row = rowNumber;
        issues = rowIssues;
        var contact = new ImportedContact
        {
            ExternalId = Text(cells, ContactField.ExternalId),
            Civility = Text(cells, ContactField.Civility),
            LastName = Name(cells, ContactField.LastName),
            FirstName = Name(cells, ContactField.FirstName),
            Company = Name(cells, ContactField.Company),
            Email = Email(cells),
            Phone = Phone(cells, ContactField.Phone),
            Mobile = Phone(cells, ContactField.Mobile),
            Address = Text(cells, ContactField.Address),
            PostalCode = PostalCode(cells),
            City = Name(cells, ContactField.City),
            BirthDate = BirthDate(cells),
            IsHost = Boolean(cells, ContactField.IsHost),
            AmbassadorName = Name(cells, ContactField.AmbassadorName),
            AnnualRevenue = Number(cells, ContactField.AnnualRevenue),
            Remarks = Text(cells, ContactField.Remarks),
        };

        if (contact is { LastName: null, Company: null, Email: null, Phone: null, Mobile: null })
        {
            Add(null, ImportSeverity.Error, "row.no_identity",
                "ligne ignorée : ni nom, ni société, ni e-mail, ni téléphone valide", null);
            return new ImportRow(rowNumber, null, null, issues!);
        }

        var key = ContactMatchKey.For(contact);
        if (key is null)
        {
            Add(null, ImportSeverity.Warning, "row.no_match_key",
                "aucune clé de rapprochement (n° client, e-mail, téléphone ou nom + code postal) : une nouvelle importation du fichier créera un doublon", null);
        }

        return new ImportRow(rowNumber, contact, key, issues ?? (IReadOnlyList<ImportIssue>)NoIssues);
    }

    /// <summary>Trims a cell and removes the quote our export puts before "=", "+", "-", "@" (formula guard).</summary>
    public static string? Clean(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var text = cell.Trim();
        if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@')
        {
            text = text[1..];
        }

        return text.Length == 0 ? null : text;
    }

    private static string? Text(string?[] cells, ContactField field) => Clean(cells[(int)field]);

    // Names: runs of spaces (including non-breaking ones) become one space.
    private static string? Name(string?[] cells, ContactField field)
    {
        var text = Clean(cells[(int)field]);
        if (text is null || !text.Any(c => char.IsWhiteSpace(c) && c != ' ') && !text.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private string? Email(string?[] cells)
    {
        if (Text(cells, ContactField.Email) is not { } text)
        {
            return null;
        }

        var check = emails.Check(text);
        if (check.Message is not null)
        {
            Add(ContactField.Email, ImportSeverity.Warning, check.Code!, check.Message, text, check.Suggestion);
        }

        return check.Normalized;
    }

    private string? Phone(string?[] cells, ContactField field)
    {
        if (Text(cells, field) is not { } text)
        {
            return null;
        }

        var result = PhoneNormalizer.Normalize(text);
        if (result.Message is not null)
        {
            Add(field, ImportSeverity.Warning, result.Code!, result.Message, text);
        }

        return result.E164;
    }

    private string? PostalCode(string?[] cells)
    {
        if (Text(cells, ContactField.PostalCode) is not { } text)
        {
            return null;
        }

        var result = PostalCodes.Normalize(text);
        if (result.Message is not null)
        {
            Add(ContactField.PostalCode, ImportSeverity.Warning, result.IsValid ? "postcode.completed" : "postcode.invalid", result.Message, text);
        }

        return result.Value;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private DateOnly? BirthDate(string?[] cells)
    {
        var date = Parsed<DateOnly>(cells, ContactField.BirthDate, FrenchValueParser.TryParseDate, "date.invalid", "date « {0} » illisible (attendu jj/mm/aaaa)");
        if (date > today)
        {
            var text = Text(cells, ContactField.BirthDate);
            Add(ContactField.BirthDate, ImportSeverity.Warning, "date.future", $"date de naissance « {text} » dans le futur", text);
            return null;
        }

        return date;
    }

    private bool? Boolean(string?[] cells, ContactField field) =>
        Parsed<bool>(cells, field, FrenchValueParser.TryParseBoolean, "boolean.invalid", "valeur « {0} » non reconnue (attendu Oui ou Non)");

    private decimal? Number(string?[] cells, ContactField field) =>
        Parsed<decimal>(cells, field, FrenchValueParser.TryParseDecimal, "number.invalid", "nombre « {0} » illisible");

    // Empty cell: no value, no issue. Unreadable cell: no value, a warning quoting the text.
    private T? Parsed<T>(string?[] cells, ContactField field, TryParse<T> parse, string code, string messageFormat)
        where T : struct
    {
        if (Text(cells, field) is not { } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Add(field, ImportSeverity.Warning, code, string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, text), text);
        return null;
    }

    private void Add(ContactField? field, ImportSeverity severity, string code, string message, string? value, string? suggestion = null)
    {
        issues ??= [];
        var column = field is { } f ? columnNames[(int)f] : null;
        issues.Add(new ImportIssue(row, column, field, severity, code, message, value, suggestion));
    }
}
