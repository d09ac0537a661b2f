using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>
/// A newsletter's subscribers as a CSV that French Excel opens by double-click, as the contacts module's export does:
/// UTF-8 with BOM, ';', dates dd/MM/yyyy HH:mm (Paris). A cell starting with = + - @ tab or CR is prefixed with "'" by
/// CsvHelper's injection escaping, so a spreadsheet never runs a sign-up's text as a formula.
/// </summary>
internal static class SubscriberExport
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly string[] Headers = ["E-mail", "Prénom", "Nom", "État", "Demandé le", "Confirmé le", "Désabonné le", "Source"];

    /// <summary><c>GET /lists/{id}/subscribers.csv[?status=]</c>.</summary>
    internal static async Task<IResult> ExportAsync(IShopDb db, long id, string? status, CancellationToken ct)
    {
        if (await ListStore.FindAsync(db, id, ct) is not { } list)
        {
            return Web.Problems.ListNotFound(id);
        }

        var rows = await SubscriptionStore.ListAsync(db, id, status, ct);
        return Results.File(Write(rows), "text/csv; charset=utf-8", $"abonnes-{list.Slug}.csv");
    }

    public static byte[] Write(IEnumerable<SubscriptionRow> rows)
    {
        var config = new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";", NewLine = "\r\n", InjectionOptions = InjectionOptions.Escape };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, config))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in new[] { row.Email, row.FirstName, row.LastName, row.Status, Date(row.RequestedAt), Date(row.ConfirmedAt), Date(row.UnsubscribedAt), SubscriptionRow.ConsentSource })
                {
                    csv.WriteField(cell ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string? Date(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Paris).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : null;
}
