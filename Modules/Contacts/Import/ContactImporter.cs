using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Imports a CSV through <see cref="CsvContactReader"/>: each row is matched on its <see cref="ContactMatchKey"/>
/// (customer number, e-mail, phone, folded name + postcode or city) against the shop's contacts and the rows already
/// imported, then updated (imported values over stored ones, blanks keep what is stored) or created. Re-importing a
/// file therefore creates no duplicates. A dry run reads the database but writes nothing; a real run is meant to run in
/// one transaction. Rows go by batches: one lookup query and one multi-row insert per batch, because a statement
/// costs about 0.1 ms through the shop data layer and a million rows one by one took minutes.
/// </summary>
internal sealed class ContactImporter
{
    private readonly int maxActions;

    // Keys met in this file, hashed like ImportSummary's; the value is the contact id when known (updates), null for
    // a contact created in bulk (looked up again if a later row repeats the key).
    private readonly Dictionary<ulong, long?> seenKeys = [];
    private readonly List<Pending> batch = new(ContactStore.MaxInsertBatch);
    private readonly List<ImportAction> actions = [];
    private long created;
    private long updated;
    private long skipped;

    public ContactImporter(int maxActions = 5000) => this.maxActions = maxActions;

    public async Task<ImportReport> RunAsync(IShopSql db, CsvContactReader reader, ColumnMapping mapping, bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        var summary = new ImportSummary();
        long total = 0;
        await foreach (var row in reader.ReadRowsAsync(mapping, null, ct))
        {
            summary.Add(row);
            total++;
            if (row.Contact is not { } contact)
            {
                await FlushAsync(db, dryRun, now, ct);
                Record(new ImportAction(row.RowNumber, "skip", null, null));
                continue;
            }

            var values = ValuesOf(contact);
            var key = row.MatchKey ?? (values.NameKey is { } nameKey ? new ContactMatchKey(MatchKeyKind.NameAndPostcode, nameKey) : null);
            var hash = key is null ? (ulong?)null : ImportSummary.Fnv1a(key);
            if (hash is { } h && (seenKeys.ContainsKey(h) || batch.Any(p => p.Hash == h)))
            {
                // A key repeated in the file: finish the batch so that the earlier row exists before this one updates it.
                await FlushAsync(db, dryRun, now, ct);
            }

            batch.Add(new Pending(row.RowNumber, values, key, hash));
            if (batch.Count == ContactStore.MaxInsertBatch)
            {
                await FlushAsync(db, dryRun, now, ct);
            }
        }

        await FlushAsync(db, dryRun, now, ct);
        return new ImportReport(
            dryRun, reader.Format.Description, mapping.Columns, total, created, updated, skipped, summary.WithWarnings,
            summary.IssuesByCode, summary.FirstIssues, summary.RepeatedKeys, actions, total > actions.Count);
    }

    private async Task FlushAsync(IShopSql db, bool dryRun, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var existing = await LookupAsync(db, ct);
        var creates = new List<ContactValues>();
        foreach (var pending in batch)
        {
            long? id = null;
            var known = false;
            if (pending.Hash is { } hash)
            {
                known = seenKeys.TryGetValue(hash, out id);
                if (known && id is null && !dryRun)
                {
                    id = await FindAsync(db, pending.Key!, ct);
                }

                if (!known && existing.TryGetValue(hash, out var stored))
                {
                    (known, id) = (true, stored);
                }
            }

            if (known)
            {
                updated++;
                if (!dryRun && id is { } target)
                {
                    await UpdateAsync(db, target, pending.Values, now, ct);
                }
            }
            else
            {
                created++;
                creates.Add(pending.Values);
            }

            if (pending.Hash is { } seen)
            {
                seenKeys[seen] = id;
            }

            Record(new ImportAction(pending.RowNumber, known ? "update" : "create", id, actions.Count < maxActions ? pending.Key?.ToString() : null));
        }

        if (!dryRun && creates.Count > 0)
        {
            await ContactStore.InsertManyAsync(db, creates, now, ct);
        }

        batch.Clear();
    }

    private void Record(ImportAction action)
    {
        if (action.Action == "skip")
        {
            skipped++;
        }

        if (actions.Count < maxActions)
        {
            actions.Add(action);
        }
    }

    // One query for the whole batch: every key kind as an IN list on its indexed column.
    private async Task<Dictionary<ulong, long>> LookupAsync(IShopSql db, CancellationToken ct)
    {
        var args = new Dictionary<string, object?>();
        var terms = new List<string>();
        foreach (var (kind, column) in new[] { (MatchKeyKind.ExternalId, "external_id"), (MatchKeyKind.Email, "email"), (MatchKeyKind.Phone, "phone"), (MatchKeyKind.Phone, "mobile"), (MatchKeyKind.NameAndPostcode, "name_key") })
        {
            var values = batch.Where(p => p.Key?.Kind == kind).Select(p => p.Key!.Value).Distinct().ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var names = values.Select((v, i) => $"{column}{i}").ToList();
            for (var i = 0; i < values.Count; i++)
            {
                args[names[i]] = values[i];
            }

            terms.Add(
                "SELECT id AS Id, external_id AS ExternalId, email AS Email, phone AS Phone, mobile AS Mobile, name_key AS NameKey " +
                $"FROM contacts_contacts WHERE shop_id = @shop AND erased_at IS NULL AND {column} IN ({string.Join(", ", names.Select(n => "@" + n))})");
        }

        var found = new Dictionary<ulong, long>();
        if (terms.Count == 0)
        {
            return found;
        }

        // One SELECT per key kind joined by UNION ALL: each uses its own index, where an OR of IN lists made
        // SQLite scan the table for every batch.
        var rows = await db.QueryAsync<KeyRow>(
            string.Join(" UNION ALL ", terms),
            args,
            ct);
        foreach (var row in rows)
        {
            foreach (var key in row.Keys())
            {
                found.TryAdd(ImportSummary.Fnv1a(key), row.Id);
            }
        }

        return found;
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

        // Not MIN(id): SQLite answers MIN with a walk of the primary key that reads the whole table when nothing
        // matches. The key's index gives its rows in id order anyway.
        return db.QueryFirstOrDefaultAsync<long?>(
            $"SELECT id FROM contacts_contacts WHERE shop_id = @shop AND erased_at IS NULL AND {where}", new { value = key.Value }, ct);
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

    private sealed record Pending(long RowNumber, ContactValues Values, ContactMatchKey? Key, ulong? Hash);

    private sealed class KeyRow
    {
        public long Id { get; init; }

        public string? ExternalId { get; init; }

        public string? Email { get; init; }

        public string? Phone { get; init; }

        public string? Mobile { get; init; }

        public string? NameKey { get; init; }

        public IEnumerable<ContactMatchKey> Keys()
        {
            if (ExternalId is not null)
            {
                yield return new ContactMatchKey(MatchKeyKind.ExternalId, ExternalId);
            }

            if (Email is not null)
            {
                yield return new ContactMatchKey(MatchKeyKind.Email, Email);
            }

            foreach (var phone in new[] { Phone, Mobile }.OfType<string>())
            {
                yield return new ContactMatchKey(MatchKeyKind.Phone, phone);
            }

            if (NameKey is not null)
            {
                yield return new ContactMatchKey(MatchKeyKind.NameAndPostcode, NameKey);
            }
        }
    }
}
