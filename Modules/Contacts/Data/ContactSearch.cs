using System.Text;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Data;

/// <summary>
/// The contact list and its prefix search (last name, first name, company, e-mail, phone, mobile), in folded name
/// order. One branch per column; the page is taken from the union of each branch's candidates:
/// - the last-name branch reads its first offset + limit rows straight from the name-order index;
/// - a branch with few matches reads them all from its own index (sorting a few thousand rows is quick);
/// - a name branch with many matches walks the name-order index (which holds the folded names: no row read) and stops
///   after offset + limit hits, which is quick precisely because matches are frequent; e-mail and phone branches never
///   walk it (each step would read a row).
/// Reading and sorting every match of a common prefix ("mart": 50,000 of a million contacts) took ~150 ms.
/// </summary>
internal static class ContactSearch
{
    /// <summary>Above this many matches a branch walks the name order instead of sorting all its matches.</summary>
    public const int DenseBranch = 3000;

    /// <summary>The order of the list, served by <c>ix_contacts_contacts_shop_order</c> (id is in every index).</summary>
    private const string Order = "search_last, search_first, search_company, id";

    private const string KindFilter = "(@kind IS NULL OR kind = @kind)";

    public static async Task<IReadOnlyList<ContactRecord>> SearchAsync(IShopSql db, string? search, string? kind, int offset, int limit, CancellationToken ct)
    {
        var folded = ContactStore.Search(search);
        var email = ContactValidator.Blank(search)?.ToLowerInvariant();
        var phone = ContactEndpoints.PhonePrefix(search);
        if (folded is null && email is null)
        {
            return await db.QueryAsync<ContactRecord>(
                db.Dialect.Page($"SELECT {ContactStore.Columns} FROM contacts_contacts WHERE shop_id = @shop AND {KindFilter} ORDER BY {Order}"),
                new { kind, offset, limit },
                ct);
        }

        var args = new Dictionary<string, object?> { ["kind"] = kind, ["offset"] = offset, ["limit"] = limit, ["zero"] = 0, ["top"] = offset + limit };
        var others = new List<Branch>();
        var branches = new List<string>();
        if (folded is not null)
        {
            AddPrefix(args, "name", folded);
            branches.Add(Paged(db, $"SELECT id FROM contacts_contacts WHERE shop_id = @shop AND {KindFilter} AND search_last >= @nameFrom AND search_last < @nameTo ORDER BY {Order}"));
            others.Add(new("search_first", "name"));
            others.Add(new("search_company", "name"));
        }

        AddPrefix(args, "email", email!);
        others.Add(new("email", "email"));
        if (phone is not null)
        {
            AddPrefix(args, "phone", phone);
            others.Add(new("phone", "phone"));
            others.Add(new("mobile", "phone"));
        }

        var dense = await DenseAsync(db, others, args, ct);
        for (var i = 0; i < others.Count; i++)
        {
            var (column, prefix) = others[i];
            // Only the folded names are in the name-order index: walking it for an e-mail or phone prefix reads a row per
            // step (thousands of random reads for a page), so those always read their matches from their own index.
            branches.Add(dense[i] && column.StartsWith("search_", StringComparison.Ordinal)
                ? Paged(db, $"SELECT id FROM contacts_contacts WHERE shop_id = @shop AND {KindFilter} AND {column} LIKE @{prefix}Like ESCAPE '\\' ORDER BY {Order}")
                : $"SELECT id FROM contacts_contacts WHERE shop_id = @shop AND {KindFilter} AND {column} >= @{prefix}From AND {column} < @{prefix}To");
        }

        // No shop_id here: the ids come from branches bound to the shop, and without it no index can serve the ORDER BY,
        // so the engine reads the few candidates by id and sorts them instead of walking the whole shop in name order.
        var sql = db.Dialect.Page($"SELECT {ContactStore.Columns} FROM contacts_contacts WHERE id IN ({string.Join(" UNION ", branches)}) ORDER BY {Order}");
        return await db.QueryAsync<ContactRecord>(sql, args, ct);
    }

    // One query tells, per branch, whether it has more than DenseBranch matches: each probe skips that many entries of its index.
    private static async Task<bool[]> DenseAsync(IShopSql db, List<Branch> branches, Dictionary<string, object?> args, CancellationToken ct)
    {
        args["dense"] = DenseBranch;
        args["one"] = 1;
        var probes = branches.Select((b, i) =>
            $"({db.Dialect.Page($"SELECT id FROM contacts_contacts WHERE shop_id = @shop AND {b.Column} >= @{b.Prefix}From AND {b.Column} < @{b.Prefix}To ORDER BY {b.Column}, id", "dense", "one")}) AS b{i}");
        var row = await db.QueryFirstOrDefaultAsync<ProbeRow>($"SELECT {string.Join(", ", probes)}", args, ct);
        return branches.Select((_, i) => row?.Found(i) == true).ToArray();
    }

    private static string Paged(IShopSql db, string orderedSelect) => $"SELECT id FROM ({db.Dialect.Page(orderedSelect, "zero", "top")}) AS t";

    private static void AddPrefix(Dictionary<string, object?> args, string name, string prefix)
    {
        args[name + "From"] = prefix;
        args[name + "To"] = Next(prefix);
        args[name + "Like"] = Like(prefix);
    }

    // The smallest string above every string starting with the prefix (ordinal): the prefix with its last char + 1.
    private static string Next(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    // LIKE 'prefix%' with the prefix's own wildcards escaped. Folded names and e-mails are lower case already, so
    // SQLite's case-insensitive LIKE selects exactly the range; it also keeps SQLite off the column's own index.
    private static string Like(string prefix)
    {
        var like = new StringBuilder(prefix.Length + 2);
        foreach (var c in prefix)
        {
            if (c is '%' or '_' or '\\')
            {
                like.Append('\\');
            }

            like.Append(c);
        }

        return like.Append('%').ToString();
    }

    private readonly record struct Branch(string Column, string Prefix);

    private sealed class ProbeRow
    {
        public long? B0 { get; init; }

        public long? B1 { get; init; }

        public long? B2 { get; init; }

        public long? B3 { get; init; }

        public long? B4 { get; init; }

        public bool Found(int branch) => new[] { B0, B1, B2, B3, B4 }[branch] is not null;
    }
}
