using System.Collections.Frozen;
using CopyLint.Engine;
using CopyLint.Rules.Boilerplate;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5002: a phrase of two or more words repeated back to back, "in the in the", "South Korea - South Korea", or a
/// dateline doubled, "LONDON — LONDON —" (<see cref="DoubledDateline"/>).
/// </summary>
public sealed class RepeatedPhraseAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL5002",
        "Repeated phrase",
        "'{0}' is repeated",
        RuleCategory.Typography,
        Severity.Warning,
        "The same phrase of two or more words appears twice in a row, with nothing or only a dash, colon or slash "
        + "between: a slip of editing or a doubled dateline. Single repeated words are CL5001. Fix: delete the repeat.")
    {
        Name = "repeated-phrase",
        Summary = "The same phrase or dateline appears twice in a row.",
        Reports =
        [
            "A phrase of two or more words written twice in a row, a slip of editing: \"in the in the\".",
            "A lower-case item of a list written twice between its commas, a slip of editing: 'Find a club, start slowly, start slowly, and be patient.'",
            "A doubled dateline: \"Seoul, South Korea - South Korea -\", \"KILKEE, Ireland — KILKEE, Ireland —\".",
            "A dateline starting a line written twice with its region, agency or date: \"KYIV, Ukraine (AP) — KYIV, Ukraine (AP) —\", \"LONDON, May 7 (Reuters) - LONDON, May 7 (Reuters) -\", \"Law360 (October 2, 2025, 7:15 PM EDT) -- Law360 (October 2, 2025, 7:15 PM EDT) --\".",
            "A dateline starting a line written twice in other case, or one word: \"WASHINGTON — WASHINGTON (AP) —\", \"Paris — PARIS —\", \"SHREWSBURY - SHREWSBURY -\", \"HENLEY-ON-THAMES — HENLEY-ON-THAMES —\", \"Oslo, Norway - Norway -\".",
            "A doubled dateline alone on its line above the story's first sentence, as written: \"Seoul - Seoul -\".",
            "A dateline in capitals alone on its line written again alone on the next, the story below: \"BENGALURU\" / \"BENGALURU\".",
            "A dateline with its date or agency alone on its line above the story's first line, which opens with it again: \"GEORGETOWN, Nov 18 (Energy Wire) -\" over \"GEORGETOWN, Nov 18 (Energy Wire) - Guyana's crude output …\" (a lone \"Paris -\" is left alone).",
            "The dateline of Pakistani and Indian papers, a place in capitals and a colon, written twice before the story: 'RAWALPINDI: RAWALPINDI: Babar Azam ended …'; the fix deletes the second copy.",
            "The same with a full stop, as East African papers set their datelines: 'KAMPALA. KAMPALA. Hundreds of families …' (but 'NO. NO. NO. The crowd …' is left alone).",
            "A statement of four words or more ending in a full stop and written again straight after itself, inside a quotation too, where a paste doubles it whole: '\"It's a good test for us. It's a good test for us.\"', 'Migrants are leaving Russia. Migrants are leaving Russia for Europe' (outside a quotation, a sentence of six words or more doubled so is CL5003's).",
            "A fragment of three words or more opening in lower case after a full stop that repeats the words ending the sentence before, a paste: '… down from 88.9% the year before. down from 88.9% the year before.', 'by 31 January. by 31 January.' (but 'It rose. It rose again.' is a new sentence).",
            "A line of four words or more written again on the next line, too short for CL5003: a doubled sign-off '(Reporting by Johan Ahlander; Editing by Ed Osmond)'.",
        ],
        LeftAlone =
        [
            "A chant: \"US - US - US\".",
            "A word shouted in live copy: \"GOAL - GOAL - Saka scores!\" (a dateline is followed by a statement).",
            "A title-case word taken up again: \"London — London — was all she said\".",
            "Idioms built from one word (\"very, very\", \"again and again\", \"step by step\", \"more and more\", also after \"and\": \"and more and more\"; rules/lists/reduplication-links.txt).",
            "The word \"bye-bye\".",
            "Names: \"Walla Walla\".",
            "A dateline in capitals followed by a lede whose subject opens with the same place in title case, as a state or province shares its capital's name: \"SÃO PAULO — São Paulo state police arrested …\" (but \"SÃO PAULO — São Paulo — Police arrested …\" is reported).",
            "A phrase holding a comma repeated inside a quotation, which is the speaker's rhetoric and not the reporter's to edit: \"Against Sweden, in Sweden, in a semi-final\".",
            "A phrase said a third time there, inside a quotation, which is the speaker's rhetoric and not the reporter's to edit: \"a dollar fifty on top of a dollar fifty on top of a dollar fifty\".",
            "A phrase repeated after a comma, which is rhetoric or a place (\"No war, no war\", \"New York, New York\"), but not a dateline opening the paragraph: \"HANOI, Vietnam, HANOI, Vietnam (AP) —\" is reported, nor a lower-case list item doubled between its commas outside a quotation.",
            "A phrase repeated after a semicolon, which starts a new clause: \"met Kim Yo Jong; Kim Yo Jong said\".",
            "A noun phrase taken up again after a dash or colon, which is emphasis: \"the title — the title he had chased\", \"the money: the money the council promised\".",
            "A phrase of place taken up by one whose noun runs on into a longer one (\"sit in the car in the car park\"), but \"in the car in the car and drove off\" is reported.",
            "A phrase made of one repeated word: \"ha ha ha ha\".",
            "A run of figures written again, a score table's row: \"Hollis-Brookline 7 0 7 0 — 14\" (but \"in 2019 in 2019\", with a word, is reported).",
            "A sentence said again in a quotation when it is shouted or run on, which is the speaker building it: '\"We have to win this. We have to win this for the fans,\"', '\"Never again! Never again!\"', or holds a comma, a refrain: '\"Country first, party second. Country first, party second.\"'.",
            "A headline of six words or more printed again under itself, above the story, which CL5003 reports at the copy: 'Brief: Norway link trips, cutting imports' twice.",
        ],
    };

    private const int MaxPhraseWords = 8;
    private const int MaxSeparators = 2;

    // Paragraphs up to this many tokens (nearly all) index on the stack.
    private const int StackLimit = 512;

    // The recurring-pair table: 1,024 slots (4 KB; PairTable). With 256, one word in 25 of plain copy shared a slot with
    // a pair a few tokens on and went through PhraseEnd, Recurs and FindRepeat for nothing.
    private const int PairSlotBits = 10;

    /// <summary>
    /// The key of ","; no other content token has it (the only other character that folds to a comma's is a form feed,
    /// which is whitespace).
    /// </summary>
    private static readonly int CommaKey = LetterSet.Shape(",");

    private static readonly FrozenSet<string> Articles = new[] { "the", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that open a noun phrase, as written.</summary>
    private static readonly FrozenSet<string> Determiners =
        new[] { "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions that open a phrase of place ("in the car").</summary>
    private static readonly FrozenSet<string> PlacePrepositions =
        new[] { "in", "on", "at", "inside", "outside", "near", "by", "beside", "behind", "under" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words no noun runs on into: articles, pronouns, prepositions, conjunctions and auxiliaries.</summary>
    private static readonly FrozenSet<string> SmallWords = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your",
        "i", "he", "she", "it", "we", "they", "you", "him", "them", "me", "us", "who", "which", "what", "where", "when",
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "near", "under", "over", "after", "before",
        "and", "or", "but", "as", "because", "so", "if", "than", "then", "while", "until",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "do", "did", "does", "will", "would", "could", "can",
        "should", "may", "might", "must", "not",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlySet<string> _links = data.GetSet("reduplication-links", StringComparer.OrdinalIgnoreCase);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        // Datelines are read whole, a line at a time; the search for repeats below leaves the ones reported alone.
        List<TextSpan>? datelines = null;
        var lines = CopyLine.Of(context);
        var head = true;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            if (line.IsBlank)
            {
                continue;
            }

            // Above the story's first sentence (headline, byline), a dateline may stand alone with the story below it.
            var below = head ? NextNonBlank(lines, l + 1) : -1;
            var storyBelow = below >= 0 ? lines[below] : null;
            head = head && !line.EndsSentence;
            if (DoubledDateline.Find(line, context.Document.Source, storyBelow) is var (both, removed, dateline))
            {
                context.Report(Descriptor, both, new CodeFix($"Delete the repeated '{dateline}'", TextEdit.Delete(removed)), dateline);
                (datelines ??= []).Add(both);
            }
            else if (RepeatedSentence.RepeatedLine(lines, l, NextNonBlank(lines, l + 1)) is >= 0 and var copy)
            {
                // A headline printed again under itself is CL5003's, which points at the copy.
                if (!RepeatedPassageAnalyzer.IsInHeadlineAgain(context.Document.Paragraphs, lines[copy].Span.Start))
                {
                    ReportLineAgain(context, line, lines[copy]);
                }
            }
            else if (storyBelow is { } again && NextNonBlank(lines, below + 1) is var story and >= 0
                && DoubledDateline.FindOnTwoLines(line, again, lines[story]) is { } twice)
            {
                context.Report(Descriptor, TextSpan.FromBounds(line.Span.Start, again.Span.End), new CodeFix($"Delete the repeated '{line.Text}'", TextEdit.Delete(twice)), line.Text);
            }
            else if (storyBelow is { } lede && DoubledDateline.FindAboveItsStory(line, lede) is { } lone)
            {
                context.Report(Descriptor, line.Span, new CodeFix($"Delete the repeated '{line.Text}'", TextEdit.Delete(lone)), line.Text);
            }
        }

        ReportSentencesAgain(context);

        var paragraphs = ContentTokens.Of(context);
        var keysOf = RepeatKeys.Of(context);
        var longest = paragraphs.Longest;
        Span<int> candidates = longest <= StackLimit ? stackalloc int[longest] : new int[longest];
        var pairs = context.GetReused<PairTable>(typeof(PairTable), static (pairs, context) => pairs.Begin(ContentTokens.Of(context).Total));
        Span<int> nearest = pairs.Nearest;
        var at = pairs.Start;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            var keys = keysOf.For(p);
            // A repeat starts with the same two tokens again, at most two separators after the longest phrase: for
            // almost every word none come that soon (the marking has ruled them out), and no phrase needs comparing.
            var count = MarkRecurringPairs(tokens, keys, candidates, nearest, at);
            at += tokens.Length;
            var next = 0;
            for (var c = count - 1; c >= 0; c--)
            {
                var i = candidates[c];
                if (i < next)
                {
                    continue;
                }

                var end = PhraseEnd(tokens, keys, i);
                if (!Recurs(tokens, keys, i, Math.Min(end + MaxSeparators, tokens.Length - 1)) || FindRepeat(tokens, keys, end, i) is not var (length, second))
                {
                    continue;
                }

                if (!InAny(datelines, tokens[i].Span))
                {
                    ReportRepeat(context, tokens, i, length, second);
                }

                next = second + length;
            }
        }

        pairs.Start = at;
    }

    /// <summary>
    /// <see cref="MarkRecurringPairs"/>' table, kept by the lint from document to document. Places count on from one
    /// document to the next, so a place a document before left in the table is behind every place of this one, as an
    /// earlier paragraph's is, and never within reach: the table needs no clearing (4 KB, twice a document on the stack).
    /// </summary>
    private sealed class PairTable
    {
        public int[] Nearest { get; } = new int[1 << PairSlotBits];

        /// <summary>The place this document's content tokens start from: past every place the table holds.</summary>
        public int Start { get; set; }

        /// <summary>Readies the table for a document of <paramref name="total"/> content tokens.</summary>
        public void Begin(int total)
        {
            // Once in 2 billion tokens the places start again from 0, with the table cleared.
            if (int.MaxValue - Start <= total + MaxSeparators)
            {
                Array.Clear(Nearest);
                Start = 0;
            }
        }
    }

    /// <summary>The index of the first line from <paramref name="from"/> that is not blank, or -1.</summary>
    private static int NextNonBlank(CopyLine[] lines, int from)
    {
        for (var l = from; l < lines.Length; l++)
        {
            if (!lines[l].IsBlank)
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>Reports a sentence written again straight after itself (<see cref="RepeatedSentence"/>), with a fix deleting the repeat.</summary>
    private static void ReportSentencesAgain(AnalysisContext context)
    {
        var document = context.Document;
        foreach (var paragraph in document.Paragraphs)
        {
            var tokens = paragraph.Tokens.AsSpan();
            if (tokens.Length < 3)
            {
                continue;
            }

            // The full stops from a search of the paragraph's text for '.', not a look at every token's text: a full
            // stop is a token starting at one (most of them do; the rest are inside "U.S." or "3.5").
            var text = document.Text.AsSpan(0, tokens[^2].Start + 1);
            for (var from = tokens[1].Start; text[from..].IndexOf('.') is >= 0 and var at; from += at + 1)
            {
                var d = TokenSearch.StartingAt(tokens, from + at);
                if (d < 0 || tokens[d].Text != "." || (RepeatedSentence.Find(tokens, d) ?? RepeatedSentence.FindTail(tokens, d)) is not var (start, end))
                {
                    continue;
                }

                var phrase = document.GetText(TextSpan.FromBounds(start, tokens[d - 1].Span.End)).TrimEnd();
                var removed = TextSpan.FromBounds(tokens[d].Span.Start, end);
                context.Report(Descriptor, TextSpan.FromBounds(start, end), new CodeFix($"Delete the repeated '{phrase}'", TextEdit.Delete(removed)), phrase);
            }
        }
    }

    /// <summary>Reports a line of copy written again on the next line that is not blank, with a fix deleting the repeat.</summary>
    private static void ReportLineAgain(AnalysisContext context, CopyLine line, CopyLine again)
    {
        var text = line.Chars.Trim().ToString();
        var removed = TextSpan.FromBounds(line.Span.End, again.Span.End);
        context.Report(Descriptor, TextSpan.FromBounds(line.Span.Start, again.Span.End), new CodeFix($"Delete the repeated '{text}'", TextEdit.Delete(removed)), text);
    }

    /// <summary>Reports the phrase of <paramref name="length"/> tokens at <paramref name="first"/>, repeated at <paramref name="second"/>, with a fix deleting the repeat.</summary>
    private static void ReportRepeat(AnalysisContext context, ReadOnlySpan<Token> tokens, int first, int length, int second)
    {
        var phrase = context.Document.GetText(TextSpan.FromBounds(tokens[first].Span.Start, tokens[first + length - 1].Span.End));
        var removed = TextSpan.FromBounds(tokens[first + length - 1].Span.End, tokens[second + length - 1].Span.End);
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[second + length - 1].Span.End);
        context.Report(Descriptor, span, new CodeFix($"Delete the repeated '{phrase}'", TextEdit.Delete(removed)), phrase);
    }

    private static bool InAny(List<TextSpan>? spans, TextSpan span) => spans is not null && spans.Exists(span.OverlapsWith);

    /// <summary>
    /// Where the longest phrase starting at the word at <paramref name="start"/> ends: at the first token that is
    /// neither a word nor a comma, or at the word after its <see cref="MaxPhraseWords"/>th, whichever comes first.
    /// </summary>
    private static int PhraseEnd(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int start)
    {
        var words = 0;
        for (var k = start; k < tokens.Length; k++)
        {
            if (tokens[k].IsWordLike ? words++ == MaxPhraseWords : keys[k] != CommaKey)
            {
                return k;
            }
        }

        return tokens.Length;
    }

    /// <summary>
    /// One walk back over a paragraph: writes to <paramref name="candidates"/>, last first, each word (with at least three
    /// tokens after it) whose pair of keys (its own and the next token's) may come again within reach of a phrase
    /// starting at it, a superset of the words <see cref="Recurs"/> holds, found without a search per word; returns how
    /// many. No phrase reaches past the next token that is neither a word nor a comma, so neither does the start of its
    /// repeat, at most two separators on.
    /// </summary>
    /// <param name="nearest">
    /// For each slot of a hash of two keys, the nearest later place (counted over the document's content tokens, from
    /// <paramref name="at"/> for this paragraph) where a pair with that hash starts: a pair that recurs within reach has
    /// one no further away. Places before <paramref name="at"/> are earlier paragraphs', so never within reach.
    /// </param>
    private static int MarkRecurringPairs(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, Span<int> candidates, Span<int> nearest, int at)
    {
        // The static read once, and the reach kept as a place: the loop holds no more than fits in registers.
        var commaKey = CommaKey;
        var length = tokens.Length;
        var count = 0;
        var last = at + length - 1;
        var reach = last;
        var following = 0;
        for (var k = length - 1; k >= 0; k--)
        {
            var key = keys[k];
            var word = tokens[k].IsWordLike;
            if (!word && key != commaKey)
            {
                reach = Math.Min(at + k + MaxSeparators, last);
            }

            if (k + 1 < length)
            {
                ref var next = ref nearest[PairSlot(key, following)];
                // Written always, counted when the word is one: no branch to mispredict.
                candidates[count] = k;
                count += (word & next > at + k & next <= reach & k + 3 < length) ? 1 : 0;
                next = at + k;
            }

            following = key;
        }

        return count;
    }

    /// <summary>A slot of <see cref="MarkRecurringPairs"/>' table for a pair of keys.</summary>
    private static int PairSlot(int first, int second) => (int)((((uint)first * 0x9E3779B1u) + (uint)second) * 0x85EBCA6Bu >> (32 - PairSlotBits));

    /// <summary>
    /// The longest phrase at the word at <paramref name="start"/> repeated after at most two separators: its length in
    /// tokens and where the repeat starts. A phrase is words with inner commas ("KILKEE, Ireland"), beginning and ending
    /// with a word, and ending before <paramref name="end"/>. <paramref name="keys"/> are the paragraph's <see cref="RepeatKeys"/>.
    /// </summary>
    private (int Length, int Second)? FindRepeat(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int end, int start)
    {
        for (var length = Math.Min(end - start, (tokens.Length - start) / 2); length >= 2; length--)
        {
            if (!tokens[start + length - 1].IsWordLike)
            {
                continue;
            }

            var second = start + length;
            while (second < tokens.Length && second - start - length < MaxSeparators && IsSeparator(tokens[second]))
            {
                second++;
            }

            // The cheap comparison first: it fails at the first word for almost every candidate.
            if (second + length <= tokens.Length && SamePhrase(tokens, keys, start, second, length)
                && CopyLine.CountWords(tokens.Slice(start, length)) >= 2 && !IsLegitimate(tokens, keys, start, second, length))
            {
                return (length, second);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the token at <paramref name="start"/> and the one after it come again, from two tokens on (a phrase
    /// has two words) to index <paramref name="last"/>: a vectorised search for the first key, then a comparison of the
    /// second key (common words such as "the" recur often, pairs seldom) and of the first text ignoring case.
    /// </summary>
    private static bool Recurs(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int start, int last)
    {
        var from = start + 2;
        while (from <= last && keys[from..(last + 1)].IndexOf(keys[start]) is >= 0 and var at)
        {
            var k = from + at;
            if (k + 1 < tokens.Length && keys[k + 1] == keys[start + 1] && tokens[start].IsIgnoreCase(tokens[k].Text))
            {
                return true;
            }

            from = k + 1;
        }

        return false;
    }

    private static bool IsSame(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int first, int second) =>
        keys[first] == keys[second] && tokens[first].IsIgnoreCase(tokens[second].Text);

    private static bool IsSeparator(Token token) =>
        token.Kind == TokenKind.Dash || (token.Kind == TokenKind.Punctuation && token.Text is "," or ":" or ";" or "/" or "|");

    private static bool SamePhrase(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int first, int second, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!IsSame(tokens, keys, first + k, second + k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A repeat that is not a slip: a list, a word said over, set phrases, emphasis after a dash, or rhetoric in a quotation.</summary>
    /// <remarks>Loops over the phrase's span, not LINQ: every true repeat of the copy comes here (natively 0.24 % of a run with LINQ).</remarks>
    private bool IsLegitimate(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int first, int second, int length)
    {
        var phrase = tokens.Slice(first, length);
        var separators = tokens.Slice(first + length, second - first - length);
        var firstWord = phrase[IndexOfWord(phrase)];
        return (HasCommaOrSemicolon(separators) && !IsDoubledListItem(tokens, first, second, length))
            || AllWordsAre(phrase, firstWord.Text)
            || AllFigures(phrase)
            // Two tokens holding two words (FindRepeat counted them): the phrase is its words.
            || (length == 2 && separators.Length == 0 && IsIdiomInside(phrase[0], phrase[1]))
            || (separators.Length > 0 && Determiners.Contains(firstWord.Text))
            || ((length > CopyLine.CountWords(phrase) || IsSaidAThirdTime(tokens, keys, first, second, length)) && InsideQuotation(tokens, first))
            || (separators.Length == 0 && IsNestedPlace(tokens, first, second, length))
            || IsLedeSubjectAfterDateline(tokens, first, second, length);
    }

    /// <summary>
    /// "Find a club, start slowly, start slowly, and be patient.": a lower-case phrase of words alone between commas and
    /// written again straight after its comma is one item of a list doubled by an edit, not rhetoric ("No war, no war")
    /// or a place ("New York, New York"). In a quotation it is the speaker's.
    /// </summary>
    private static bool IsDoubledListItem(ReadOnlySpan<Token> tokens, int first, int second, int length)
    {
        var after = second + length;
        return second == first + length + 1 && tokens[first + length].Text == "," && first >= 1 && tokens[first - 1].Text == "," && after < tokens.Length && tokens[after].Text == ","
            && char.IsLower(tokens[first].Text[0]) && CopyLine.CountWords(tokens.Slice(first, length)) == length
            && !InsideQuotation(tokens, first);
    }

    /// <summary>
    /// "SÃO PAULO — São Paulo state police arrested …": a dateline in capitals opening the paragraph, then a lede whose
    /// subject starts with the same place in title case and runs on into prose, as state and capital share a name. A
    /// doubled dateline has a dash, a comma or a bracket after its second copy, or writes it in capitals.
    /// </summary>
    private static bool IsLedeSubjectAfterDateline(ReadOnlySpan<Token> tokens, int first, int second, int length)
    {
        var after = second + length;
        if (first != 0 || second == first + length || after >= tokens.Length || !tokens[after].IsWordLike)
        {
            return false;
        }

        foreach (var separator in tokens.Slice(first + length, second - first - length))
        {
            if (separator.Kind != TokenKind.Dash)
            {
                return false;
            }
        }

        var (capitals, again) = (false, false);
        for (var k = 0; k < length; k++)
        {
            capitals |= IsCapitals(tokens[first + k].Text);
            again |= IsCapitals(tokens[second + k].Text);
        }

        return capitals && !again;
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && word.All(static c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// "a dollar fifty on top of a dollar fifty on top of a dollar fifty": the phrase comes a third time, its opening word
    /// straight after the repeat or its closing word straight before the first, a chain a speaker builds, where a slip of
    /// editing doubles a phrase once.
    /// </summary>
    private static bool IsSaidAThirdTime(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> keys, int first, int second, int length)
    {
        var after = second + length;
        return (after < tokens.Length && tokens[after].IsWordLike && IsSame(tokens, keys, first, after))
            || (first > 0 && tokens[first - 1].IsWordLike && IsSame(tokens, keys, first - 1, first + length - 1));
    }

    /// <summary>
    /// "sit in the car in the car park", "on the bus on the bus lane": a phrase of place taken up by a second whose noun
    /// runs on into a longer one, a place within a place. A slip runs on into the sentence ("in the car in the car and
    /// drove off") or ends on a small word ("in the in the car park"), and is reported.
    /// </summary>
    private static bool IsNestedPlace(ReadOnlySpan<Token> tokens, int first, int second, int length)
    {
        var after = second + length;
        var last = tokens[second + length - 1];
        return length >= 3 && after < tokens.Length && PlacePrepositions.Contains(tokens[first].Text)
            && tokens[after] is { Kind: TokenKind.Word } next && char.IsLower(next.Text[0]) && !SmallWords.Contains(next.Text)
            && last.Kind == TokenKind.Word && !SmallWords.Contains(last.Text)
            && tokens[after].Span.Start == last.Span.End + 1;
    }

    private static int IndexOfWord(ReadOnlySpan<Token> tokens)
    {
        var k = 0;
        while (!tokens[k].IsWordLike)
        {
            k++;
        }

        return k;
    }

    private static bool HasCommaOrSemicolon(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is "," or ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"7 0 7 0": figures only, the quarters of a line score or a table's row, which repeat by nature.</summary>
    private static bool AllFigures(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllWordsAre(ReadOnlySpan<Token> tokens, string word)
    {
        foreach (var token in tokens)
        {
            if (token.IsWordLike && !token.IsIgnoreCase(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when an odd number of quotation marks come before <paramref name="first"/> in its paragraph. A phrase with
    /// an inner comma repeated in a quotation is the speaker's rhetoric ("Against Sweden, in Sweden, in a semi-final"),
    /// and a quotation is not the reporter's to edit.
    /// </summary>
    private static bool InsideQuotation(ReadOnlySpan<Token> tokens, int first)
    {
        var quotes = 0;
        foreach (var token in tokens.Slice(0, first))
        {
            quotes += token.Kind == TokenKind.Quote ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    /// <summary>
    /// "and more and more", "face to face to": the idiom "X and X" sits inside the doubled words, so nothing is repeated.
    /// "to the to the" still is: an article is never the X of such an idiom.
    /// </summary>
    private bool IsIdiomInside(Token first, Token second) =>
        (_links.Contains(first.Text) && !Articles.Contains(second.Text))
        || (_links.Contains(second.Text) && !Articles.Contains(first.Text));
}
