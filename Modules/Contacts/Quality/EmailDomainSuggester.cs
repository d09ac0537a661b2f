using System.Collections.Concurrent;

namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Finds the known provider domain a mistyped domain most likely meant. Thresholds are per provider name
/// length so that short names (free, sfr, live) are never matched loosely: "life.fr" is a real domain.
/// </summary>
internal sealed class EmailDomainSuggester
{
    // Files repeat a few domains endlessly; remembering verdicts avoids an edit-distance scan per row.
    // Bounded so that a file of unique domains cannot grow it without limit.
    private const int CacheLimit = 10_000;
    private readonly ConcurrentDictionary<string, string?> cache = new(StringComparer.Ordinal);
    private readonly (string Domain, string Label, string Tld)[] known;
    private readonly HashSet<string> knownSet;

    public EmailDomainSuggester(IEnumerable<string> domains)
    {
        known = domains
            .Select(d => d.Trim().ToLowerInvariant())
            .Distinct()
            .Select(d => (d, d[..d.LastIndexOf('.')], d[(d.LastIndexOf('.') + 1)..]))
            .ToArray();
        knownSet = known.Select(k => k.Domain).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the domain is one of the known providers.</summary>
    public bool IsKnown(string domain) => knownSet.Contains(domain);

    /// <summary>The provider domain meant by <paramref name="domain"/> (lower case), or null.</summary>
    public string? Suggest(string domain)
    {
        if (cache.TryGetValue(domain, out var cached))
        {
            return cached;
        }

        var suggestion = Compute(domain);
        if (cache.Count < CacheLimit)
        {
            cache.TryAdd(domain, suggestion);
        }

        return suggestion;
    }

    private string? Compute(string domain)
    {
        if (knownSet.Contains(domain))
        {
            return null;
        }

        var dot = domain.LastIndexOf('.');
        var label = dot < 0 ? domain : domain[..dot];
        var tld = dot < 0 ? null : domain[(dot + 1)..];
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var (candidate, knownLabel, knownTld) in known)
        {
            var labelDistance = EditDistance.Between(label, knownLabel);
            if (labelDistance > LabelThreshold(knownLabel))
            {
                continue;
            }

            if (TldPenalty(tld, knownTld, labelDistance) is not { } penalty)
            {
                continue;
            }

            var score = labelDistance + penalty;
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return bestScore == 0 ? null : best;
    }

    private static int LabelThreshold(string knownLabel) => knownLabel.Length switch
    {
        < 5 => 0,
        < 7 => 1,
        _ => 2,
    };

    // A different but real extension only counts when the provider name is exact and the extension a
    // common one ("gmail.fr" -> gmail.com); otherwise "hotmial.fr" could jump to hotmail.com, or a real
    // "yahoo.de" be questioned. Null means "not this provider".
    private static int? TldPenalty(string? tld, string knownTld, int labelDistance)
    {
        if (tld is null)
        {
            return 1;
        }

        if (tld == knownTld)
        {
            return 0;
        }

        if (!KnownTopLevelDomains.IsKnown(tld) && EditDistance.Between(tld, knownTld) == 1)
        {
            return 1;
        }

        return labelDistance == 0 && KnownTopLevelDomains.Common.Contains(tld) ? 2 : null;
    }
}
