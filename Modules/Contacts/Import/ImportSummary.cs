namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Totals for a dry run, fed row by row while streaming (<see cref="Add"/>): counts, issues per code, the
/// first issues to show, and rows repeating a match key met earlier in the file. Memory stays bounded
/// per row: a 64-bit hash and a row number per distinct key, and at most <see cref="MaxKeptIssues"/> issues.
/// </summary>
public sealed class ImportSummary
{
    private readonly Dictionary<ulong, long> firstRowByKey = [];
    private readonly Dictionary<string, long> issuesByCode = new(StringComparer.Ordinal);
    private readonly List<ImportIssue> keptIssues = [];
    private readonly List<RepeatedMatchKey> repeatedKeys = [];

    /// <summary>Creates a summary keeping the first <paramref name="maxKeptIssues"/> issues for display.</summary>
    public ImportSummary(int maxKeptIssues = 1000) => MaxKeptIssues = maxKeptIssues;

    /// <summary>How many issues are kept for display (the counts cover all of them).</summary>
    public int MaxKeptIssues { get; }

    /// <summary>Data rows seen.</summary>
    public long Rows { get; private set; }

    /// <summary>Rows that will be imported.</summary>
    public long Imported { get; private set; }

    /// <summary>Rows skipped for an error.</summary>
    public long Skipped { get; private set; }

    /// <summary>Imported rows carrying at least one warning.</summary>
    public long WithWarnings { get; private set; }

    /// <summary>Imported rows without a match key (they can only create).</summary>
    public long WithoutMatchKey { get; private set; }

    /// <summary>Issue counts per code ("phone.too_short" → 12).</summary>
    public IReadOnlyDictionary<string, long> IssuesByCode => issuesByCode;

    /// <summary>The first issues, in file order.</summary>
    public IReadOnlyList<ImportIssue> FirstIssues => keptIssues;

    /// <summary>Rows whose key an earlier row of the file already used (first <see cref="MaxKeptIssues"/>).</summary>
    public IReadOnlyList<RepeatedMatchKey> RepeatedKeys => repeatedKeys;

    /// <summary>Counts one row.</summary>
    public void Add(ImportRow row)
    {
        Rows++;
        foreach (var issue in row.Issues)
        {
            issuesByCode[issue.Code] = issuesByCode.GetValueOrDefault(issue.Code) + 1;
            if (keptIssues.Count < MaxKeptIssues)
            {
                keptIssues.Add(issue);
            }
        }

        if (row.IsSkipped)
        {
            Skipped++;
            return;
        }

        Imported++;
        WithWarnings += row.HasWarnings ? 1 : 0;
        if (row.MatchKey is not { } key)
        {
            WithoutMatchKey++;
            return;
        }

        var hash = Fnv1a(key);
        if (!firstRowByKey.TryAdd(hash, row.RowNumber) && repeatedKeys.Count < MaxKeptIssues)
        {
            repeatedKeys.Add(new RepeatedMatchKey(row.RowNumber, firstRowByKey[hash], key));
        }
    }

    // 64 bits keep accidental collisions negligible for a million keys (about 3e-8) without storing the keys.
    internal static ulong Fnv1a(ContactMatchKey key)
    {
        var hash = (14695981039346656037UL ^ (ulong)key.Kind) * 1099511628211UL;
        foreach (var c in key.Value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
