using CopyLint.Rules.Boilerplate;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A dateline written twice at the start of a line, as a desk's template and the reporter both put it in: whole, with
/// a comma or dash between ("KILKEE, Ireland — KILKEE, Ireland —", "NAIROBI, Kenya, NAIROBI, Kenya (AP) —"), one copy
/// with the agency or in capitals ("WASHINGTON — WASHINGTON (AP) —", "Paris — PARIS —"), or its region alone again
/// ("Oslo, Norway - Norway -") or its place alone ("DNIPRO, Ukraine (AP) — DNIPRO —"). The copy goes on with the story's first sentence: a statement, not the word a third
/// time ("LEEDS - LEEDS - LEEDS", a chant) nor an exclamation ("GOAL - GOAL - Saka scores!", live copy).
/// </summary>
internal static class DoubledDateline
{
    /// <summary>Two datelines and the dash before the story span at most this many tokens, trivia counted.</summary>
    private const int MaxHead = 80;

    /// <summary>
    /// The doubled dateline opening <paramref name="line"/>: both copies (the second without its dash), the text the fix
    /// deletes, and the repeated words as the copy it deletes has them.
    /// </summary>
    /// <param name="storyBelow">
    /// The next line, when this one stands above the story's first sentence: a dateline alone on its line ("Seoul - Seoul -")
    /// has the story there, and with nothing after it on the line cannot be prose taking the word up again.
    /// </param>
    public static (TextSpan Both, TextSpan Removed, string Phrase)? Find(CopyLine line, SourceText source, CopyLine? storyBelow = null)
    {
        // The cheap reject: a dateline opens with a word in capitals ("LONDON"), or a capitalised word and at once a
        // dash, a comma or a bracket ("Paris —", "Oslo,"); a line of prose opens "The council…". Of the lines that pass
        // ("However, …", "Smith, 45, said"), few have a dash or a colon near the start; look for one before copying the words out.
        if (line.IsBlank || line.First is not { Kind: TokenKind.Word, Text.Length: >= 2 } start || !char.IsUpper(start.Text[0])
            || !(char.IsUpper(start.Text[1]) || (NextContent(line.AllTokens) is { } next && (next.Kind == TokenKind.Dash || next.Text is "," or "("))))
        {
            return null;
        }

        var dash = HasNearStart(line.AllTokens, MaxHead, static t => t.Kind == TokenKind.Dash);
        if (!dash && !HasNearStart(line.AllTokens, 2 * MaxColonPlaceWords, static t => IsColonMark(t.Text)))
        {
            return null;
        }

        var tokens = line.Tokens;
        if (FindWithColons(tokens, source) is { } colons)
        {
            return colons;
        }

        if (!dash)
        {
            return null;
        }

        if (Dateline.Read(tokens, 0) is not { } first || Dateline.Read(tokens, first.Separator + 1) is not { } second
            || tokens[second.Separator].Kind != TokenKind.Dash)
        {
            return null;
        }

        var alone = second.Separator + 1 == tokens.Count && storyBelow is { } below && OpensStory(below.Tokens, 0);
        if (!(alone || StoryFollows(tokens, second)) || RepeatedFrom(tokens, first, second, alone) is not { } unit)
        {
            return null;
        }

        var (unitEnd, secondEnd) = (tokens[first.Separator - 1].Span.End, tokens[second.Separator - 1].Span.End);
        // Delete the repeat, unless the first copy is the shorter: then it, so the agency or the capitals stay.
        var (length, lengthAgain) = (first.Separator - unit, second.Separator - second.Start);
        var keepFirst = length > lengthAgain || (length == lengthAgain && WrittenAlike(tokens, unit, second.Start, length));
        var removed = keepFirst ? TextSpan.FromBounds(unitEnd, secondEnd) : TextSpan.FromBounds(tokens[unit].Span.Start, tokens[second.Start].Span.Start);
        // The words written twice are the shorter copy's, the one deleted: "SEOUL, Nov. 3 (Yonhap) -- SEOUL --" repeats "SEOUL".
        var repeated = keepFirst ? TextSpan.FromBounds(tokens[second.Start].Span.Start, secondEnd) : TextSpan.FromBounds(tokens[unit].Span.Start, unitEnd);
        return (TextSpan.FromBounds(tokens[unit].Span.Start, secondEnd), removed, source.ToString(repeated));
    }

