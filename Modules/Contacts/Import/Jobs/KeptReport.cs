using System.Text.Json;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>
/// The part of an import's report kept for its final page and status, merged chunk after chunk: issue counts per code,
/// the first issues and the first actions with their row numbers in the whole file. Bounded, so a million-row file
/// keeps a report of the same size as a small one.
/// </summary>
internal sealed class KeptReport
{
    public const int MaxKept = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Dictionary<string, long> IssuesByCode { get; init; } = new(StringComparer.Ordinal);

    public List<ImportIssue> Issues { get; init; } = [];

    public List<ImportAction> Actions { get; init; } = [];

    /// <summary>True when some actions or issues were left out of the lists (the counts cover them all).</summary>
    public bool Truncated { get; set; }

    public static KeptReport Parse(string? json) =>
        json is null ? new KeptReport() : JsonSerializer.Deserialize<KeptReport>(json, Json) ?? new KeptReport();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Adds a chunk's report whose row numbers are <paramref name="rowOffset"/> below the file's.</summary>
    public void Add(ImportReport chunk, long rowOffset)
    {
        foreach (var (code, count) in chunk.IssuesByCode)
        {
            IssuesByCode[code] = IssuesByCode.GetValueOrDefault(code) + count;
        }

        Truncated |= chunk.ActionsTruncated || chunk.Issues.Count < chunk.IssuesByCode.Values.Sum();
        foreach (var issue in chunk.Issues)
        {
            Keep(Issues, issue with { RowNumber = issue.RowNumber + rowOffset });
        }

        foreach (var action in chunk.Actions)
        {
            Keep(Actions, action with { RowNumber = action.RowNumber + rowOffset });
        }
    }

    private void Keep<T>(List<T> list, T item)
    {
        if (list.Count < MaxKept)
        {
            list.Add(item);
        }
        else
        {
            Truncated = true;
        }
    }
}
