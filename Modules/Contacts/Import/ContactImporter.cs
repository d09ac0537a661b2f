using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Imports a CSV through <see cref="CsvContactReader"/>: each row is matched on its <see cref="ContactMatchKey"/>
/// (customer number, e-mail, phone, folded name + postcode) against the shop's contacts and the rows already imported,
/// then updated (imported values over stored ones, blanks keep what is stored) or created. Re-importing a file
/// therefore creates no duplicates. A dry run reads the database but writes nothing; a real run is one transaction.
/// </summary>
internal sealed class ContactImporter
{
    private readonly int maxActions;
    // Keys met in this file, hashed like ImportSummary's: a million rows cost a dictionary of longs, not of strings.
    private readonly Dictionary<ulong, long?> seenKeys = [];

    public ContactImporter(int maxActions = 5000) => this.maxActions = maxActions;

    public async Task<ImportReport> RunAsync(IShopSql db, CsvContactReader reader, ColumnMapping mapping, bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var actions = new List<ImportAction>();
        long created = 0, updated = 0, skipped = 0, total = 0;
        await foreach (var row in reader.ReadRowsAsync(mapping, null, ct))
        {
            summary.Add(row);
            var action = await ApplyAsync(db, row, dryRun, now, actions.Count < maxActions, ct);
            total++;
            switch (action.Action)
            {
                case "create": created++; break;
                case "update": updated++; break;
                default: skipped++; break;
            }

            if (actions.Count < maxActions)
            {
                actions.Add(action);
            }
        }

        return new ImportReport(
            dryRun, reader.Format.Description, mapping.Columns, total, created, updated, skipped, summary.WithWarnings,
            summary.IssuesByCode, summary.FirstIssues, summary.RepeatedKeys, actions, total > actions.Count);
    }

    private async Task<ImportAction> ApplyAsync(IShopSql db, ImportRow row, bool dryRun, DateTimeOffset now, bool describe, CancellationToken ct)
    {
        if (row.Contact is not { } contact)
        {
            return new ImportAction(row.RowNumber, "skip", null, null);
        }

        var values = ValuesOf(contact);
        var matchKey = row.MatchKey ?? (values.NameKey is { } nameKey ? new ContactMatchKey(MatchKeyKind.NameAndPostcode, nameKey) : null);
        var key = matchKey is null ? (ulong?)null : ImportSummary.Fnv1a(matchKey);
        long? existing = null;
        var known = key is { } hash && seenKeys.TryGetValue(hash, out existing);
        if (!known && matchKey is not null)
        {
            existing = await FindAsync(db, matchKey, ct);
        }

        known |= existing is not null;
        long? id = existing;
        if (!dryRun)
        {
            if (existing is { } target)
            {
                await UpdateAsync(db, target, values, now, ct);
            }
            else
            {
                id = await ContactStore.InsertAsync(db, values, now, ct);
            }
        }

        if (key is { } seen)
        {
            seenKeys[seen] = id;
        }

        return new ImportAction(row.RowNumber, known ? "update" : "create", id, describe ? matchKey?.ToString() : null);
    }

    private static Task<long?> FindAsync(IShopSql db, ContactMatchKey key, CancellationToken ct)
    {
        var where = key.Kind switch
        {
            MatchKeyKind.ExternalId => "external_id = @value",
            MatchKeyKind.Email => "email = @value",
            MatchKeyKind.Phone => "(phone = @value OR mobile = @value)",
            _ => "name_key = @value",
        };
        return db.QueryFirstOrDefaultAsync<long?>(
            $"SELECT MIN(id) FROM contacts_contacts WHERE shop_id = @shop AND erased_at IS NULL AND {where}", new { value = key.Value }, ct);
    }

    private static Task<int> UpdateAsync(IShopSql db, long id, ContactValues v, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE contacts_contacts
            SET civility = COALESCE(@civility, civility), first_name = COALESCE(@firstName, first_name), last_name = COALESCE(@lastName, last_name),
                company_name = COALESCE(@companyName, company_name), email = COALESCE(@email, email), phone = COALESCE(@phone, phone),
                mobile = COALESCE(@mobile, mobile), address = COALESCE(@address, address), city = COALESCE(@city, city),
                postcode = COALESCE(@postcode, postcode), birth_date = COALESCE(@birthDate, birth_date),
                ambassador_name = COALESCE(@ambassadorName, ambassador_name), is_host = COALESCE(@isHost, is_host),
                external_id = COALESCE(@externalId, external_id), annual_revenue = COALESCE(@annualRevenue, annual_revenue),
                remarks = COALESCE(@remarks, remarks), search_last = COALESCE(@searchLast, search_last),
                search_first = COALESCE(@searchFirst, search_first), search_company = COALESCE(@searchCompany, search_company), updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new
            {
                id, civility = v.Civility, firstName = v.FirstName, lastName = v.LastName, companyName = v.CompanyName, email = v.Email,
                phone = v.Phone, mobile = v.Mobile, address = v.Address, city = v.City, postcode = v.Postcode,
                birthDate = v.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ambassadorName = v.AmbassadorName, isHost = v.IsHost, externalId = v.ExternalId, annualRevenue = v.AnnualRevenue,
                remarks = v.Remarks, searchLast = ContactStore.Search(v.LastName), searchFirst = ContactStore.Search(v.FirstName),
                searchCompany = ContactStore.Search(v.CompanyName), now,
            },
            ct);

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
