using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Imports a CSV through <see cref="CsvContactReader"/>: each row is matched on its <see cref="ContactMatchKey"/>
/// (customer number, e-mail, phone, folded name + postcode or city) against the shop's contacts and the rows already
/// imported, then updated (imported values over stored ones, blanks keep what is stored) or created. Re-importing a
/// file therefore creates no duplicates. A dry run reads the database but writes nothing; a real run is meant to run in
/// one transaction. Rows go one by one through statements prepared once per run (<see cref="ImportStatements"/>):
/// an indexed lookup, then an insert or an update.
/// </summary>
internal sealed class ContactImporter
{
    // Stands for "created in this run, id not read back" in seenKeys.
    private const long NotRead = -1;

    private readonly int maxActions;

    // Keys met in this file, hashed like ImportSummary's, with the contact id when known (updates) or NotRead.
    private readonly Dictionary<ulong, long> seenKeys = [];
    private readonly List<ImportAction> actions = [];
    private long created;
    private long updated;
    private long skipped;

    public ContactImporter(int maxActions = 5000) => this.maxActions = maxActions;

    public async Task<ImportReport> RunAsync(IShopSql db, CsvContactReader reader, ColumnMapping mapping, bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        var summary = new ImportSummary();
        long total = 0;
        await using var statements = new ImportStatements(db, now);
        await foreach (var row in reader.ReadRowsAsync(mapping, null, ct))
        {
            summary.Add(row);
            total++;
            if (row.Contact is not { } contact)
            {
                skipped++;
                Record(new ImportAction(row.RowNumber, "skip", null, null));
                continue;
            }

            await ImportAsync(statements, row, ValuesOf(contact), dryRun, ct);
        }

        return new ImportReport(
            dryRun, reader.Format.Description, mapping.Columns, total, created, updated, skipped, summary.WithWarnings,
            summary.IssuesByCode, summary.FirstIssues, summary.RepeatedKeys, actions, total > actions.Count);
    }

    private async Task ImportAsync(ImportStatements statements, ImportRow row, ContactValues values, bool dryRun, CancellationToken ct)
    {
        var key = row.MatchKey ?? (values.NameKey is { } nameKey ? new ContactMatchKey(MatchKeyKind.NameAndPostcode, nameKey) : null);
        long? id = null;
        var known = false;
        if (key is not null)
        {
            var hash = ImportSummary.Fnv1a(key);
            if (seenKeys.TryGetValue(hash, out var seen))
            {
                // A key repeated in the file: the earlier row's contact, read back from the database when it was created here.
                known = true;
                id = seen != NotRead ? seen : dryRun ? null : await statements.FindAsync(key, ct);
            }
            else
            {
                id = await statements.FindAsync(key, ct);
                known = id is not null;
            }

            seenKeys[hash] = id ?? NotRead;
        }

        if (known)
        {
            updated++;
            if (!dryRun && id is { } target)
            {
                await statements.UpdateAsync(target, values, ct);
            }
        }
        else
        {
            created++;
            if (!dryRun)
            {
                await statements.InsertAsync(values, ct);
            }
        }

        Record(new ImportAction(row.RowNumber, known ? "update" : "create", id, actions.Count < maxActions ? key?.ToString() : null));
    }

    private void Record(ImportAction action)
    {
        if (actions.Count < maxActions)
        {
            actions.Add(action);
        }
    }

    internal static ContactValues ValuesOf(ImportedContact c) => new()
    {
        Kind = c.LastName is null && c.Company is not null ? ContactKinds.Company : ContactKinds.Person,
        Civility = c.Civility is "M." or "Mme" or "Mx" ? c.Civility : null,
        FirstName = c.FirstName,
        LastName = c.LastName,
        CompanyName = c.Company,
        Email = c.Email?.ToLowerInvariant(),
        Phone = c.Phone,
        Mobile = c.Mobile,
        Address = c.Address,
        City = c.City,
        Postcode = c.PostalCode,
        BirthDate = c.BirthDate,
        IsHost = c.IsHost,
        AmbassadorName = c.AmbassadorName,
        AnnualRevenue = c.AnnualRevenue,
        Remarks = c.Remarks is { Length: > 2000 } r ? r[..2000] : c.Remarks,
        ExternalId = c.ExternalId,
        Source = "import",
    };
}
