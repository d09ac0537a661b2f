using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Quality;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Data;

/// <summary>The SQL of <c>contacts_contacts</c> shared by the API, the import and the event handlers.</summary>
internal static class ContactStore
{
    // Money is read as "x * 1.0": SQLite returns NUMERIC 1254 as an integer and 1166.97 as a double, and Dapper
    // refuses a column whose type changes between rows; multiplying makes every row a double (a decimal elsewhere).
    public const string Columns =
        "id AS Id, kind AS Kind, company_id AS CompanyId, civility AS Civility, first_name AS FirstName, last_name AS LastName, " +
        "company_name AS CompanyName, email AS Email, phone AS Phone, mobile AS Mobile, address AS Address, city AS City, " +
        "postcode AS Postcode, country AS Country, birth_date AS BirthDateText, siren AS Siren, vat_number AS VatNumber, " +
        "lifecycle AS Lifecycle, owner_user_id AS OwnerUserId, ambassador_id AS AmbassadorId, ambassador_name AS AmbassadorName, " +
        "is_host AS IsHost, source AS Source, external_id AS ExternalId, annual_revenue * 1.0 AS AnnualRevenue, remarks AS Remarks, " +
        "last_interaction_at AS LastInteractionAt, erased_at AS ErasedAt, created_at AS CreatedAt, updated_at AS UpdatedAt";

    public static Task<ContactRecord?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<ContactRecord>($"SELECT {Columns} FROM contacts_contacts WHERE shop_id = @shop AND id = @id", new { id }, ct);

    /// <summary>The INSERT of one contact; its parameters are the names <see cref="Bind"/> sets.</summary>
    public const string InsertSql =
        """
        INSERT INTO contacts_contacts (shop_id, kind, company_id, civility, first_name, last_name, company_name, email, phone, mobile,
            address, city, postcode, country, birth_date, siren, vat_number, lifecycle, owner_user_id, ambassador_id, ambassador_name,
            is_host, source, external_id, annual_revenue, remarks, name_key, search_last, search_first, search_company, created_at, updated_at)
        VALUES (@shop, @kind, @companyId, @civility, @firstName, @lastName, @companyName, @email, @phone, @mobile,
            @address, @city, @postcode, @country, @birthDate, @siren, @vatNumber, @lifecycle, @ownerUserId, @ambassadorId, @ambassadorName,
            @isHost, @source, @externalId, @annualRevenue, @remarks, @nameKey, @searchLast, @searchFirst, @searchCompany, @now, @now)
        """;

