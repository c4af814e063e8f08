using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation in the 'that' clause of an allegation or a claim (rules/lists/quote-allegation-nouns.txt) whose noun
/// phrase names its maker: 'the central allegation in a 2024 episode of the Shelf Life podcast – that she had copied
/// "…"', 'Smith's claim that he was "…"'. The quotation is the allegation's wording, credited there. A name after
/// 'against' or 'about' is whom the allegation is about, not who made it.
/// </summary>
internal sealed class AllegationClause(RuleDataSet data)
{
    private const int MaxPhraseTokens = 14;

    private static readonly WordSet MakerPrepositions = new(["in", "by", "from", "of", "on"]);
    private static readonly WordSet TargetPrepositions = new(["against", "about"]);

    private readonly WordSet _nouns = WordSet.From(data, "quote-allegation-nouns");

    public bool Credits(ReadOnlySpan<Token> tokens, int sentenceStart, int open)
    {
        for (var k = open - 1; k > sentenceStart; k--)
        {
            if (tokens[k].Text is ";" or ":")
            {
                return false;
            }

            if (!tokens[k].IsIgnoreCase("that"))
            {
                continue;
            }

            // The noun phrase before 'that', past a dash or comma that sets the clause off.
            var end = k - 1;
            if (end > sentenceStart && (tokens[end].Kind == TokenKind.Dash || tokens[end].Text == ","))
            {
                end--;
            }

            for (var n = end; n >= sentenceStart && end - n < MaxPhraseTokens; n--)
            {
                if (tokens[n].Kind == TokenKind.Word && _nouns.Contains(tokens[n].Text))
                {
                    return NamesMaker(tokens, sentenceStart, n, end);
                }

                if (tokens[n].Kind is TokenKind.Punctuation or TokenKind.Quote || tokens[n].IsIgnoreCase("that"))
                {
                    break;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>A possessive name before the noun ("Smith's claim") or a name after a preposition of source ("in … the Shelf Life podcast", "by Ofwat").</summary>
    private static bool NamesMaker(ReadOnlySpan<Token> tokens, int sentenceStart, int noun, int end)
    {
        if (noun > sentenceStart && tokens[noun - 1] is { Kind: TokenKind.Word, IsCapitalized: true } owner
            && (owner.Text.EndsWith("'s", StringComparison.Ordinal) || owner.Text.EndsWith("’s", StringComparison.Ordinal)))
        {
            return true;
        }

        var fromMaker = false;
        for (var k = noun + 1; k <= end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (MakerPrepositions.Contains(tokens[k].Text) || TargetPrepositions.Contains(tokens[k].Text))
            {
                fromMaker = MakerPrepositions.Contains(tokens[k].Text);
            }
            else if (fromMaker && tokens[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }
}
