namespace ModularCrm.Modules.Contacts.Segments;

/// <summary>
/// A saved filter; every set criterion must hold (AND). <c>Tag</c> matches a tag or the marketing remarks
/// (case-insensitive "contains"); <c>LastPurchaseBefore</c> keeps customers whose last invoice is older;
/// <c>Consent</c> keeps contacts who granted that channel (email, sms, post, phone).
/// </summary>
public sealed record SegmentFilter
{
    public bool? IsHost { get; init; }

    public decimal? MinAnnualRevenue { get; init; }

    public string? City { get; init; }

    public DateOnly? LastPurchaseBefore { get; init; }

    public string? Consent { get; init; }

    public string? Tag { get; init; }

    public string? Lifecycle { get; init; }

    public string? Kind { get; init; }
}
