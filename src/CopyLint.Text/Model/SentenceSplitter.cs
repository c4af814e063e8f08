using System.Collections.Frozen;

namespace CopyLint.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences at . ! ? … followed by a capitalised start. Titles (Mr, Dr, Gen.),
/// initials (J. K.), dotted abbreviations (U.S., one token) and decimals (one token, or a stop touching the digits after
/// it: "PM2.5") never split, nor does terminal punctuation inside an open quotation.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> TitleAbbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Cpl", "Pte", "Adm", "Brig", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Det", "Ch", "Sr", "Jr", "St", "Mt", "Ft",
        "No", "Nos", "Art", "Fig", "vs", "v", "al", "approx", "ca", "cf", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Rs", // rupees before a sum: "collected Rs. 45 crore"
        "Dist", "Atty", "Asst", "Dep", // the Los Angeles Times's titles: "Deputy Dist. Atty. Brenda Oyelowo told the judge"
        "Sta", "Sto", "Ste", // saints in place names: "the DOH central office in Sta. Cruz, Manila", "Ste. Foy"
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>No longer word can be a title: most words before a full stop are, and are answered without a hash.</summary>
    private static readonly int LongestTitle = TitleAbbreviations.Max(title => title.Length);

    /// <summary>Fills <paramref name="sentences"/> (cleared first) with each sentence's first token and token count.</summary>
    /// <param name="marks">
    /// The array indices of the paragraph's line breaks, punctuation and quotes, in order: only quotes and punctuation
    /// change anything, so the splitter visits these and reads the tokens around them.
    /// </param>
    /// <returns>Whether any of the tokens is a quotation mark.</returns>
    public static bool Split(ArraySegment<Token> tokens, ReadOnlySpan<int> marks, List<(int First, int Count)> sentences)
    {
        sentences.Clear();
        var anyQuote = false;
        var first = 0;
        var doubleQuoteOpen = false;
        var singleQuoteDepth = 0;
        for (var m = 0; m < marks.Length; m++)
        {
            var i = marks[m] - tokens.Offset;
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Quote)
            {
                anyQuote = true;
                TrackQuote(tokens, i, ref doubleQuoteOpen, ref singleQuoteDepth);
                continue;
            }

            if (kind != TokenKind.Punctuation || !IsTerminal(tokens[i].Text) || IsAbbreviationDot(tokens, i) || IsDecimalPoint(tokens, i))
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they close.
            var end = i + 1;
            while (end < tokens.Count && (IsClosingQuote(tokens, end) || tokens[end].Text is ")" or "]"))
            {
                if (tokens[end].Kind == TokenKind.Quote)
                {
                    anyQuote = true;
                    TrackQuote(tokens, end, ref doubleQuoteOpen, ref singleQuoteDepth);
                }

                end++;
            }

            if (doubleQuoteOpen || singleQuoteDepth > 0)
            {
                m = LastMarkBefore(marks, m, tokens.Offset + end);
                continue;
            }

            var next = end;
            while (next < tokens.Count && tokens[next].IsTrivia)
            {
                next++;
            }

            if (next < tokens.Count && !StartsSentence(tokens[next]))
            {
                continue;
            }

            sentences.Add((first, end - first));
            first = end;
            m = LastMarkBefore(marks, m, tokens.Offset + end);
        }

        if (first < tokens.Count)
        {
            sentences.Add((first, tokens.Count - first));
        }

        return anyQuote;
    }

    /// <summary>Skips the marks the closing quotes and brackets already consumed: the next one visited is at <paramref name="end"/> or after.</summary>
    private static int LastMarkBefore(ReadOnlySpan<int> marks, int m, int end)
    {
        while (m + 1 < marks.Length && marks[m + 1] < end)
        {
            m++;
        }

        return m;
    }

    /// <summary>. ! ? … or an ellipsis of three dots (a punctuation token is one character or a run of dots).</summary>
    private static bool IsTerminal(string punctuation) =>
        punctuation.Length == 1 ? punctuation[0] is '.' or '!' or '?' or '…' : punctuation == "...";

    private static bool StartsSentence(Token token) => token.Kind switch
    {
        TokenKind.Word => char.IsUpper(token.Text[0]) || !char.IsLower(token.Text[0]),
        TokenKind.Number or TokenKind.Quote or TokenKind.Dash or TokenKind.Url or TokenKind.Handle or TokenKind.Hashtag => true,
        TokenKind.Punctuation => token.Text is "(" or "[",
        _ => false,
    };

    private static bool IsAbbreviationDot(ArraySegment<Token> tokens, int dot)
    {
        if (tokens[dot].Text != "." || dot == 0)
        {
            return false;
        }

        var previous = tokens[dot - 1];
        if (previous.Kind != TokenKind.Word)
        {
            return false;
        }

        // An initial: "George W. Bush", "J. K. Rowling".
        if (previous.Text.Length == 1 && char.IsUpper(previous.Text[0]))
        {
            return true;
        }

        return (previous.Text.Length <= LongestTitle && TitleAbbreviations.Contains(previous.Text)) || previous.Text.EndsWith('.');
    }

    /// <summary>
    /// A full stop with digits straight after it is a decimal point the scanner did not join, after letters touching a
    /// number: "PM2.5", "R4.2 billion", "Sh4.24 billion". A sentence never ends without a space after its stop.
    /// </summary>
    private static bool IsDecimalPoint(ArraySegment<Token> tokens, int dot) =>
        tokens[dot].Text == "." && dot + 1 < tokens.Count && tokens[dot + 1].Kind == TokenKind.Number;

    private static void TrackQuote(ArraySegment<Token> tokens, int index, ref bool doubleQuoteOpen, ref int singleQuoteDepth)
    {
        switch (tokens[index].Text[0])
        {
            case '“' or '«' or '„':
                doubleQuoteOpen = true;
                break;
            case '”' or '»':
                doubleQuoteOpen = false;
                break;
            case '"':
                doubleQuoteOpen = !doubleQuoteOpen;
                break;
            case '‘':
                singleQuoteDepth++;
                break;
            case '’' when singleQuoteDepth > 0:
                singleQuoteDepth--;
                break;
            case '\'' when IsOpening(tokens, index):
                singleQuoteDepth++;
                break;
            case '\'' when singleQuoteDepth > 0:
                singleQuoteDepth--;
                break;
        }
    }

    private static bool IsOpening(ArraySegment<Token> tokens, int index) =>
        (index == 0 || tokens[index - 1].IsTrivia || tokens[index - 1].Text is "(" or "[")
        && index + 1 < tokens.Count && !tokens[index + 1].IsTrivia;

    private static bool IsClosingQuote(ArraySegment<Token> tokens, int index) =>
        tokens[index].Kind == TokenKind.Quote && tokens[index].Text is "”" or "»" or "’" or "\"" or "'";
}