    /// <summary>
    /// "RAWALPINDI: RAWALPINDI: Babar Azam ended …": the dateline of Pakistani and Indian papers, a place in capitals and
    /// a colon, written twice before the story's first sentence; or with a full stop, as East African papers set it
    /// ("KAMPALA. KAMPALA. Hundreds of families …"). The fix deletes the second copy.
    /// </summary>
    private static (TextSpan Both, TextSpan Removed, string Phrase)? FindWithColons(ArraySegment<Token> tokens, SourceText source)
    {
        var words = 0;
        while (words < tokens.Count && words < MaxColonPlaceWords && tokens[words].Kind == TokenKind.Word && IsCapitals(tokens[words].Text))
        {
            words++;
        }

        var again = words + 1;
        var story = again + words + 1;
        if (words == 0 || story >= tokens.Count || !IsColonMark(tokens[words].Text) || tokens[story - 1].Text != tokens[words].Text
            || !Dateline.SameWords(tokens, 0, words, again, again + words) || !WrittenAlike(tokens, 0, again, words)
            || tokens[story].IsIgnoreCase(tokens[0].Text) || !OpensStory(tokens, story))
        {
            return null;
        }

        var second = TextSpan.FromBounds(tokens[again].Span.Start, tokens[story - 2].Span.End);
        return (TextSpan.FromBounds(tokens[0].Span.Start, second.End), TextSpan.FromBounds(tokens[words - 1].Span.End, second.End), source.ToString(second));
    }

    /// <summary>What ends a place in capitals as a dateline with no dash: a colon ("RAWALPINDI:") or a full stop ("KAMPALA.").</summary>
    private static bool IsColonMark(string text) => text is ":" or ".";

    /// <summary>The most words of a place a colon dateline gives: "DERA ISMAIL KHAN:".</summary>
    private const int MaxColonPlaceWords = 3;

    /// <summary>
    /// A dateline alone on its line, in capitals, written again alone on the next line above the story's first sentence,
    /// as a desk's template and the reporter both set it ("BENGALURU" / "BENGALURU"): the span from the end of the first
    /// copy to the end of the second, which the fix deletes. A line of capitals that is no dateline (a headline) has no
    /// story straight below its copy.
    /// </summary>
    public static TextSpan? FindOnTwoLines(CopyLine line, CopyLine again, CopyLine storyBelow)
    {
        if (!line.Chars.SequenceEqual(again.Chars) || line.Chars.Length > MaxLoneDatelineLength || !IsCapitalPlace(line.Chars)
            || !OpensStory(storyBelow.Tokens, 0))
        {
            return null;
        }

        return TextSpan.FromBounds(line.Span.End, again.Span.End);
    }

    /// <summary>
    /// "GEORGETOWN, Nov 18 (Energy Wire) -" alone on its line, above the story's first line, which opens with the same
    /// dateline: a template's copy left over the reporter's. The span from the lone copy to the story's line, which the
    /// fix deletes. A dateline with no region, date or agency ("Paris -") may be prose and is left alone.
    /// </summary>
    public static TextSpan? FindAboveItsStory(CopyLine line, CopyLine storyLine)
    {
        var tokens = line.Tokens;
        if (line.IsBlank || Dateline.Read(tokens, 0) is not { HasMore: true } lone || lone.Separator + 1 != tokens.Count
            || tokens[lone.Separator].Kind != TokenKind.Dash)
        {
            return null;
        }

        var chars = line.Chars;
        var story = storyLine.Chars;
        return story.Length > chars.Length + 1 && story.StartsWith(chars, StringComparison.Ordinal) && story[chars.Length] == ' '
            && OpensStory(storyLine.Tokens, tokens.Count)
            ? TextSpan.FromBounds(line.Span.Start, storyLine.Span.Start)
            : null;
    }

    /// <summary>The longest dateline alone on its line: "THIRUVANANTHAPURAM, KERALA" is 26.</summary>
    private const int MaxLoneDatelineLength = 32;

