namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Finds likely duplicate contacts by grouping them on normalised keys (e-mail, phone, folded names plus
/// postcode): linear in the number of contacts, pairs being produced only inside groups.
/// </summary>
public sealed class DuplicateDetector
{
    /// <summary>Creates a detector; groups larger than <paramref name="maxGroupSize"/> are reported as
    /// oversized keys instead of pairs (n contacts sharing a key would give n(n-1)/2 pairs).</summary>
    public DuplicateDetector(int maxGroupSize = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGroupSize, 2);
        MaxGroupSize = maxGroupSize;
    }

    /// <summary>The largest group expanded into pairs.</summary>
    public int MaxGroupSize { get; }

    /// <summary>Finds the pairs among <paramref name="candidates"/> (enumerated once, streaming).</summary>
    public DuplicateReport Find(IEnumerable<DuplicateCandidate> candidates)
    {
        // Keys are remembered as 64-bit hashes with the first contact holding them; only keys met twice
        // get a member list. A million contacts then cost tens of megabytes, not a string per key.
        var ids = new List<string>();
        var firstHolder = new Dictionary<ulong, int>();
        var groups = new Dictionary<ulong, SharedKey>();
        var keys = new HashSet<(DuplicateReasons, string)>();
        foreach (var candidate in candidates)
        {
            var index = ids.Count;
            ids.Add(candidate.Id);
            keys.Clear();
            CollectKeys(candidate, keys);
            foreach (var (reason, key) in keys)
            {
                var hash = Hash(reason, key);
                if (firstHolder.TryAdd(hash, index))
                {
                    continue;
                }

                if (!groups.TryGetValue(hash, out var group))
                {
                    groups[hash] = group = new SharedKey(reason, key, [firstHolder[hash]]);
                }

                group.Members.Add(index);
            }
        }

        var pairs = new Dictionary<(int, int), DuplicateReasons>();
        var oversized = new List<OversizedDuplicateKey>();
        foreach (var (reason, key, members) in groups.Values)
        {
            if (members.Count > MaxGroupSize)
            {
                oversized.Add(new OversizedDuplicateKey(reason, key, members.Count));
                continue;
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var pair = (members[i], members[j]);
                    pairs[pair] = pairs.GetValueOrDefault(pair) | reason;
                }
            }
        }

        var ordered = pairs
            .OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Select(p => new DuplicatePair(ids[p.Key.Item1], ids[p.Key.Item2], p.Value))
            .ToList();
        return new DuplicateReport(ordered, oversized);
    }

    /// <summary>The folded names-and-postcode key, or null when the last name or postcode is missing.
    /// The two names are sorted so that swapped first and last names still meet.</summary>
    public static string? NameKey(string? firstName, string? lastName, string? postalCode)
    {
        var last = NameFolder.Compact(lastName);
        var postcode = PostalCodes.Key(postalCode);
        if (last.Length == 0 || postcode is null)
        {
            return null;
        }

        var first = NameFolder.Compact(firstName);
        return string.CompareOrdinal(first, last) <= 0 ? $"{first} {last}|{postcode}" : $"{last} {first}|{postcode}";
    }

    // FNV-1a over the reason and the key: 64 bits make an accidental collision (a false pair) about
    // one chance in ten million for three million keys.
    private static ulong Hash(DuplicateReasons reason, string key)
    {
        var hash = (14695981039346656037UL ^ (ulong)reason) * 1099511628211UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static void CollectKeys(DuplicateCandidate candidate, HashSet<(DuplicateReasons, string)> keys)
    {
        foreach (var email in candidate.Emails)
        {
            if (EmailValidator.Default.Check(email) is { IsValid: true, Normalized: { } normalized })
            {
                keys.Add((DuplicateReasons.SameEmail, normalized.ToLowerInvariant()));
            }
        }

        foreach (var phone in candidate.Phones)
        {
            if (PhoneNormalizer.Normalize(phone) is { IsValid: true, E164: { } e164 })
            {
                keys.Add((DuplicateReasons.SamePhone, e164));
            }
        }

        if (NameKey(candidate.FirstName, candidate.LastName, candidate.PostalCode) is { } nameKey)
        {
            keys.Add((DuplicateReasons.SameNameAndPostcode, nameKey));
        }
    }

    private sealed record SharedKey(DuplicateReasons Reason, string Key, List<int> Members);
}