    public static Task<long> InsertAsync(IShopSql db, ContactValues values, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(InsertSql, Parameters(values, now), ct);

    public static Task<int> UpdateAsync(IShopSql db, long id, ContactValues values, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = Parameters(values, now);
        parameters["id"] = id;
        return db.ExecuteAsync(
            """
            UPDATE contacts_contacts
            SET kind = @kind, company_id = @companyId, civility = @civility, first_name = @firstName, last_name = @lastName,
                company_name = @companyName, email = @email, phone = @phone, mobile = @mobile, address = @address, city = @city,
                postcode = @postcode, country = @country, birth_date = @birthDate, siren = @siren, vat_number = @vatNumber,
                lifecycle = @lifecycle, owner_user_id = @ownerUserId, ambassador_id = @ambassadorId, ambassador_name = @ambassadorName,
                is_host = @isHost, source = @source, external_id = @externalId, annual_revenue = @annualRevenue, remarks = @remarks,
                name_key = @nameKey, search_last = @searchLast, search_first = @searchFirst, search_company = @searchCompany, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            parameters,
            ct);
    }

    /// <summary>The folded form kept for prefix search (null for blank).</summary>
    public static string? Search(string? text) => NameFolder.Fold(text) is { Length: > 0 } folded ? (folded.Length > 100 ? folded[..100] : folded) : null;

    /// <summary>Prefix search on names, e-mail or phone, in folded name order (see <see cref="ContactSearch"/>).</summary>
    public static Task<IReadOnlyList<ContactRecord>> SearchAsync(IShopSql db, string? search, string? kind, int offset, int limit, CancellationToken ct) =>
        ContactSearch.SearchAsync(db, search, kind, offset, limit, ct);

    /// <summary>Replaces the contact's tags (trimmed, case-insensitively distinct).</summary>
    public static async Task SetTagsAsync(IShopSql db, long contactId, IEnumerable<string> tags, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM contacts_tags WHERE shop_id = @shop AND contact_id = @contactId", new { contactId }, ct);
        foreach (var tag in tags.Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(t => t.ToLowerInvariant()))
        {
            await db.ExecuteAsync(
                "INSERT INTO contacts_tags (shop_id, contact_id, tag) VALUES (@shop, @contactId, @tag)", new { contactId, tag }, ct);
        }
    }

    public static Task<IReadOnlyList<string>> TagsAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryAsync<string>("SELECT tag FROM contacts_tags WHERE shop_id = @shop AND contact_id = @contactId ORDER BY tag", new { contactId }, ct);

    /// <summary>Contacts sharing an e-mail, a phone or a folded name + postcode with <paramref name="values"/>.</summary>
    public static async Task<IReadOnlyList<DuplicateWarning>> DuplicatesOfAsync(IShopSql db, ContactValues values, long? exceptId, CancellationToken ct)
    {
        var rows = await db.QueryAsync<DuplicateRow>(
            """
            SELECT id AS Id, first_name AS FirstName, last_name AS LastName, company_name AS CompanyName,
                   CASE WHEN @email IS NOT NULL AND email = @email THEN 1 ELSE 0 END AS SameEmail,
                   CASE WHEN (@phone IS NOT NULL AND (phone = @phone OR mobile = @phone)) OR (@mobile IS NOT NULL AND (phone = @mobile OR mobile = @mobile)) THEN 1 ELSE 0 END AS SamePhone,
                   CASE WHEN @nameKey IS NOT NULL AND name_key = @nameKey THEN 1 ELSE 0 END AS SameName
            FROM contacts_contacts
            WHERE shop_id = @shop AND erased_at IS NULL AND (@exceptId IS NULL OR id <> @exceptId)
              AND ((@email IS NOT NULL AND email = @email)
                OR (@phone IS NOT NULL AND (phone = @phone OR mobile = @phone))
                OR (@mobile IS NOT NULL AND (phone = @mobile OR mobile = @mobile))
                OR (@nameKey IS NOT NULL AND name_key = @nameKey))
            ORDER BY id
            """,
            new { email = values.Email, phone = values.Phone, mobile = values.Mobile, nameKey = values.NameKey, exceptId },
            ct);
        return rows.Select(r => new DuplicateWarning(r.Id, $"{r.FirstName} {r.LastName} {r.CompanyName}".Trim(), r.Reasons())).ToList();
    }

    private static Dictionary<string, object?> Parameters(ContactValues v, DateTimeOffset now)
    {
        var parameters = new Dictionary<string, object?>(32);
        Bind(v, now, (name, value) => parameters[name] = value);
        return parameters;
    }

    /// <summary>
    /// Hands every parameter of <see cref="InsertSql"/> and <see cref="UpdateAsync"/> to <paramref name="set"/>: the one
    /// place that maps values to columns, for Dapper's dictionaries and for prepared statements alike.
    /// </summary>
    public static void Bind(ContactValues v, DateTimeOffset now, Action<string, object?> set)
    {
        set("kind", v.Kind);
        set("companyId", v.CompanyId);
        set("civility", v.Civility);
        set("firstName", v.FirstName);
        set("lastName", v.LastName);
        set("companyName", v.CompanyName);
        set("email", v.Email);
        set("phone", v.Phone);
        set("mobile", v.Mobile);
        set("address", v.Address);
        set("city", v.City);
        set("postcode", v.Postcode);
        set("country", v.Country);
        set("birthDate", BirthDate(v));
        set("siren", v.Siren);
        set("vatNumber", v.VatNumber);
        set("lifecycle", v.Lifecycle);
        set("ownerUserId", v.OwnerUserId);
        set("ambassadorId", v.AmbassadorId);
        set("ambassadorName", v.AmbassadorName);
        set("isHost", v.IsHost);
        set("source", v.Source);
        set("externalId", v.ExternalId);
        set("annualRevenue", v.AnnualRevenue);
        set("remarks", v.Remarks);
        set("nameKey", v.NameKey);
        set("searchLast", Search(v.LastName));
        set("searchFirst", Search(v.FirstName));
        set("searchCompany", Search(v.CompanyName));
        set("now", now);
    }

    /// <summary>The birth date as stored (ISO text), or null.</summary>
    public static string? BirthDate(ContactValues v) => v.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class DuplicateRow
    {
        public long Id { get; init; }

        public string? FirstName { get; init; }

        public string? LastName { get; init; }

        public string? CompanyName { get; init; }

        public long SameEmail { get; init; }

        public long SamePhone { get; init; }

        public long SameName { get; init; }

        public IReadOnlyList<string> Reasons() =>
            new[] { SameEmail == 1 ? "même e-mail" : null, SamePhone == 1 ? "même téléphone" : null, SameName == 1 ? "même nom et même code postal" : null }
                .OfType<string>().ToList();
    }
}
