using CopyLint.Rules.Boilerplate;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A dateline doubled at the start of a line where the two copies are not the same words: one carries the agency or
/// the date ("LONDON (Reuters) - LONDON (Reuters) -", "WASHINGTON — WASHINGTON (AP) —", "BEIJING, Nov 3 (Reuters) -
/// BEIJING, Nov 3 (Reuters) -") or the case differs ("Paris — PARIS —"). A doubled phrase of plain words and commas
/// ("Seoul, South Korea - Seoul, South Korea -") is <see cref="RepeatedPhraseAnalyzer"/>'s ordinary repeat.
/// </summary>
internal static class DoubledDateline
{
    /// <summary>A dateline's tokens before its dash: "BEIJING , Nov 3 ( Reuters )" is 7.</summary>
    private const int MaxHead = 12;

    /// <summary>The doubled dateline opening <paramref name="line"/>: the first copy with its dash (what the fix deletes) and the whole doubled span.</summary>
    public static (TextSpan First, TextSpan Both, string Phrase)? Find(CopyLine line, SourceText source)
    {
        // The cheap reject: a dateline opens with a word in capitals ("LONDON"), or a capitalised word and at once a
        // dash, a comma or a bracket ("Paris —", "Oslo,"); a line of prose opens "The council…".
        if (line.IsBlank || line.First is not { Kind: TokenKind.Word, Text.Length: >= 2 } first || !char.IsUpper(first.Text[0])
            || !(char.IsUpper(first.Text[1]) || (NextContent(line.AllTokens) is { } next && (next.Kind == TokenKind.Dash || next.Text is "," or "("))))
        {
            return null;
        }

        // Lines that pass ("However, …", "Smith, 45, said") seldom have a dash near the start: look for one in the
        // line's own tokens before its words are copied out.
        if (!HasDashNearStart(line.AllTokens))
        {
            return null;
        }

        var tokens = line.Tokens;
        var firstDash = DashWithin(tokens, 1);
        var secondDash = firstDash < 0 ? -1 : DashWithin(tokens, firstDash + 2);
        // The copy goes on after the second dash, and not with the word again: "US - US - US" is a chant.
        if (secondDash < 0 || secondDash + 1 >= tokens.Count || !(tokens[secondDash + 1].IsWordLike || tokens[secondDash + 1].Kind == TokenKind.Quote)
            || tokens[secondDash + 1].IsIgnoreCase(tokens[0].Text))
        {
            return null;
        }

        var head = tokens.Slice(0, firstDash);
        var again = tokens.Slice(firstDash + 1, secondDash - firstDash - 1);
        var (place, placeAgain) = (WithoutAgency(head), WithoutAgency(again));
        // The second copy is a dateline too: as written in the first, or in capitals ("Paris — PARIS —"). After a
        // dateline, the place taken up in prose is not ("WASHINGTON (AP) — Washington — the city, not the state —").
        if (place.Count == 0 || place.Count != placeAgain.Count || !Same(place, placeAgain) || !place[0].IsWordLike
            || !(placeAgain[0].Text == place[0].Text || placeAgain[0].Text.All(char.IsUpper)))
        {
            return null;
        }

        // Plain words the same in both copies are the ordinary repeat, and "London — London —" in title case may be prose.
        var agency = place.Count != head.Count || placeAgain.Count != again.Count;
        var capitals = place[0].Text.All(char.IsUpper) || placeAgain[0].Text.All(char.IsUpper);
        var sameText = !agency && place.AsEnumerable().Zip(placeAgain).All(p => p.First.Text == p.Second.Text);
        if (!(agency || (capitals && (!sameText || CopyLine.CountWords(place) == 1))))
        {
            return null;
        }

        var both = TextSpan.FromBounds(tokens[0].Span.Start, tokens[secondDash - 1].Span.End);
        return (TextSpan.FromBounds(tokens[0].Span.Start, tokens[firstDash + 1].Span.Start), both, source.ToString(TextSpan.FromBounds(tokens[0].Span.Start, tokens[firstDash - 1].Span.End)));
    }

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

    /// <summary>A dash among the first tokens of the line, trivia counted: a dateline's dash comes within <see cref="MaxHead"/> content tokens.</summary>
    private static bool HasDashNearStart(ArraySegment<Token> all)
    {
        for (var k = 1; k < all.Count && k < 2 * MaxHead; k++)
        {
            if (all[k].Kind == TokenKind.Dash)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first dash at or after <paramref name="from"/> within <see cref="MaxHead"/> tokens of it, or -1.</summary>
    private static int DashWithin(ArraySegment<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + MaxHead; k++)
        {
            if (tokens[k].Kind == TokenKind.Dash)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The head without its closing bracket of agency: one word ("(Reuters)", "(dpa)") or up to three capitalised ones
    /// ("(The Canadian Press)"), not an aside ("NATO (the alliance)").
    /// </summary>
    private static ArraySegment<Token> WithoutAgency(ArraySegment<Token> head)
    {
        if (head.Count >= 4 && head[^1].Text == ")")
        {
            for (var k = head.Count - 3; k >= 1 && k >= head.Count - 5; k--)
            {
                if (head[k].Text == "(")
                {
                    var agency = head.Slice(k + 1, head.Count - k - 2);
                    return agency.Count == 1 ? head.Slice(0, k)
                        : agency.All(t => t.Kind == TokenKind.Word && t.IsCapitalized) ? head.Slice(0, k) : head;
                }
            }
        }

        return head;
    }

    private static bool Same(ArraySegment<Token> first, ArraySegment<Token> second)
    {
        for (var k = 0; k < first.Count; k++)
        {
            if (!first[k].IsIgnoreCase(second[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
