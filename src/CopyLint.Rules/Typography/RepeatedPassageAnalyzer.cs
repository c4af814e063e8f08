using System.Buffers;
using System.Numerics;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5003: a sentence of prose, or a whole paragraph holding one, that repeats an earlier one word for word: copy moved
/// between systems and pasted twice.
/// </summary>
public sealed class RepeatedPassageAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL5003",
        "Repeated passage",
        "This {0} already appears on line {1}",
        RuleCategory.Typography,
        Severity.Warning,
        "Copy moved between systems is often pasted twice: the second paragraph turns up again after the fifth. This rule "
        + "reports a passage written a second time word for word. Words are compared ignoring case, punctuation, quotation marks, "
        + "the style of apostrophes and how lines are wrapped: a paste through another system changes those, not the words. "
        + "The fix deletes the second copy, with its paragraph when it is the whole paragraph.")
    {
        Name = "repeated-passage",
        Summary = "A sentence, paragraph or quotation appears a second time.",
        Reports =
        [
            "A sentence of twelve words or more, or a whole paragraph holding one, that appears a second time in the document.",
            "A sentence of six words or more written twice in a row, the second copy perhaps run on: a draft left before its revision (outside quotations).",
            "A quotation of six words or more pasted again as the sentence after its attribution: \"“We will rebuild every house that the river took,” she said. “We will rebuild every house that the river took.”\"",
            "A paragraph that pastes the one before it again, cut short at a comma: eight words or more of it written again up to one of its commas.",
            "A paragraph that pastes the one before it again, cut off mid-sentence: six words or more of its opening and no closing punctuation, however like a heading it reads (\"BOGOTÁ — Colombian President Gustavo Petro on Tuesday recalled his ambassador\" under the full lede).",
            "A paragraph that opens with the last sentence of the one before it, run on: \"The session was adjourned till Tuesday.\" then \"The session was adjourned till Tuesday afternoon.\"",
            "The lede pasted again further down without its dateline: \"SÃO PAULO — Federal police arrested …\" then \"Federal police arrested …\".",
            "The headline printed again under the byline, above the story (a scrape of the page's title and its heading), when it runs to six words or more.",
            "A columnist's sentence in the first person plural that names or counts something, pasted again: \"Within a year, Harvey, Irma and Maria had taken tens of billions of dollars out of the market, and the account came back at a price we could live with.\"",
        ],
        LeftAlone =
        [
            "A sentence with a single word edited: someone worked on one copy, and which one is meant is no longer certain.",
            "Sentences under twelve words, which recur by formula (\"He declined to comment.\", a live blog's repeated line).",
            "A quotation of fewer than six words said again after its attribution: a speaker's emphasis.",
            "A sentence inside a paragraph that names and counts nothing (no capitalised word after the first, no figure).",
            "The formula a briefs roundup ends each story with: \"A spokesperson for the company did not immediately respond to a request for comment.\"",
            "Headings and lines without closing punctuation (table rows, most page furniture), and list items.",
            "A sentence that is a quotation and nothing else: a refrain or a slogan quoted on purpose.",
            "Page furniture the boilerplate rules report, so it is not reported twice: a paragraph opening as furniture does (\"Read more:\", \"Copyright\", \"This article was originally published\"; rules/lists/typography-furniture-openers.txt), a photo caption (\"… is pictured …\").",
            "A sentence addressing the reader outside quotes (\"your inbox\"; rules/lists/typography-reader-address.txt), unless it reports what someone says, as service journalism does.",
            "A sentence speaking for the publisher outside quotes that names and counts nothing (\"Sign up for our newsletter.\", \"We use cookies on this site.\"; rules/lists/typography-publisher-address.txt).",
        ],
    };

    /// <summary>Words a sentence needs before its repeat is a paste and not a formula.</summary>
    private const int MinWords = 12;

    // Documents up to this many sentences (nearly all) keep their table on the stack.
    private const int StackSentences = 256;

    private readonly IReadOnlySet<string> _readerWords = data.GetSet("typography-reader-address", StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlySet<string> _publisherWords = data.GetSet("typography-publisher-address", StringComparer.OrdinalIgnoreCase);

    private readonly string[][] _furnitureOpeners = [.. data.GetList("typography-furniture-openers").Select(o => o.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var sentenceCount = context.Document.Sentences.Count;
        if (sentenceCount < 2)
        {
            return;
        }

        // At most one entry per sentence: with twice that many slots the table is never more than half full, and a
        // search for what is not there ends at once.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * sentenceCount));
        int[]? rented = null;
        var table = new PassageTable(size <= StackSentences ? stackalloc int[2 * size] : (rented = ArrayPool<int>.Shared.Rent(2 * size)).AsSpan(0, 2 * size));
        try
        {
            // By index: a foreach over the list would allocate its enumerator.
            var paragraphs = context.Document.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                if (IsHeadlineAgain(paragraphs, p))
                {
                    ReportParagraph(context, paragraph, paragraphs[0].FirstLine, "headline");
                    continue;
                }

                if (p > 0 && ReportDoubledLede(context, paragraphs[p - 1], paragraph))
                {
                    continue;
                }

                if (!paragraph.IsHeadingLike && paragraph.ContentCount >= MinWords && !IsListItem(paragraph.Tokens))
                {
                    Visit(context, paragraph, ref table);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Enters the paragraph's prose sentences in the table and reports those that were there already: the whole
    /// paragraph instead when it repeats the earlier sentence's paragraph, or is that sentence alone.
    /// </summary>
    private void Visit(AnalysisContext context, Paragraph paragraph, ref PassageTable table)
    {
        var document = context.Document;
        var sentences = paragraph.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            // The cheap rejects before a walk over the words: a sentence of n words has at least 2n - 1 tokens.
            var sentence = sentences[s];
            if (s > 0 && BackToBackSentence.RepeatEnd(sentences[s - 1], sentence) is >= 0 and var end && !BackToBackSentence.IsQuoted(paragraph, sentences[s - 1]))
            {
                // The earlier copy goes: the later one may run on with the revision.
                var draft = sentences[s - 1];
                var edit = LineEdits.DeleteWithSpace(document.Text, draft.Span);
                context.Report(Descriptor, TextSpan.FromBounds(sentence.Span.Start, end), new CodeFix("Delete the repeated sentence", edit), "sentence", document.GetLinePosition(draft.Span.Start).Line);
                continue;
            }

            if (s > 0 && EchoedQuote.Echoes(sentences[s - 1], sentence))
            {
                var edit = LineEdits.DeleteWithSpace(document.Text, sentence.Span);
                context.Report(Descriptor, sentence.Span, new CodeFix("Delete the repeated quotation", edit), "quotation", document.GetLinePosition(sentences[s - 1].Span.Start).Line);
                continue;
            }

            if (sentence.Tokens.Count < 2 * MinWords - 1 || !Passage.EndsSentence(sentence.Tokens))
            {
                continue;
            }

            // Sentences under MinWords words go in the table too: they can only ever equal each other, and counting
            // the words of the repeats alone is cheaper than counting every sentence's.
            var key = Passage.Key(sentence.Tokens);
            if (table.Find(document, key, sentence.Tokens) is not { } earlier)
            {
                table.Add(key, sentence.Index);
                if (LedeWithoutDateline(document, sentence) is not { } lede)
                {
                    continue;
                }

                earlier = lede;
            }

            if (Passage.Words(sentence.Tokens) < MinWords)
            {
                continue;
            }

            if (IsFurniture(paragraph))
            {
                return;
            }

            if (Passage.IsOnlyQuotation(sentence.Tokens) || AddressesReader(sentence.Tokens))
            {
                continue;
            }

            var first = document.Sentences[earlier];
            var before = document.Paragraphs[first.ParagraphIndex];
            if (sentences.Count == 1)
            {
                ReportParagraph(context, paragraph, document.GetLinePosition(first.Span.Start).Line);
                return;
            }

            if (before != paragraph && Passage.SameWords(before.Tokens, paragraph.Tokens) && !AddressesReader(paragraph.Tokens))
            {
                ReportParagraph(context, paragraph, before.FirstLine);
                return;
            }

            // A sentence that names and counts nothing is a formula a briefs roundup ends each story with ("A
            // spokesperson for the company did not immediately respond to a request for comment."): a paste carries
            // names or figures. A whole paragraph repeated is reported above whatever it holds.
            if (Passage.NamesNothing(sentence.Tokens))
            {
                continue;
            }

            var fix = new CodeFix("Delete the repeated sentence", LineEdits.DeleteWithSpace(document.Text, sentence.Span));
            context.Report(Descriptor, sentence.Span, fix, "sentence", document.GetLinePosition(first.Span.Start).Line);
        }
    }

    /// <summary>
    /// Reports a paragraph that pastes the one before it again, cut short (the later copy goes) or run on (the earlier
    /// goes, as for a sentence written twice in a row); see <see cref="DoubledLede"/>.
    /// </summary>
    private static bool ReportDoubledLede(AnalysisContext context, Paragraph before, Paragraph paragraph)
    {
        if (IsListItem(before.Tokens) || IsListItem(paragraph.Tokens))
        {
            return false;
        }

        if (DoubledLede.IsTruncated(before, paragraph))
        {
            ReportParagraph(context, paragraph, before.FirstLine);
            return true;
        }

        if (before.IsHeadingLike || paragraph.IsHeadingLike)
        {
            return false;
        }

        if (DoubledLede.IsCutShort(before, paragraph))
        {
            ReportParagraph(context, paragraph, before.FirstLine);
            return true;
        }

        if (DoubledLede.RunOnEnd(before, paragraph) is not (>= 0 and var end))
        {
            return false;
        }

        var document = context.Document;
        var draft = before.Sentences[^1];
        var edit = before.Sentences.Count == 1
            ? LineEdits.DeleteLines(document.Source, before.FirstLine, document.Source.GetLinePosition(before.Span.End - 1).Line)
            : LineEdits.DeleteWithSpace(document.Text, draft.Span);
        var repeat = TextSpan.FromBounds(paragraph.Sentences[0].Span.Start, end);
        context.Report(Descriptor, repeat, new CodeFix("Delete the repeated sentence", edit), "sentence", document.GetLinePosition(draft.Span.Start).Line);
        return true;
    }

    private static void ReportParagraph(AnalysisContext context, Paragraph paragraph, int earlierLine, string what = "paragraph")
    {
        var source = context.Document.Source;
        var lastLine = source.GetLinePosition(paragraph.Span.End - 1).Line;
        var fix = new CodeFix($"Delete the repeated {what}", LineEdits.DeleteLines(source, paragraph.FirstLine, lastLine));
        context.Report(Descriptor, paragraph.Span, fix, what, earlierLine);
    }

    /// <summary>Words a headline needs before a second copy of it is a paste and not a short label.</summary>
    private const int MinHeadlineWords = 6;

    /// <summary>How far down the display lines (byline, dateline, standfirst) a scrape prints the headline again.</summary>
    private const int MaxHeadlineRepeatParagraph = 4;

    /// <summary>Whether the text at <paramref name="offset"/> lies in a copy of the headline this rule reports (CL5002 leaves it here).</summary>
    internal static bool IsInHeadlineAgain(IReadOnlyList<Paragraph> paragraphs, int offset)
    {
        for (var p = 1; p <= MaxHeadlineRepeatParagraph && p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Span.Contains(offset))
            {
                return IsHeadlineAgain(paragraphs, p);
            }
        }

        return false;
    }

    /// <summary>
    /// "Mazda recalls 21,000 CX-5 and CX-9 models over airbag fault", the byline, then the same line again: the page's
    /// headline scraped a second time above the story. Only a heading-like line with only display lines above it, back
    /// to the headline.
    /// </summary>
    private static bool IsHeadlineAgain(IReadOnlyList<Paragraph> paragraphs, int p)
    {
        if (p == 0 || p > MaxHeadlineRepeatParagraph || !paragraphs[p].IsHeadingLike || !paragraphs[0].IsHeadingLike)
        {
            return false;
        }

        for (var k = 1; k < p; k++)
        {
            if (!paragraphs[k].IsHeadingLike)
            {
                return false;
            }
        }

        return Passage.Words(paragraphs[0].Tokens) >= MinHeadlineWords && Passage.SameWords(paragraphs[0].Tokens, paragraphs[p].Tokens);
    }

    /// <summary>
    /// A word for the reader or the publisher ("your inbox", "our newsletter") outside quotation marks: page furniture,
    /// which the boilerplate rules report. Asked only of a repeat. Service journalism tells the reader what a source
    /// says ("Tenancy Services says … you should get a receipt"): a sentence that reports speech is copy, not furniture.
    /// </summary>
    private bool AddressesReader(ArraySegment<Token> tokens)
    {
        var quotes = 0;
        var addresses = false;
        var speaksForPublisher = false;
        foreach (var token in tokens.AsSpan())
        {
            if (token.Kind == TokenKind.Quote)
            {
                quotes++;
            }
            else if (quotes % 2 == 0 && token.Kind == TokenKind.Word)
            {
                if (token.Text is "says" or "said" or "told" or "according")
                {
                    return false;
                }

                addresses |= !IsCapitals(token.Text) && _readerWords.Contains(token.Text);
                speaksForPublisher |= !IsCapitals(token.Text) && _publisherWords.Contains(token.Text);
            }
        }

        // "we" and "our" are also a columnist's own voice: a sentence of a column names or counts something.
        return addresses || (speaksForPublisher && Passage.NamesNothing(tokens));
    }

    /// <summary>
    /// A paragraph the boilerplate rules report when it is junk: one opening as page furniture does ("Read more:",
    /// "Copyright", "This article was originally published…") or a photo caption ("… is pictured …"). Asked only of a repeat.
    /// </summary>
    private bool IsFurniture(Paragraph paragraph)
    {
        foreach (var opener in _furnitureOpeners)
        {
            if (Passage.OpensWith(paragraph.Tokens, opener))
            {
                return true;
            }
        }

        foreach (var token in paragraph.Tokens.AsSpan())
        {
            if (token.Text is "pictured" or "Pictured")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "SÃO PAULO — Federal police arrested …" and, paragraphs on, "Federal police arrested …": the lede pasted again
    /// without its dateline. The index of the lede when <paramref name="sentence"/> has its words after the dateline, or null.
    /// </summary>
    private static int? LedeWithoutDateline(Document document, Sentence sentence)
    {
        var paragraphs = document.Paragraphs;
        for (var p = 0; p < sentence.ParagraphIndex; p++)
        {
            if (paragraphs[p].IsHeadingLike)
            {
                continue;
            }

            var lede = paragraphs[p].Sentences[0];
            return AfterCapitalDateline(lede.Tokens) is > 0 and var after && Passage.SameWords(lede.Tokens.Slice(after), sentence.Tokens) ? lede.Index : null;
        }

        return null;
    }

    /// <summary>The most tokens a dateline before its dash holds: "RIO DE JANEIRO, Brazil (Reuters)".</summary>
    private const int MaxDatelineTokens = 10;

    /// <summary>
    /// Where the story starts after a dateline opening with a place in capitals and ending at a dash ("SÃO PAULO —",
    /// "RIO DE JANEIRO, Brazil (Reuters) -"), or -1.
    /// </summary>
    private static int AfterCapitalDateline(ArraySegment<Token> tokens)
    {
        var content = 0;
        for (var k = 0; k < tokens.Count && content <= MaxDatelineTokens; k++)
        {
            var token = tokens[k];
            if (token.IsTrivia)
            {
                continue;
            }

            if (token.Kind == TokenKind.Dash)
            {
                return content > 0 ? k + 1 : -1;
            }

            if ((content == 0 && !IsCapitals(token.Text)) || !(token.Kind == TokenKind.Word || token.Text is "," or "(" or ")"))
            {
                return -1;
            }

            content++;
        }

        return -1;
    }

    /// <summary>"US" is a country, not "us".</summary>
    private static bool IsCapitals(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(word[1]);

    /// <summary>A bullet or a numbered item: lists repeat fixed texts on purpose (a timetable, a fact box).</summary>
    private static bool IsListItem(ArraySegment<Token> tokens) =>
        tokens[0].Text is "-" or "*" or "•" or "–" or "—" or "·" or ">"
        || (tokens[0].Kind == TokenKind.Number && tokens.Count > 1 && tokens[1].Text is "." or ")");
}
