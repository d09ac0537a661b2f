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

    /// <summary>Finds the pairs among <paramref name="candidates"/>.</summary>
    public DuplicateReport Find(IEnumerable<DuplicateCandidate> candidates)
    {
        var ids = new List<string>();
        var groups = new Dictionary<(DuplicateReasons Reason, string Key), List<int>>();
        var keys = new HashSet<(DuplicateReasons, string)>();
        foreach (var candidate in candidates)
        {
            var index = ids.Count;
            ids.Add(candidate.Id);
            keys.Clear();
            CollectKeys(candidate, keys);
            foreach (var key in keys)
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                members.Add(index);
            }
        }

        var pairs = new Dictionary<(int, int), DuplicateReasons>();
        var oversized = new List<OversizedDuplicateKey>();
        foreach (var ((reason, key), members) in groups)
        {
            if (members.Count < 2)
            {
                continue;
            }

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
}
