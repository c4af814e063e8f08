using CopyLint.Text;

namespace CopyLint.Rules.Dates;

internal sealed partial class AgeReader
{
    /// <summary>
    /// The age an obituary gives with the death, and the token after the name it belongs to: "Pennington died aged 91",
    /// "Pennington has died aged 91", "Reid, who has died aged 85," and the lede's "Harold Pennington, who ran the shop
    /// for 50 years, has died aged 91", whose name opens the sentence. A name inside a longer subject ("said Reid's
    /// brother, who has died aged 85") is not read.
    /// </summary>
    private (int NameEnd, int Age)? DeathAgeAfterName(ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 3 || !tokens[i - 1].IsIgnoreCase("aged") || !tokens[i - 2].IsIgnoreCase("died") || AgeOf(tokens[i].Text) is not { } age)
        {
            return null;
        }

        var k = tokens[i - 3].IsIgnoreCase("has") ? i - 3 : i - 2;
        if (k >= 2 && tokens[k - 1].IsIgnoreCase("who") && tokens[k - 2].Text is [','])
        {
            return (k - 2, age);
        }

        if (k >= 1 && tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            return (k, age);
        }

        return k >= 1 && tokens[k - 1].Text is [','] && tokens[k].IsIgnoreCase("has") && SubjectNameBefore(tokens, k - 1) is { } nameEnd ? (nameEnd, age) : null;
    }

    /// <summary>
    /// The comma after a name that opens the sentence and a "who" clause that runs to <paramref name="comma"/>: "Harold
    /// Pennington, who ran the shop for 50 years, has died"; null when the clause reports speech ("who said …").
    /// </summary>
    private int? SubjectNameBefore(ReadOnlySpan<Token> tokens, int comma)
    {
        var who = -1;
        var k = comma - 1;
        for (; k >= 0 && tokens[k].Text is not ['.' or '!' or '?' or ':' or ';' or '"' or '“' or '”']; k--)
        {
            if (tokens[k].IsIgnoreCase("said") || tokens[k].IsIgnoreCase("says"))
            {
                return null;
            }

            if (tokens[k].IsIgnoreCase("who") && k >= 2 && tokens[k - 1].Text is [','])
            {
                who = k;
            }
        }

        if (who < 0)
        {
            return null;
        }

        for (var n = k + 1; n < who - 1; n++)
        {
            if (!IsNameWord(tokens, n))
            {
                return null;
            }
        }

        return who - 1 > k + 1 ? who - 1 : null;
    }
}
