namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// A live page's entry times: a timestamp line over each post ("Thu 26 Nov 2026 14.05 GMT", then the entry). A scrape
/// leaves the page's own stamp once or twice, near the top or the foot; a live page's stamps recur down the page, each
/// heading copy of its own.
/// </summary>
internal static class LiveEntryStamps
{
    /// <summary>The fewest entry heads that make a page live: two may be a page's published and updated stamps.</summary>
    private const int MinEntries = 3;

    /// <summary>True when at least <see cref="MinEntries"/> of <paramref name="stamps"/> (in line order) each head an entry.</summary>
    public static bool AreEntryHeads(IReadOnlyList<CopyLine> stamps, CopyLine[] lines)
    {
        if (stamps.Count < MinEntries)
        {
            return false;
        }

        var heads = 0;
        for (var i = 0; i < stamps.Count; i++)
        {
            // The entry: the first line of copy under the stamp, before the next stamp.
            var next = i + 1 < stamps.Count ? stamps[i + 1].Number : lines.Length + 1;
            heads += HasCopyBetween(lines, stamps[i].Number, next) ? 1 : 0;
        }

        return heads >= MinEntries;
    }

    /// <summary>A line that is not blank after line <paramref name="after"/> and before line <paramref name="before"/> (1-based).</summary>
    private static bool HasCopyBetween(CopyLine[] lines, int after, int before)
    {
        for (var number = after + 1; number < before; number++)
        {
            if (!lines[number - 1].IsBlank)
            {
                return true;
            }
        }

        return false;
    }
}
