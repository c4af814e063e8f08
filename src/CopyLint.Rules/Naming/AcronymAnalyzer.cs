using System.Collections.Frozen;
using System.Collections.Immutable;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>CL2004: an acronym used before it is spelled out, or spelled out twice in different ways.</summary>
/// <remarks>Its sets are hash sets, not frozen sets, which allocate several times as much to build (see <see cref="NameLexicon"/>).</remarks>
public sealed partial class AcronymAnalyzer(NamingModelCache cache, RuleDataSet data) : Analyzer
{
    private readonly HashSet<string> _known = data.GetList("known-acronyms").Select(AcronymText.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "ACT" in New Zealand, "the RCMP" in Canada: known where the story is. Built when an acronym is first about to be
    /// reported, which most runs of one article never reach (the table is ~200 KB of a run's allocation).
    /// </summary>
    private readonly Lazy<LocalAcronyms> _local = new(() => new LocalAcronyms(data.GetList("known-acronyms-local")));

    /// <summary>"JUNE", "SEPT": a month in a dateline's capitals ("APIA, 3 JUNE -").</summary>
    private readonly WordSet _months = WordSet.From(data, "months");

    /// <summary>"francs", "dollars": after capitals, a currency's name ("CFA francs").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _currencies =
        new HashSet<string>(data.GetList("figure-currency-words"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"chief economist": a company's title after its name ("AMP chief economist Shane Oliphant").</summary>
    private readonly IReadOnlyList<string> _companyTitles = data.GetList("acronym-company-titles");

    /// <summary>"affiliated", "backed", "led": after an acronym and a hyphen, a body's tie ("the MARA-affiliated centre").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _compoundParticiples =
        new HashSet<string>(data.GetList("acronym-compound-participles"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Cup", "League": the noun closing a competition's sponsored title ("the ISSA/Digicel Manning Cup").</summary>
    private readonly WordSet _competitionNouns = WordSet.From(data, "acronym-competition-nouns");
    private readonly WordSet _lawNouns = WordSet.From(data, "acronym-law-nouns");

    /// <summary>"Photo", "Picture": the label of a picture credit, "(Photo: RNLI/PA)".</summary>
    private readonly HashSet<string> _photoNouns = data.GetList("photo-nouns").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Gaming", "Esports": after an acronym, the end of a team's name ("FAV gaming", "NRG Esports").</summary>
    private readonly WordSet _teamWords = WordSet.From(data, "acronym-team-words");

    /// <summary>"meteorologist", "crews": after a US call sign, the station's own people ("WGN meteorologist Paul Merzlock").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stationNouns =
        new HashSet<string>(data.GetList("acronym-station-nouns"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"performers", "line-up": a sentence that lists acts by their stage names.</summary>
    private readonly IReadOnlyList<string> _performerNouns = data.GetList("acronym-performer-nouns");

    /// <summary>"USD", "EUR": the codes a token's or a currency pair's name is made of ("USDT", "EURUSD").</summary>
    private readonly IReadOnlyList<string> _currencyCodes = data.GetList("acronym-currency-codes");

    /// <summary>"fell", "rose": a price move, after which capitals and a percentage name a listed company ("KDDI fell 1.1%").</summary>
    private readonly HashSet<string> _priceMoves = data.GetList("figure-record-moves").ToHashSet(StringComparer.Ordinal);

    /// <summary>"MW", "GB": unit symbols, which after a figure are units ("a record 8,647 MW").</summary>
    private readonly HashSet<string> _unitSymbols = data.GetList("acronym-unit-symbols").ToHashSet(StringComparer.Ordinal);

    /// <summary>"WR", "PB": a record mark after a time or a distance in a results line ("6.27m WR").</summary>
    private readonly HashSet<string> _recordMarks = data.GetList("acronym-record-marks").ToHashSet(StringComparer.Ordinal);

    /// <summary>"rated", "affirmed": a word of credit rating, in whose sentence "BBB+" is a grade.</summary>
    private readonly WordSet _ratingWords = WordSet.From(data, "acronym-rating-words");

    /// <summary>"stimulant", "booster": a substance's kind before its letters ("the blood-booster EPO").</summary>
    private readonly HashSet<string> _substanceNouns = data.GetList("acronym-substance-nouns").ToHashSet(StringComparer.Ordinal);

    /// <summary>"MD", "MPH": a person's letters after the name ("Erica Mayer, MD, MPH, of Dana-Farber").</summary>
    private readonly HashSet<string> _credentials = data.GetList("acronym-credentials").ToHashSet(StringComparer.Ordinal);

    /// <summary>"SJ", "OSB": a religious order's letters after a name ("Fr Nicholas King SJ").</summary>
    private readonly HashSet<string> _postNominals = data.GetList("acronym-post-nominals").ToHashSet(StringComparer.Ordinal);

    /// <summary>"IN", "NJ": a US state after a town ("Bloomington, IN,").</summary>
    private readonly HashSet<string> _stateCodes = data.GetList("us-state-codes").ToHashSet(StringComparer.Ordinal);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options { get; } =
        [new("known_acronyms", "More acronyms that need no spelling out, added to rules/lists/known-acronyms.txt.", "")];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var mentions = model.Mentions;

        // Most articles define no acronym and use only known ones: each collection is made on first need.
        IReadOnlySet<string>? extra = null;
        Dictionary<string, Mention>? definitions = null;
        RunInitials? initials = null;
        HashSet<string>? reported = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.DefinedAcronym is { } defined)
            {
                Define(context, model, definitions ??= new(StringComparer.Ordinal), AcronymText.Key(defined), mention, mentions[i + 1]);
            }

            if (!mention.IsAcronym || mention.IsAcronymDefinition || mention.InHeading || IsInStandfirst(model.Document, mention) || IsInHeadline(model.Document, mention))
            {
                continue;
            }

            // "JD(U)", "NS&I": one acronym, which the mention stops short of; "WFPO" in "IS&WFPO" and "RL" in "RFE/RL" are
            // its tail, judged with its head.
            if (IsAmpersandTail(model.Document.Text, mention) || IsSlashTail(model.Document.Text, mention) || IsSlashNameTail(model.Document.Text, mention) || IsStylisedSlashName(model.Document.Text, mention))
            {
                continue;
            }

            var suffixed = SuffixedForm(model.Document.Text, mention);
            var key = suffixed ?? AcronymText.Key(mention.First.Text);
            if (suffixed is null ? IsInBrackets(model.Document.Text, mention) : IsInBrackets(model.Document.Text, mention.Span.Start, suffixed.Length))
            {
                (initials ??= new(model)).Add(key);
                continue;
            }

            // "Boeing 737 MAX jets" … "returned the MAX to service": the model's name, then the model.
            if (IsModelDesignation(model, mention.Span.Start))
            {
                (reported ??= new(StringComparer.Ordinal)).Add(key);
                continue;
            }

            // "Bolgatanga, Nov 25, GNA - …" … "GNA" signing off: the agency credited in its dateline names itself throughout,
            // as does one credited in a sign-off ("… on Saturday. — VNS").
            if (IsDatelineAgency(model.Document, mention) || IsSignOffCredit(model.Document, mention))
            {
                (initials ??= new(model)).Add(key);
                continue;
            }

            if (IsAbbreviatedDatelinePlace(model.Document, mention) || IsCodeOrTemplate(model.Document.Text, mention))
            {
                continue;
            }

            if (IsDatelineOrDesignation(model.Document, mention) || IsDatelineMonth(model.Document, mention) || IsStationCallSign(model.Document.Text, mention) || IsInWebDomain(model.Document.Text, mention) || IsShout(model.Document.Text, mention) || IsLedeCapitals(model.Document, mention) || IsLedeCapitalWord(model, mention) || IsCapitalLabel(model.Document.Text, mention) || IsTimeZone(model.Document.Text, mention) || IsRegionAfterPlace(model.Document.Text, mention) || IsResultsCode(model.Document.Text, mention) || _known.Contains(key) || (extra ??= ExtraKnown(context)).Contains(key)
                || definitions?.ContainsKey(key) == true || (initials ??= new(model)).ContainsUpTo(i, key) || IsDisplayBeforeUse(model.Document, mention, suffixed ?? mention.First.Text)
                || mention.InQuote || !(reported ??= new(StringComparer.Ordinal)).Add(key))
            {
                continue;
            }

            // "KILKEE, Ireland" when the story also says "Kilkee": a name in capitals, not an acronym.
            if (IsNameInCapitals(mentions, mention.First.Text))
            {
                continue;
            }

            // "KCNA (Korean Central News Agency)": spelled out in brackets straight after.
            if ((i + 1 < mentions.Length && IsExpansionAfter(model, mention, mentions[i + 1], key)) || IsLowerCaseExpansionAfter(model, mention, key))
            {
                continue;
            }

            if (IsStatUnit(model.Document.Text, mention) || IsCurrencyName(model.Document.Text, mention) || AcronymUsage.IsPassingName(model, mention, key, _companyTitles) || AcronymUsage.IsGlossed(model.Document.Text, mention) || AcronymUsage.IsDescribedToSentenceEnd(model, mention)
                || AcronymUsage.IsTicker(model.Document.Text, mention) || AcronymUsage.IsPriceMover(model, mention, _priceMoves) || AcronymUsage.IsOwnedTokenMover(model, mention, _priceMoves) || AcronymUsage.IsDescribedCompany(model, mention)
                || AcronymUsage.IsSpelledOutBefore(model, mention, key) || AcronymUsage.IsUnitAfterDecimal(model.Document.Text, mention)
                || AcronymUsage.IsUnitAfterPercent(model.Document.Text, mention) || AcronymUsage.IsUnitAfterNumber(model.Document.Text, mention, _unitSymbols) || AcronymUsage.IsRecordMark(model.Document.Text, mention, _recordMarks) || AcronymUsage.IsRatingGrade(model, mention, _ratingWords) || AcronymUsage.IsScoreLabel(model.Document.Text, mention)
                || AcronymUsage.IsDescribedSubstance(model.Document.Text, mention, _substanceNouns) || AcronymUsage.IsSubstanceInList(model.Document.Text, mention, _substanceNouns) || AcronymUsage.IsPricedModel(model.Document.Text, mention) || AcronymUsage.IsCurrencySignLetters(model.Document.Text, mention) || AcronymUsage.IsHalfOfPairBefore(model.Document.Text, mention, key)
                || AcronymUsage.IsBylineOutlet(model.Document.Text, mention) || IsOutletInStandfirst(model.Document, mention) || IsToldPaper(model.Document, mention) || IsMastheadInitials(model.Document.Text, key) || AcronymUsage.IsChartTitle(model.Document.Text, mention) || AcronymUsage.IsFollowedByKind(model, mention) || AcronymUsage.IsCalledName(model, mention) || AcronymUsage.IsSpelledOutLaterInSentence(model, mention, key) || AcronymUsage.IsDescribedNationalBody(model, mention) || AcronymUsage.IsDescribedBodyInApposition(model, mention) || AcronymUsage.IsPlacedBodyInApposition(model, mention) || AcronymUsage.IsNamedBodyInApposition(model, mention) || AcronymUsage.IsOtherNameInBrackets(model.Document.Text, mention)
                || AcronymUsage.IsPostNominal(model.Document.Text, mention, i > 0 ? mentions[i - 1] : null) || AcronymUsage.IsCredentialAfterName(model.Document.Text, mentions, i, _credentials)
                || AcronymUsage.IsPostNominalAfterName(model.Document.Text, mention, _postNominals)
                || AcronymUsage.IsStateCodeAfterPlace(model.Document.Text, mention, _stateCodes) || AcronymUsage.IsNamedTicker(model.Document.Text, mention) || AcronymUsage.IsTargetPair(model.Document.Text, mention) || AcronymUsage.IsAskedAfter(model, mention, key)
                || AcronymUsage.IsInPhotoCredit(model.Document.Text, mention, _photoNouns) || IsCurrencyNamedBefore(model, mention, key) || AcronymUsage.IsSponsoredTitle(model.Document.Text, mention, _competitionNouns) || AcronymUsage.IsLawTitleHead(model.Document.Text, mention, _lawNouns) || IsAbbreviatedRunBefore(model, i, key) || IsUniversityInitials(model, i, key) || IsStatsLineTeamCode(model.Document.Text, mention, key)
                || IsKnownHere(model, i, key) || IsOwnName(model, mention, key) || IsLowerCaseNameBeforeOr(model.Document.Text, mention, key)
                || IsBracketGlossAfter(model.Document.Text, mention) || IsWordInCapitals(model, mention, key) || IsLetterSignature(model.Document.Text, mention)
                || IsNamedAgainUnexplained(model, i, key) || IsModelTrim(model.Document.Text, key)
                || IsSpelledOutInEarlierEntry(model, mention))
            {
                continue;
            }

            context.Report(Descriptor, new Text.TextSpan(mention.Span.Start, suffixed?.Length ?? mention.Span.Length), suffixed ?? mention.First.Text, "is not spelled out before its first use");
        }

        ReportInCompounds(context, model, definitions, ref initials, ref reported);
        ReportInBranches(context, model, definitions, ref initials, ref reported);
    }

    /// <summary>
    /// A name of its own or glossed straight after: an act or broadcaster before its work's title, an act in a list of
    /// performers, a person's initials, a token named for its currency, "the CTC method, short for crush, tear and curl",
    /// a trial's name after its phase.
    /// </summary>
    private bool IsOwnName(NamingModel model, Mention mention, string key) =>
        AcronymUsage.IsPersonInitials(model.Document.Text, mention) || AcronymUsage.IsWithheldNameInitials(model.Document.Text, mention) || AcronymUsage.IsCurrencyToken(model.Document.Text, key, _currencyCodes) || AcronymUsage.IsOwnerOfTitle(model.Document.Text, mention)
        || AcronymUsage.IsExplainedAfter(model, mention, key) || AcronymUsage.IsActInList(model, mention, _performerNouns)
        || AcronymUsage.IsActPerformingTitle(model, mention) || AcronymUsage.IsTrialName(model.Document.Text, mention)
        || IsTeamNameHead(model.Document.Text, mention) || IsStylisedNameTail(model.Document.Text, mention);

    /// <summary>"the Japanese team FAV gaming", "NRG Esports": the acronym opens a team's name (rules/lists/acronym-team-words.txt).</summary>
    private bool IsTeamNameHead(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        if (!after.StartsWith(' '))
        {
            return false;
        }

        var word = after[1..];
        var end = word.IndexOfAnyExceptInRange('A', 'z');
        return _teamWords.Contains(end < 0 ? word : word[..end]);
    }

    /// <summary>
    /// "fischerChipmunk FRH": capitals after a word in lower camel case (a sponsor's prefix joined to a name) end that
    /// stylised name, as a horse's studbook suffix does.
    /// </summary>
    private static bool IsStylisedNameTail(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (!before.EndsWith(" "))
        {
            return false;
        }

        var word = before[(before[..^1].LastIndexOfAny(' ', '\n') + 1)..^1];
        return word.Length > 3 && char.IsLower(word[0]) && word[1..].IndexOfAnyInRange('A', 'Z') >= 0 && !word.ContainsAnyExcept(LetterChars);
    }

    private static readonly System.Buffers.SearchValues<char> LetterChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The acronyms the option adds; most configurations add none, which needs no set built.</summary>
    private static IReadOnlySet<string> ExtraKnown(AnalysisContext context) =>
        context.OptionsFor(Descriptor).GetList("known_acronyms") is { Count: > 0 } list
            ? list.Select(AcronymText.Key).ToHashSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;

    /// <summary>Some word of a mention that is not an acronym is <paramref name="capitals"/> in lower case ("Kilkee" for KILKEE).</summary>
    private static bool IsNameInCapitals(ImmutableArray<Mention> mentions, string capitals)
    {
        foreach (var mention in mentions)
        {
            if (mention.IsAcronym)
            {
                continue;
            }

            foreach (var word in mention.Words)
            {
                if (IsUpperInvariantOf(word.Text, capitals))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>word.ToUpperInvariant() == capitals</c> without the string: invariant upper-casing maps each character alone.</summary>
    private static bool IsUpperInvariantOf(string word, string capitals)
    {
        if (word.Length != capitals.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToUpperInvariant(word[k]) != capitals[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The acronyms in brackets and the initials of each run of names (mentions that continue one another, two words or
    /// more) up to a mention. The runs are read only when an unknown acronym asks, from where the last question stopped:
    /// most articles never ask.
    /// </summary>
    private sealed class RunInitials(NamingModel model)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        /// <summary>The mentions before this index have had their runs read.</summary>
        private int _read;

        /// <summary>The run of names ending at the last mention read starts at mentions[_runStart] and has _runWords words.</summary>
        private int _runStart;
        private int _runWords;

        public void Add(string key) => _seen.Add(key);

        /// <summary>True when <paramref name="key"/> is the initials of a run ending at or before mentions[<paramref name="last"/>], or was added.</summary>
        public bool ContainsUpTo(int last, string key)
        {
            var mentions = model.Mentions;
            for (; _read <= last; _read++)
            {
                if (ContinuesRun(model, mentions, _read))
                {
                    _runWords += mentions[_read].Words.Length;
                }
                else
                {
                    _runStart = _read;
                    _runWords = mentions[_read].Words.Length;
                }

                if (_runWords > 1)
                {
                    AddInitials(mentions, _runStart, _read);
                }
            }

            return _seen.Contains(key) || IsAmpersandInitials(key);
        }

        /// <summary>"Pacific Gas and Electric" … "PG&amp;E": the ampersand stands for the "and" that gives no initial.</summary>
        private bool IsAmpersandInitials(string key) =>
            key.Contains('&') && _seen.Contains(key.Replace("&", "", StringComparison.Ordinal));

        /// <summary>Adds the two initials of the words of mentions <paramref name="from"/>..<paramref name="to"/>.</summary>
        /// <remarks>
        /// Both are written into buffers, and a string is made only for initials not seen before, once when the two
        /// agree (as they do unless a word is in capitals).
        /// </remarks>
        private void AddInitials(ImmutableArray<Mention> mentions, int from, int to)
        {
            Span<char> plain = stackalloc char[32];
            Span<char> capital = stackalloc char[32];
            int plainCount = 0, capitalCount = 0;
            for (var m = from; m <= to; m++)
            {
                foreach (var word in mentions[m].Words)
                {
                    AcronymText.AppendInitials(ref plain, ref plainCount, word.Text);
                    AcronymText.AppendCapitalInitials(ref capital, ref capitalCount, word.Text);
                }
            }

            var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
            seen.Add(plain[..plainCount]);
            seen.Add(capital[..capitalCount]);
        }
    }

    /// <summary>
    /// "Royal College of Nursing" is found as "Royal College" and "Nursing" (a person-of-place split), "National Oceanic
    /// and Atmospheric Administration" as two names: the mention continues the run of the one before when only
    /// connectors or "and" separate them, a single space on either side of each.
    /// </summary>
    private static bool ContinuesRun(NamingModel model, ImmutableArray<Mention> mentions, int i)
    {
        if (i == 0 || mentions[i - 1].SentenceIndex != mentions[i].SentenceIndex || mentions[i - 1].Last.Span.End > mentions[i].Words[0].Span.Start)
        {
            return false;
        }

        var between = model.Document.Text.AsSpan(mentions[i - 1].Last.Span.End, mentions[i].Words[0].Span.Start - mentions[i - 1].Last.Span.End);
        // "the El Niño–Southern Oscillation": a dash with no space joins two names into one.
        if (IsPluralPossessiveInName(mentions[i - 1], between) || between is "–" or "-")
        {
            return true;
        }

        var words = 0;
        var letters = 0;
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!(word is "and" or "&" || model.Lexicon.IsConnector(word)))
            {
                return false;
            }

            words++;
            letters += word.Length;
        }

        return words > 0 && between.Length == letters + words + 1;
    }

    /// <summary>
    /// "The Southeastern Pennsylvania Transportation Authority" … "SEPTA": an acronym of four letters or more that takes
    /// the initial of each word of an earlier run of names, and maybe later letters of a word (a connector gives one or none).
    /// Asked only of an acronym about to be reported.
    /// </summary>
    private static bool IsAbbreviatedRunBefore(NamingModel model, int last, string key)
    {
        if (key.Length < 4)
        {
            return false;
        }

        var mentions = model.Mentions;
        List<string>? words = null;
        for (var i = 0; i < last; i++)
        {
            if (!ContinuesRun(model, mentions, i))
            {
                words?.Clear();
            }

            // A run is read only from a mention with a word that opens with the acronym's first letter.
            if (words is not { Count: > 0 } && !HasInitial(mentions[i], key[0]))
            {
                continue;
            }

            words ??= [];
            foreach (var word in mentions[i].Words)
            {
                words.Add(word.Text);
            }

            for (var start = 0; start < words.Count - 1; start++)
            {
                if (TakesLetters(model, words, start, key, 0, 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Florida State" … "FSU coach Link Jarrett", "Brigham Young" … "BYU": a university named by its short name, then by
    /// that name's initials and a U for the university. A name that goes on in capitals ("the National Boss' Union") is
    /// not the short name. Asked only of an acronym about to be reported.
    /// </summary>
    private static bool IsUniversityInitials(NamingModel model, int index, string key)
    {
        if (key.Length < 3 || key[^1] != 'U')
        {
            return false;
        }

        var text = model.Document.Text;
        for (var i = 0; i < index; i++)
        {
            var mention = model.Mentions[i];
            if (!mention.IsAcronym && mention.Words.Length == key.Length - 1 && SpellsInitials(mention, key) && !NameGoesOn(text, mention.Last.Span.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mention's words open with the acronym's letters, one each, its last letter aside.</summary>
    private static bool SpellsInitials(Mention mention, string key)
    {
        for (var w = 0; w < mention.Words.Length; w++)
        {
            if (mention.Words[w].Text[0] != key[w])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word follows the name, past an apostrophe: "Boss' Union".</summary>
    private static bool NameGoesOn(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] is '\'' or '’' or ' ')
        {
            at++;
        }

        return at > end && at < text.Length && char.IsUpper(text[at]);
    }

    private static bool HasInitial(Mention mention, char initial)
    {
        foreach (var word in mention.Words)
        {
            if (char.ToUpperInvariant(word.Text[0]) == initial)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// key[k..] is spelled by words[w..], each but a connector giving its initial and perhaps later letters of its own
    /// ("SouthEastern"), a connector one letter or none; two words or more in all.
    /// </summary>
    private static bool TakesLetters(NamingModel model, List<string> words, int w, string key, int k, int used)
    {
        if (k == key.Length)
        {
            return used >= 2;
        }

        if (w == words.Count)
        {
            return false;
        }

        var word = words[w];
        if (used > 0 && (word is "and" || model.Lexicon.IsConnector(word)))
        {
            return TakesLetters(model, words, w + 1, key, k, used) || (char.ToUpperInvariant(word[0]) == key[k] && TakesLetters(model, words, w + 1, key, k + 1, used));
        }

        return char.ToUpperInvariant(word[0]) == key[k] && TakesLaterLetters(model, words, w, 1, key, k + 1, used + 1);
    }

    /// <summary>The rest of the key from later letters of words[w] (from <paramref name="from"/>), then from the next words.</summary>
    private static bool TakesLaterLetters(NamingModel model, List<string> words, int w, int from, string key, int k, int used)
    {
        if (TakesLetters(model, words, w + 1, key, k, used))
        {
            return true;
        }

        var word = words[w];
        for (var j = from; j < word.Length && k < key.Length; j++)
        {
            if (char.ToUpperInvariant(word[j]) == key[k] && TakesLaterLetters(model, words, w, j + 1, key, k + 1, used))
            {
                return true;
            }
        }

        return false;
    }

    private static void Define(AnalysisContext context, NamingModel model, Dictionary<string, Mention> definitions, string key, Mention expansion, Mention acronym)
    {
        if (!definitions.TryGetValue(key, out var earlier))
        {
            definitions[key] = expansion;
        }
        else if (NameText.Key(earlier.Form) != NameText.Key(expansion.Form))
        {
            context.Report(Descriptor, acronym.Span, acronym.Form, $"stands for '{expansion.Form}' here but for '{earlier.Form}' on line {model.LineOf(earlier)}");
        }
    }

    /// <summary>"liquefied natural gas (LNG)": an acronym alone in brackets is being defined, whatever precedes it.</summary>
    /// <summary>"(KTN)", or a slash-joined name whole in them: "PRAGUE (RFE/RL) --".</summary>
    private static bool IsInBrackets(string text, Mention mention) =>
        IsInBrackets(text, mention.Span.Start, mention.Span.Length + SlashTailLength(text, mention.Span.End));

    /// <summary>"/RL" after "RFE": a slash and one to four capitals that end the name; else 0.</summary>
    private static int SlashTailLength(string text, int end)
    {
        if (end >= text.Length || text[end] != '/')
        {
            return 0;
        }

        var capitals = text.AsSpan(end + 1).IndexOfAnyExceptInRange('A', 'Z');
        return capitals is >= 1 and <= 4 ? capitals + 1 : 0;
    }

    private static bool IsInBrackets(string text, int start, int length) =>
        start > 0 && text[start - 1] == '(' && start + length < text.Length && text[start + length] == ')';

    private static bool IsExpansionAfter(NamingModel model, Mention acronym, Mention next, string key)
    {
        var text = model.Document.Text;
        var between = text.AsSpan(acronym.Span.End, Math.Max(0, next.Words[0].Span.Start - acronym.Span.End)).Trim();
        return (between is "(" && AcronymText.Initials(next.Words) == key)
            || (text.AsSpan(acronym.Span.End).StartsWith(" (") && BracketInitials(text.AsSpan(acronym.Span.End + 2)).SequenceEqual(key));
    }

    /// <summary>"TEU (twenty-foot equivalent units)": a lower-case expansion in brackets straight after, which holds no name.</summary>
    private static bool IsLowerCaseExpansionAfter(NamingModel model, Mention acronym, string key)
    {
        var text = model.Document.Text;
        return text.AsSpan(acronym.Span.End).StartsWith(" (") && AcronymUsage.IsLowerCaseExpansion(model, text.AsSpan(acronym.Span.End + 2), key);
    }

    /// <summary>
    /// "NSNO (Not Sure, Not Obvious)": the initials of the capitalised words up to the closing bracket, across commas,
    /// which split the expansion into several names; empty when the bracket does not close on the line.
    /// </summary>
    private static ReadOnlySpan<char> BracketInitials(ReadOnlySpan<char> rest)
    {
        var close = rest[..Math.Min(rest.Length, 100)].IndexOfAny(')', '\n');
        if (close < 0 || rest[close] != ')')
        {
            return [];
        }

        var initials = new char[close];
        var count = 0;
        var inside = rest[..close];
        foreach (var range in inside.SplitAny(' ', ','))
        {
            var word = inside[range];
            if (!word.IsEmpty && char.IsUpper(word[0]))
            {
                initials[count++] = word[0];
            }
        }

        return initials.AsSpan(0, count);
    }

    /// <summary>
    /// "the news of the People's Liberation Army" gives PLA: the possessive of a plural noun is part of the name
    /// ("Women's Tennis Association", "National Farmers' Union"); a place's is not ("North Korea's Central News Agency"
    /// does not give KCNA).
    /// </summary>
    private static bool IsPluralPossessiveInName(Mention previous, ReadOnlySpan<char> between) =>
        between switch
        {
            "'s " or "’s " => previous.Last.Text is "People" or "Women" or "Men" or "Children",
            "' " or "’ " => previous.Last.Text is [.., not 's', 's'],
            _ => false,
        };
}
