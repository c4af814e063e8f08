using System.Collections.Frozen;

namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompassWords = new[]
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every mention of <paramref name="odd"/> stands where only a place can: after a preposition of place ("in Burnley")
    /// or a bearing from it ("services south of Tainan"): a second place one letter from the first ("Taiwan"), not a
    /// misspelt name.
    /// </summary>
    private static bool IsPlaceOnly(FormStats odd, string text)
    {
        foreach (var mention in odd.Mentions)
        {
            if (!mention.FollowsPlacePreposition && !FollowsBearing(text, mention))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"south of Tainan", "north-east of Kyiv": a compass word and "of" straight before the name.</summary>
    private static bool FollowsBearing(string text, Mention mention)
    {
        if (mention.PreviousWord is not "of" || mention.Possessive.Length > 0)
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(' ');
        if (!before.EndsWith(" of", StringComparison.Ordinal))
        {
            return false;
        }

        before = before[..^3].TrimEnd(' ');
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        return CompassWords.Contains(word);
    }

    /// <summary>
    /// How often a heading-like line (a headline, or a caption closed by its credit: "Photo: … Dhritiman Chatterji in The
    /// Long Monsoon. (Handout/Applause)") writes <paramref name="form"/>, a full name. Such lines are not trusted to find
    /// names, as capitals there may be style; a full name the copy also writes is still the desk's spelling.
    /// </summary>
    private static int HeadingUses(NamingModel model, string form)
    {
        var count = 0;
        foreach (var mention in model.Mentions)
        {
            count += mention.InHeading && mention.Length > 1 && mention.Form == form ? 1 : 0;
        }

        return count;
    }
}
