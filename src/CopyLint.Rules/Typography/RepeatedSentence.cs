using CopyLint.Rules.Boilerplate;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5002 for a whole short sentence or line written again straight after itself: "\"It's a good test for us. It's a
/// good test for us.\"", a sign-off "(Reporting by …; Editing by …)" doubled. Too short for CL5003, which leaves a
/// quotation alone; a speaker's rhetoric takes a phrase up after a comma or shouts it ("Never again! Never again!"),
/// where a paste doubles a plain statement whole.
/// </summary>
internal static class RepeatedSentence
{
    /// <summary>Words a sentence or line needs: fewer ("Yes. Yes.", "Thank you. Thank you.") is speech.</summary>
    private const int MinWords = 4;

    /// <summary>
    /// Words a sentence outside quotation marks may have: from BackToBackSentence's six on, CL5003 reports it, run on or not.
    /// </summary>
    private const int MaxUnquotedWords = 5;

    /// <summary>Words from which CL5003 reports a line that is a sentence written again (RepeatedPassageAnalyzer).</summary>
    private const int PassageWords = 12;

    /// <summary>
    /// When the full stop at <paramref name="stop"/> ends a statement whose words (back to the opening of the sentence
    /// or quotation) come again straight after it, the start of the statement's first word and the end of the repeat;
    /// otherwise null. Within a quotation the repeat must stop there ("I love this race. I love this race,"): a speaker
    /// who goes on ("We have to. We have to win this.") is building a sentence; outside one a draft may run on into its
    /// revision.
    /// </summary>
    /// <remarks>Works on a paragraph's tokens, not its sentences: the sentence splitter keeps a quotation whole.</remarks>
    public static (int Start, int End)? Find(ReadOnlySpan<Token> tokens, int stop)
    {
        var start = stop;
        while (start > 0 && !IsBoundary(tokens[start - 1]))
        {
            start--;
        }

        var k = stop + 1;
        var words = 0;
        var end = -1;
        for (var i = start; i < stop; i++)
        {
            // A statement holding a comma is a refrain built to be said twice: "Country first, party second."
            if (tokens[i].Text == ",")
            {
                return null;
            }

            if (!Passage.IsCompared(tokens[i].Kind))
            {
                continue;
            }

            while (k < tokens.Length && !Passage.IsCompared(tokens[k].Kind))
            {
                if (IsBoundary(tokens[k]))
                {
                    return null;
                }

                k++;
            }

            if (k == tokens.Length || !Passage.SameWord(tokens[i].Text, tokens[k].Text))
            {
                return null;
            }

            words++;
            end = tokens[k++].Span.End;
        }

        if (words < MinWords)
        {
            return null;
        }

        while (k < tokens.Length && tokens[k].IsTrivia)
        {
            k++;
        }

        var stops = k == tokens.Length || !(tokens[k].IsWordLike || tokens[k].Text == "-");
        return (IsQuoted(tokens, stop) ? stops : words <= MaxUnquotedWords) ? (FirstWord(tokens, start), end) : null;
    }

    /// <summary>Words a pasted tail needs: "by 31 January. by 31 January."</summary>
    private const int MinTailWords = 3;

    /// <summary>
    /// When the full stop at <paramref name="stop"/> is followed by a fragment opening in lower case that repeats, word for
    /// word, the words ending the sentence before it and ends on a full stop of its own ("… down from 88.9% the year before.
    /// down from 88.9% the year before."), the start of the first copy and the end of the repeat; otherwise null. No
    /// sentence opens in lower case, so the fragment is a paste. A fragment that is no tail of the sentence before, or one
    /// opening in capitals ("It rose. It rose again."), is left to <see cref="Find"/>.
    /// </summary>
    public static (int Start, int End)? FindTail(ReadOnlySpan<Token> tokens, int stop)
    {
        var after = stop + 1;
        while (after < tokens.Length && !Passage.IsCompared(tokens[after].Kind))
        {
            if (tokens[after].Kind == TokenKind.Quote)
            {
                return null;
            }

            after++;
        }

        if (after == tokens.Length || tokens[after] is not { Kind: TokenKind.Word } first || !char.IsLower(first.Text[0]))
        {
            return null;
        }

        var last = after;
        while (last + 1 < tokens.Length && !IsBoundary(tokens[last + 1]))
        {
            last++;
        }

        if (last + 1 == tokens.Length || tokens[last + 1].Text != ".")
        {
            return null;
        }

        var i = stop - 1;
        var words = 0;
        var (start, end) = (-1, -1);
        for (var k = last; k >= after; k--)
        {
            if (!Passage.IsCompared(tokens[k].Kind))
            {
                continue;
            }

            end = end < 0 ? tokens[k].Span.End : end;

            while (i >= 0 && !Passage.IsCompared(tokens[i].Kind))
            {
                if (IsBoundary(tokens[i]))
                {
                    return null;
                }

                i--;
            }

            if (i < 0 || !Passage.SameWord(tokens[i].Text, tokens[k].Text))
            {
                return null;
            }

            words++;
            start = tokens[i--].Span.Start;
        }

        return words >= MinTailWords ? (start, end) : null;
    }

    /// <summary>
    /// The index of the next non-blank line, <paramref name="next"/>, when it holds the same text as
    /// <paramref name="line"/>, of <see cref="MinWords"/> words or more and not one CL5003 reports; otherwise -1.
    /// </summary>
    public static int RepeatedLine(CopyLine[] lines, int line, int next)
    {
        // The text first: it turns almost every line away without the copy of its tokens that a word count needs.
        var copy = lines[line];
        return next >= 0 && copy.Chars.Trim().SequenceEqual(lines[next].Chars.Trim())
            && copy.WordCount is var words && words >= MinWords && (words < PassageWords || !copy.EndsSentence) ? next : -1;
    }

    /// <summary>What opens a statement: the end of the one before, or a quotation mark.</summary>
    private static bool IsBoundary(Token token) =>
        token.Kind == TokenKind.Quote || (token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "…" or "?!" or "!?");

    private static bool IsQuoted(ReadOnlySpan<Token> tokens, int stop)
    {
        var quotes = 0;
        foreach (var token in tokens[..stop])
        {
            quotes += token.Kind == TokenKind.Quote ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    private static int FirstWord(ReadOnlySpan<Token> tokens, int from)
    {
        while (!Passage.IsCompared(tokens[from].Kind))
        {
            from++;
        }

        return tokens[from].Span.Start;
    }
}
