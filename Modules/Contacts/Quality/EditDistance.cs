namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), because the typos we
/// correct are mostly swapped letters ("gmial", "hotmial") that plain Levenshtein would count twice.
/// </summary>
internal static class EditDistance
{
    /// <summary>The number of insertions, deletions, substitutions and adjacent swaps from a to b.</summary>
    public static int Between(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        var rows = new int[3 * width];
        var previous2 = rows.AsSpan(0, width);
        var previous = rows.AsSpan(width, width);
        var current = rows.AsSpan(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, previous2[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
