namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's quote heading over an entry (Sky's and the BBC's live pages): a short quotation standing alone as its
/// paragraph, with no full stop, whose words recur quoted in the entry below it, where that quotation is judged
/// ("'I can now start to rebuild my life'" … "\"… I can now start to rebuild my life,\" she said."); and a quotation
/// opening a headline before the colon of its topic, whose words recur quoted anywhere in the story
/// ("'I lost half my pension in a year': why savers …" … "\"I lost half my pension in a year. …\" he said.").
/// </summary>
internal static class QuoteHeading
{
    private const int MaxHeadingWords = 20;

    /// <summary>The paragraphs under the heading searched for its words: an entry's first few.</summary>
    private const int EntryParagraphs = 4;

    public static bool Recurs(SourceMap map, int p, Quotation quotation, string text)
    {
        var tokens = map.Paragraphs[p].Tokens;
        var headline = IsHeadlineQuote(tokens, p, quotation);
        if (quotation.Words > MaxHeadingWords || !(quotation.StandsAlone(tokens) || headline) || quotation.Close - quotation.Open < 3
            || tokens[quotation.Close - 1].Text is "." or "!" or "?" or "…" or "...")
        {
            return false;
        }

        return RecursQuoted(map, p, quotation, text, headline ? map.Paragraphs.Length : Math.Min(map.Paragraphs.Length, p + 1 + EntryParagraphs), headline);
    }

    /// <summary>
    /// Whether the quotation's words recur inside a quotation in a paragraph after <paramref name="p"/>, before
    /// <paramref name="end"/>; for a <paramref name="headline"/>'s quotation, also in an interview's turn.
    /// </summary>
    public static bool RecursQuoted(SourceMap map, int p, Quotation quotation, string text, int end, bool headline = false)
    {
        var tokens = map.Paragraphs[p].Tokens;
        var first = tokens[quotation.Open + 1].Span.Start;
        var words = text.AsSpan(first, tokens[quotation.Close - 1].Span.End - first);
        for (var q = p + 1; q < end; q++)
        {
            var below = map.Paragraphs[q];
            if (below.Tokens.Length == 0)
            {
                continue;
            }

            var start = below.Tokens[0].Span.Start;
            // A heading capitalises the quotation's first word: "'A dream for a child in China'" … "It was a dream for a child in China".
            var at = text.AsSpan(start, below.Tokens[^1].Span.End - start).IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (IsQuotedAt(below, start + at) || (headline && IsTranscriptTurn(below.Tokens, text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"'I lost half my pension in a year': why savers are being warned …": a quotation opening the headline, its topic after a colon.</summary>
    private static bool IsHeadlineQuote(ReadOnlySpan<Text.Token> tokens, int p, Quotation quotation) =>
        p == 0 && quotation.OpensParagraph(tokens) && quotation.Close + 1 < tokens.Length && tokens[quotation.Close + 1].Text == ":";

    /// <summary>
    /// "Broche: Something new. … We can't make Elden Ring, and …": an interview's turn, opened by its speaker's name as a
    /// label, one the story named before it ("co-founders Guillaume Broche and François Meurisse").
    /// </summary>
    private static bool IsTranscriptTurn(ReadOnlySpan<Text.Token> tokens, string text)
    {
        if (tokens.Length < 3 || tokens[0] is not { Kind: Text.TokenKind.Word, IsCapitalized: true } label || tokens[1].Text != ":")
        {
            return false;
        }

        var earlier = text.IndexOf(label.Text, StringComparison.Ordinal);
        return earlier >= 0 && earlier < label.Span.Start;
    }

    private static bool IsQuotedAt(ParagraphSources paragraph, int position)
    {
        var tokens = paragraph.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Span.Start == position)
            {
                return paragraph.Quoted[k];
            }
        }

        return false;
    }
}
