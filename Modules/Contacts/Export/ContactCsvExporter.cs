using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Export;

/// <summary>
/// Exports contacts as a French Excel CSV whose headers the importer maps back on its own, so that
/// import(export(x)) gives x again. Streams: one row in memory at a time.
/// </summary>
public static class ContactCsvExporter
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "N° client", "Civilité", "Nom", "Prénom", "Entreprise", "E-mail", "Téléphone", "Portable", "Adresse",
        "Code postal", "Ville", "Date de naissance", "Hôte", "Nom Ambassadeur", "CA annuel", "Commentaires et intérêts",
    ];

    /// <summary>Writes the header and every contact to <paramref name="output"/> (left open).</summary>
    public static void Write(IEnumerable<ImportedContact> contacts, Stream output)
    {
        using var writer = new FrenchCsvWriter(output, leaveOpen: true);
        writer.WriteRow(Headers);
        foreach (var contact in contacts)
        {
            WriteCells(writer, contact);
            writer.EndRow();
        }
    }

    /// <summary>Writes the header and every contact without blocking (response bodies); output left open.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<ImportedContact> contacts, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new FrenchCsvWriter(output, leaveOpen: true);
        foreach (var header in Headers)
        {
            writer.WriteText(header);
        }

        await writer.EndRowAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var contact in contacts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteCells(writer, contact);
            await writer.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteCells(FrenchCsvWriter writer, ImportedContact contact)
    {
        writer.WriteText(contact.ExternalId);
        writer.WriteText(contact.Civility);
        writer.WriteText(contact.LastName);
        writer.WriteText(contact.FirstName);
        writer.WriteText(contact.Company);
        writer.WriteText(contact.Email);
        writer.WriteText(Display(contact.Phone));
        writer.WriteText(Display(contact.Mobile));
        writer.WriteText(contact.Address);
        writer.WriteText(contact.PostalCode);
        writer.WriteText(contact.City);
        writer.WriteDate(contact.BirthDate);
        writer.WriteBoolean(contact.IsHost);
        writer.WriteText(contact.AmbassadorName);
        writer.WriteNumber(contact.AnnualRevenue);
        writer.WriteText(contact.Remarks);
    }

    // French readers expect "06 12 34 56 78"; foreign numbers stay in E.164.
    private static string? Display(string? e164) => e164 is null ? null : PhoneNormalizer.FormatForDisplay(e164);
}
