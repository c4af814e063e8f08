using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    private readonly WordSet _hostVerbs = WordSet.From(data, "figure-host-verbs");
    private readonly WordSet _guestNouns = WordSet.From(data, "figure-guest-nouns");

    /// <summary>
    /// "The King and Queen have hosted the first garden party …, welcoming about 8,000 guests", "About 400 guests … attended"
    /// under "The King has hosted a reception": a count of guests (figure-guest-nouns.txt) at an event whose host the
    /// paragraph or the one before names by a verb of hosting (figure-host-verbs.txt) is the host's own guest list. "An
    /// estimated 250 guests", and guests with no host named ("in front of around 40 guests"), stay claims.
    /// </summary>
    private bool IsHostedGuestCount(SourceMap map, int p, ReadOnlySpan<Token> sentence, Figure figure)
    {
        if (figure.Kind != FigureKind.Count || IsCalledEstimated(sentence, figure) || !CountsGuests(sentence, figure))
        {
            return false;
        }

        return NamesHost(map.Paragraphs[p].Tokens) || (p > 0 && !map.Paragraphs[p - 1].IsHeading && NamesHost(map.Paragraphs[p - 1].Tokens));
    }

    /// <summary>"about 8,000 guests", "about 500 award holders": a guest noun straight after the figure or one word on.</summary>
    private bool CountsGuests(ReadOnlySpan<Token> sentence, Figure figure)
    {
        for (var k = figure.LastToken + 1; k < sentence.Length && k <= figure.LastToken + GuestWordsAfter && sentence[k].Kind == TokenKind.Word; k++)
        {
            if (_guestNouns.Contains(sentence[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int GuestWordsAfter = 2;

    private bool NamesHost(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && _hostVerbs.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }
}
