namespace CopyLint.Engine.Configuration;

/// <summary>"Did you mean …?" for configuration errors: the known names closest to a misspelt one.</summary>
internal static class Suggestions
{
    /// <summary>" Did you mean 'x'?" (or 'x' or 'y'), or empty when nothing is close.</summary>
    public static string DidYouMean(string given, IEnumerable<string> known)
    {
        var close = Closest(given, known);
        return close.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?";
    }

    /// <summary>
    /// The known names closest to <paramref name="given"/> (case ignored): those at the smallest edit distance, if it
    /// is small for the name's length, or else those that start with it or that it starts with ("warn" for "warning"); at most three.
    /// </summary>
    public static IReadOnlyList<string> Closest(string given, IEnumerable<string> known)
    {
        var candidates = known.Distinct(StringComparer.Ordinal).ToList();
        var scored = candidates
            .Select(k => (Name: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, given.Length / 3))
            .ToList();
        var best = scored.Count == 0
            ? candidates.Where(k => Math.Min(k.Length, given.Length) >= 3 && (k.StartsWith(given, StringComparison.OrdinalIgnoreCase) || given.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
            : scored.Where(c => c.Distance == scored.Min(s => s.Distance)).Select(c => c.Name);
        return [.. best.Order(StringComparer.Ordinal).Take(3)];
    }

    public static string List(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>Optimal string alignment distance: Levenshtein plus swapping two neighbours, the commonest typo.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
