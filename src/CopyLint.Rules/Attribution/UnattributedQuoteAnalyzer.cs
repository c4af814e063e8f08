using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Quotes;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3003: direct speech with no speaker in reach.</summary>
public sealed partial class UnattributedQuoteAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly RuleOption MinimumWords = new("minimum_words", "Quotations shorter than this are phrases or scare quotes, not speech.", "5");

    private const double TitleCapitalisedShare = 0.6;

    private readonly CueFinder _cues = new(data);
    private readonly WordSet _titleCues = WordSet.From(data, "quote-title-cues");
    private readonly WordSet _nameKinds = WordSet.From(data, "quote-name-kinds");
    private readonly PhraseMatcher _glossCues = new(data.GetList("attribution-gloss-cues"));
    private readonly PhraseMatcher _chantCues = new(data.GetList("attribution-chant-cues"));
    private readonly SpeechActFrame _speechActs = new(data);
    private readonly SpeakerBeat _beats = new(data);
    private readonly BackReference _backReferences = new(data);
    private readonly SettingsMemo _settings = new();
    private readonly PullQuoteHeadline _pullQuotes = new(data);
    private readonly PerformedLine _performedLines = new(data);
    private readonly DataSourceCue _dataSources = new(data);
    private readonly FirstPersonCredit _firstPerson = new(data);
    private readonly ExampleWording _exampleWording = new(data);
    private readonly CreditLine _creditLines = new(data);
    private readonly AllegationClause _allegations = new(data);
    private readonly SpeakerLabel _labels = new(data);
    private readonly ClaimBox _claimBoxes = new(data);
    private readonly SplitQuoteTag _splitTags = new(data);
    private readonly TrailingCredit _trailingCredits = new(data);
    private readonly RoleHeadline _roleHeadlines = new(data);
    private readonly CitedHeadline _citedHeadlines = new(data);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => [AttributionOptions.Verbs, AttributionOptions.Reach, MinimumWords];

    public override void Analyze(AnalysisContext context)
    {
        var options = context.OptionsFor(Descriptor);
        var minimumWords = options.GetInt(MinimumWords.Name, 5);
        var map = SourceMap.For(context, _cues, _settings.For(options));
        var isInterview = InterviewAnswers.IsInterview(map);
        for (var p = 0; p < map.Paragraphs.Length; p++)
        {
            var paragraph = map.Paragraphs[p];
            if (paragraph.IsHeading || (isInterview && p > 0 && InterviewAnswers.AnswersQuestion(map, p)))
            {
                continue;
            }

            for (var q = 0; q < paragraph.Quotations.Length; q++)
            {
                var quotation = paragraph.Quotations[q];
                if ((quotation.Words >= minimumWords || IsSentenceParagraph(paragraph.Tokens, quotation)) && !IsTitle(paragraph.Tokens, quotation) && !IsGloss(paragraph.Tokens, paragraph.Quotations, q) && (quotation.IsClosed(paragraph.Tokens.Length) || ContinuesInto(map, p + 1))
                    && !IsHeadlineQuote(paragraph.Tokens, quotation) && !HasSpeaker(map, p, quotation, context.Document.Text)
                    && !IsVerse(paragraph.Tokens, quotation) && !IsChant(paragraph.Tokens, quotation) && !IsNamedSpeaker(paragraph.Tokens, quotation)
                    && !IsDashCredit(paragraph.Tokens, quotation) && !IsSpeechAct(paragraph, quotation) && !IsCreditedAllegation(paragraph, quotation)
                    && !_pullQuotes.Heads(map, p, quotation) && !_beats.Names(map, p, quotation, context.Document.Text)
                    && !_performedLines.Names(paragraph.Tokens, quotation) && !_performedLines.Introduces(map, p, quotation) && !_exampleWording.Names(paragraph.Tokens, paragraph.Quotations, quotation)
                    && !DialogueTurn.Continues(map, p, quotation) && !_creditLines.Credits(map, context.Document, p, quotation)
                    && !QuoteHeading.Recurs(map, p, quotation, context.Document.Text) && !_backReferences.Credits(map, p, quotation)
                    && !_labels.Credits(map, p, quotation) && !_claimBoxes.Credits(map, p, quotation, context.Document.Text)
                    && !_splitTags.Credits(paragraph.Tokens, paragraph.Quotations, q)
                    && !_trailingCredits.Credits(map, p, quotation) && !_roleHeadlines.Credits(paragraph.Tokens, p, quotation)
                    && !RenamedSpeaker.Credits(map, p, quotation, context.Document.Text) && !SpeakerSubject.Credits(map, p, quotation, context.Document.Text))
                {
                    var end = paragraph.Tokens[Math.Min(quotation.Close, paragraph.Tokens.Length - 1)].Span.End;
                    context.Report(Descriptor, TextSpan.FromBounds(paragraph.Tokens[quotation.Open].Span.Start, end), quotation.Words);
                }
            }
        }
    }

    /// <summary>
    /// "\"We are thrilled.\"" standing as its own paragraph: a whole sentence of speech, however short, not a scare quote
    /// or a phrase, which sit inside a sentence of the reporter's.
    /// </summary>
    private static bool IsSentenceParagraph(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        quotation.Words >= SentenceParagraphWords && quotation.StandsAlone(tokens) && tokens[quotation.Close - 1].Text is "." or "!" or "?";

    private const int SentenceParagraphWords = 3;

    /// <summary>
    /// A gloss: a quotation just after a gloss cue ("meaning \"…\""), a hedge between them allowed ("means something like
    /// \"…\""), or the next of a series of glosses ("means \"just the right amount\", \"not too much and not too little\",
    /// or \"enough\"").
    /// </summary>
    private bool IsGloss(ReadOnlySpan<Token> tokens, ReadOnlySpan<Quotation> quotations, int q)
    {
        var open = quotations[q].Open;
        var cueEnd = open;
        while (cueEnd > 0 && open - cueEnd < GlossHedgeWords && tokens[cueEnd - 1].Kind == TokenKind.Word && GlossHedges.Contains(tokens[cueEnd - 1].Text))
        {
            cueEnd--;
        }

        if (_glossCues.MatchEndingAt(tokens, cueEnd) > 0)
        {
            return true;
        }

        if (q == 0 || quotations[q - 1].Close >= open)
        {
            return false;
        }

        for (var k = quotations[q - 1].Close + 1; k < open; k++)
        {
            if (tokens[k].Text is not ("," or "or" or "and"))
            {
                return false;
            }
        }

        return IsGloss(tokens, quotations, q - 1);
    }

    private const int GlossHedgeWords = 2;

    private static readonly WordSet GlossHedges = new(["something", "like", "roughly", "literally", "simply", "approximately"]);

    /// <summary>
    /// Whether the source map finds the quotation a speaker. A hedge with no agent in the paragraph before ("The bank
    /// has reportedly spent $8bn.") names no one, so it does not make a quotation paragraph that follows its words;
    /// nor does data named outside the quotation's own sentence ("… according to data from Cirium."), which says nothing,
    /// nor an organisation or a report in the paragraph before for a quotation in the first person singular ("… according to the WFP." / "My children …").
    /// </summary>
    private bool HasSpeaker(SourceMap map, int p, Quotation quotation, string text)
    {
        if (map.SpeakerOf(p, quotation) is not { } speaker)
        {
            return false;
        }

        var paragraph = map.Paragraphs[p];
        var tokens = paragraph.Tokens;
        if (speaker is { Strength: CueStrength.Vague, Agent: null } && speaker.Span.End <= tokens[0].Span.Start && !RunsOnFromOpenQuotation(map, p, quotation))
        {
            return false;
        }

        // The quotation's own sentences, from the first's first token to the last's last.
        var start = tokens[paragraph.Sentences[paragraph.SentenceOf(quotation.Open)].Start.Value].Span.Start;
        var end = tokens[paragraph.Sentences[paragraph.SentenceOf(Math.Min(quotation.Close, tokens.Length - 1))].End.Value - 1].Span.End;
        return !((speaker.Span.End <= start || speaker.Span.Start >= end) && _dataSources.Names(speaker, text))
            && !(speaker.Span.End <= tokens[0].Span.Start && (_firstPerson.Rules(speaker, text, tokens, quotation) || PollShareSpeaker.Is(speaker, text)));
    }

    /// <summary>
    /// 'A source told the Mirror: "…' left open, then a paragraph opening '"…': the quotation runs on over the paragraph
    /// break, so it is still the words of whoever the open paragraph names, however vaguely.
    /// </summary>
    private static bool RunsOnFromOpenQuotation(SourceMap map, int p, Quotation quotation)
    {
        if (quotation.Open != 0 || p == 0 || map.Paragraphs[p - 1] is not { IsHeading: false } previous)
        {
            return false;
        }

        var quotations = previous.Quotations;
        return quotations.Length > 0 && !quotations[^1].IsClosed(previous.Tokens.Length);
    }

    /// <summary>"He thanked her for "…"": the quotation is the object of a verb of speech or judgement in its sentence.</summary>
    private bool IsSpeechAct(ParagraphSources paragraph, Quotation quotation) =>
        _speechActs.Frames(paragraph.Tokens, paragraph.Quoted, paragraph.Sentences[paragraph.SentenceOf(quotation.Open)].Start.Value, quotation.Open);

    /// <summary>"the allegation in the Shelf Life podcast – that she had copied "…"": the wording of an allegation whose maker its noun phrase names.</summary>
    private bool IsCreditedAllegation(ParagraphSources paragraph, Quotation quotation) =>
        _allegations.Credits(paragraph.Tokens, paragraph.Sentences[paragraph.SentenceOf(quotation.Open)].Start.Value, quotation.Open);

    /// <summary>An unclosed quotation is speech running on only when the next paragraph opens with a quotation mark; else it is a stray mark.</summary>
    private static bool ContinuesInto(SourceMap map, int next) =>
        next < map.Paragraphs.Length && map.Paragraphs[next].Tokens is [{ Kind: TokenKind.Quote }, ..];

    /// <summary>
    /// A headline of the form '"Quote": Speaker on topic', or '"Quote": how Speaker …', with no closing stop: the name
    /// after the colon is the speaker, however long the headline runs.
    /// </summary>
    private static bool IsHeadlineQuote(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        var name = quotation.Close + 2;
        if (name + 1 < tokens.Length && tokens[name] is { Kind: TokenKind.Word, IsCapitalized: false } && TopicOpeners.Contains(tokens[name].Text))
        {
            name++;
        }

        return name < tokens.Length
            && tokens[quotation.Close + 1].Text == ":"
            && tokens[name] is { Kind: TokenKind.Word, IsCapitalized: true }
            && tokens[^1].Text is not ("." or "!" or "?" or "…") && tokens[^1].Kind != TokenKind.Quote;
    }

    /// <summary>"'I had no money and one horse': how Harriet Okoye built a yard": words that open a feature headline's topic before its subject.</summary>
    private static readonly WordSet TopicOpeners = new(["how", "why", "what", "when", "where"]);

    /// <summary>"Nora, Nuala, Noel, / the two Brendans": lines of verse, broken by a spaced slash, are quoted from a poem or a song, not speech.</summary>
    private static bool IsVerse(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        for (var k = quotation.Open + 2; k < Math.Min(quotation.Close, tokens.Length) - 1; k++)
        {
            if (tokens[k].Text == "/" && tokens[k - 1].Span.End < tokens[k].Span.Start && tokens[k + 1].Span.Start > tokens[k].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A crowd's chant, whose singers the sentence names (rules/lists/attribution-chant-cues.txt): '"We want our club
    /// back," rang out', 'the fans are answering with "We are the Dons"'.
    /// </summary>
    private bool IsChant(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        _chantCues.MatchEndingAt(tokens, quotation.Open) > 0 || (quotation.Close + 1 < tokens.Length && _chantCues.Match(tokens, quotation.Close + 1) > 0);

    /// <summary>
    /// A speaker named in so many words: a possessive name just before the quotation ("Wilde's "trivial comedy for
    /// serious people"") or a transcript's speaker label opening the paragraph ("Jim Chalmers: It's a "…".").
    /// </summary>
    private static bool IsNamedSpeaker(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        if (quotation.Open > 0 && tokens[quotation.Open - 1] is { Kind: TokenKind.Word, IsCapitalized: true } before
            && before.Text.Length > 3 && (before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("’s", StringComparison.Ordinal))
            && !Contractions.Contains(before.Text.AsSpan(0, before.Text.Length - 2)))
        {
            return true;
        }

        var label = 0;
        while (label < tokens.Length && label < MaxLabelWords && tokens[label] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            label++;
        }

        // Two or more capitalised words ("Jim Chalmers:") or one in capitals ("CHALMERS:"): a name, not "Update:".
        return label < tokens.Length && label < quotation.Open && tokens[label].Text == ":"
            && (label >= 2 || (label == 1 && tokens[0].Text.Length > 1 && tokens[0].Text.All(char.IsUpper)));
    }

    private const int MaxLabelWords = 4;

    /// <summary>
    /// An epigraph or pull quote: a paragraph that is only the quotation and, after a dash, its credit ending the
    /// paragraph with a name in its first few words ('"…" — the broadcaster Ciarán Mac Mathúna, in 1976', '"…" — Seamus Heaney').
    /// In running copy a dash after a quotation opens an aside, not a credit, so the quotation must open the paragraph.
    /// </summary>
    private static bool IsDashCredit(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        if (!quotation.IsClosed(tokens.Length) || !quotation.OpensParagraph(tokens))
        {
            return false;
        }

        var dash = quotation.Close + 1;
        if (dash < tokens.Length && tokens[dash].Text is "," or ".")
        {
            dash++;
        }

        if (dash >= tokens.Length || tokens[dash].Kind != TokenKind.Dash || tokens.Length - dash > MaxCreditTokens)
        {
            return false;
        }

        var named = false;
        for (var k = dash + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote || (tokens[k].Text is "." or "!" or "?" && k < tokens.Length - 1))
            {
                return false; // another quotation or sentence: prose goes on after the dash
            }

            named |= k <= dash + MaxWordsBeforeName && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } && !AsideOpeners.Contains(tokens[k].Text);
        }

        return named;
    }

    /// <summary>'"…" — That was the message.': a capitalised pronoun or conjunction after the dash opens prose, not a credit.</summary>
    private static readonly WordSet AsideOpeners = new(["It", "That", "This", "There", "Here", "He", "She", "They", "We", "I", "And", "But", "So", "Or", "Then", "Now"]);

    private const int MaxCreditTokens = 16;
    private const int MaxWordsBeforeName = 3;

    /// <summary>"It's", "That's": a contraction before a quotation names no one.</summary>
    private static readonly WordSet Contractions = new(["It", "That", "There", "Here", "What", "Who", "Where", "He", "She", "Let", "This"]);

    /// <summary>A quoted title or term: mostly capitalised words, a title cue just before ("a report titled"), or a headline cited with its date.</summary>
    private bool IsTitle(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        if (quotation.Open > 0 && tokens[quotation.Open - 1] is { Kind: TokenKind.Word } before && _titleCues.Contains(before.Text))
        {
            return true;
        }

        if (IsNamedKind(tokens, quotation) || _citedHeadlines.Cites(tokens, quotation))
        {
            return true;
        }

        var capitalised = 0;
        for (var k = quotation.Open + 1; k < quotation.Close; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized)
            {
                capitalised++;
            }
        }

        return capitalised >= TitleCapitalisedShare * quotation.Words;
    }

    /// <summary>
    /// "won the "dog the judge would most like to take home" class": a quotation between an article and a noun of
    /// quote-name-kinds.txt modifies the noun, so it is the name of a class or award in lower case, not speech.
    /// </summary>
    private bool IsNamedKind(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        quotation.Open > 0 && quotation.Close + 1 < tokens.Length && tokens[quotation.Open - 1].Text is "the" or "a" or "an" or "its" or "their"
        && tokens[quotation.Close + 1] is { Kind: TokenKind.Word } kind && _nameKinds.Contains(kind.Text);
}