    /// <summary>A place in capitals, its words parted by spaces, commas, hyphens or full stops: "BENGALURU", "NEW DELHI", "ST. PAUL, MINN.".</summary>
    private static bool IsCapitalPlace(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or ',' or '-' or '.'))
            {
                return false;
            }
        }

        return letters >= 3;
    }

    /// <summary>
    /// Where the words that <paramref name="second"/> repeats start in <paramref name="first"/>: its place, when the
    /// second has the same place and region (and date, if both carry one); its region, when a dash follows the first and
    /// the second is that region alone; its place, when the second is that place alone; null when the second is another dateline, or two copies of a bare title-case word
    /// that prose takes up again ("London — London — was all she could say").
    /// </summary>
    private static int? RepeatedFrom(ArraySegment<Token> tokens, Dateline first, Dateline second, bool alone)
    {
        int unit;
        if (second.SameLocation(tokens, first) && second.SameDate(tokens, first))
        {
            unit = first.Start;
        }
        else if (first is { HasRegion: true, HasDate: false, HasAgency: false } && tokens[first.Separator].Kind == TokenKind.Dash
            && !second.HasMore && Dateline.SameWords(tokens, first.Region, first.LocationEnd, second.Start, second.LocationEnd))
        {
            unit = first.Region;
        }
        else if (first.HasRegion && !second.HasMore && Dateline.SameWords(tokens, first.Start, first.Region - 1, second.Start, second.LocationEnd))
        {
            // "DNIPRO, Ukraine (AP) — DNIPRO —": the whole dateline, then its place alone.
            unit = first.Start;
        }
        else
        {
            return null;
        }

        // The second copy is as written in the first, or in capitals, a dateline's style: after a dateline, the place
        // taken up in prose is not ("WASHINGTON (AP) — Washington — the city, not the state —").
        var (repeated, again) = (tokens[unit].Text, tokens[second.Start].Text);
        return (again == repeated || IsCapitals(again)) && (alone || first.HasMore || second.HasMore || IsCapitals(repeated) || IsCapitals(again))
            ? unit
            : null;
    }

    /// <summary>
    /// After the second copy's dash, the story's first sentence: it opens with a capital, a figure or a quote, does not
    /// repeat the place a third time (a chant), and ends as a statement, not with "!" or "?" (a shout in live copy).
    /// </summary>
    private static bool StoryFollows(ArraySegment<Token> tokens, Dateline second)
    {
        var at = second.Separator + 1;
        return at < tokens.Count && !tokens[at].IsIgnoreCase(tokens[second.Start].Text) && OpensStory(tokens, at);
    }

    /// <summary>From <paramref name="at"/>, a sentence opening with a capital, a figure or a quote and ending as a statement.</summary>
    private static bool OpensStory(ArraySegment<Token> tokens, int at)
    {
        if (at >= tokens.Count || !(tokens[at].Kind == TokenKind.Quote || (tokens[at].IsWordLike && !char.IsLower(tokens[at].Text[0]))))
        {
            return false;
        }

        for (var k = at; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "." or "!" or "?" or "…" or "...")
            {
                return tokens[k].Text is not ("!" or "?");
            }
        }

        return true;
    }

    private static bool WrittenAlike(ArraySegment<Token> tokens, int first, int second, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!tokens[first + k].Is(tokens[second + k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"KEW", and a hyphenated place in capitals: "HENLEY-ON-THAMES", "STOCKTON-ON-TEES".</summary>
    private static bool IsCapitals(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[^1]) && word.All(static c => char.IsUpper(c) || c == '-');

    private static Token? NextContent(ArraySegment<Token> all)
    {
        for (var k = 1; k < all.Count; k++)
        {
            if (!all[k].IsTrivia)
            {
                return all[k];
            }
        }

        return null;
    }

    /// <summary>A token passing <paramref name="test"/> among the first <paramref name="head"/>, trivia counted.</summary>
    private static bool HasNearStart(ArraySegment<Token> all, int head, Func<Token, bool> test)
    {
        for (var k = 1; k < all.Count && k < head; k++)
        {
            if (test(all[k]))
            {
                return true;
            }
        }

        return false;
    }
}
