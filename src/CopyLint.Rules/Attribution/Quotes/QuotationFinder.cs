using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// Pairs quotation marks in a paragraph: curly and guillemet marks by direction, straight double marks by
/// alternation, straight and curly single marks by their spacing (an apostrophe ending "soldiers'" closes
/// nothing, and neither does the inch mark in 12" opens anything). Quotations nested inside another are part of it.
/// </summary>
internal static class QuotationFinder
{
    public static void Find(ReadOnlySpan<Token> tokens, List<Quotation> quotations)
    {
        var open = -1;
        var openDouble = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            var mark = tokens[i].Text[0];
            if (open < 0)
            {
                if (mark is '“' or '«' or '„' || (mark is '"' or '‘' or '\'' && IsOpening(tokens, i)))
                {
                    open = i;
                    openDouble = mark is not ('‘' or '\'');
                }

                continue;
            }

            var closes = openDouble
                ? mark is '”' or '»' or '"'
                : mark is '’' or '\'' && IsClosing(tokens, i);
            if (closes)
            {
                quotations.Add(new Quotation(open, i, CountWords(tokens, open, i)));
                open = -1;
            }
        }

        if (open >= 0 && (openDouble || OpensSpeech(tokens, open)))
        {
            quotations.Add(new Quotation(open, tokens.Length, CountWords(tokens, open, tokens.Length)));
        }
    }

    /// <summary>
    /// A single mark left open to the paragraph's end opens speech that runs on into the next paragraph only where speech
    /// starts: the paragraph's start, or after a colon, a comma or a dash. Mid-clause it is an apostrophe or an ʻokina
    /// opening a word ("known as an 'ava ceremony").
    /// </summary>
    private static bool OpensSpeech(ReadOnlySpan<Token> tokens, int open) =>
        open == 0 || tokens[open - 1].Text is ":" or "," || tokens[open - 1].Kind == TokenKind.Dash;

    private static bool IsOpening(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1].Span.Start == tokens[i].Span.End && tokens[i + 1].Kind != TokenKind.Punctuation
        && (i == 0 || tokens[i - 1].Span.End < tokens[i].Span.Start || tokens[i - 1].Text is "(" or "[" || tokens[i - 1].Kind == TokenKind.Dash);

    private static bool IsClosing(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Span.End == tokens[i].Span.Start
        && (i + 1 == tokens.Length || tokens[i + 1].Span.Start > tokens[i].Span.End || tokens[i + 1].Kind == TokenKind.Punctuation);

    private static int CountWords(ReadOnlySpan<Token> tokens, int open, int close)
    {
        var words = 0;
        for (var k = open + 1; k < close; k++)
        {
            if (tokens[k].IsWordLike)
            {
                words++;
            }
        }

        return words;
    }
}
