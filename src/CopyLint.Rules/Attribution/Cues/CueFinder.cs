using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>
/// Finds attribution cues in a sentence: hedges (rules/lists/vague-attributions.txt), nominal sources
/// ("according to", "figures from"; attribution-nominal-sources.txt) and speech or reporting verbs in any tense
/// (attribution-verbs.txt) with their agent. A verb used as a noun or adjective ("an estimated 15,000",
/// "the report"), a capitalised verb inside a name ("United States") and an agentless passive ("is estimated")
/// are not firm sources; the passive is a hedge.
/// </summary>
internal sealed partial class CueFinder
{
    private const int MaxAgentWords = 6;

    [Flags]
    private enum CueRole
    {
        None = 0,
        Verb = 1,
        Hedge = 2,
        Nominal = 4,
    }

    /// <summary>What a word may start, and where the hedges and nominal sources it starts go on from (null for none).</summary>
    private readonly record struct Start(CueRole Role, PhraseMatcher.Node? Hedges, PhraseMatcher.Node? Nominal);

    private static readonly WordSet Determiners = new(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "no", "any", "every"]);
    private static readonly WordSet BeForms = new(["is", "are", "was", "were", "be", "been", "being", "it's"]);
    private static readonly WordSet ClauseBoundaries = new(["that", "which", "who", "and", "but", "while", "as", "when", "because", "if", "although", "after", "before", "since", "where"]);

    private readonly PhraseMatcher _hedges;
    private readonly PhraseMatcher _nominal;

    /// <summary>
    /// Every word that can start a cue: what it may start and the phrase tries' nodes after it, so most words cost one
    /// cheap look-up and a phrase's first word is looked up once. Built on first use, as the tries are: of the finders
    /// the rules hold, only the one that builds a document's source map reads cues.
    /// </summary>
    private readonly Lazy<WordTable<Start>> _starts;

    public CueFinder(RuleDataSet data)
    {
        Data = data;
        _hedges = new PhraseMatcher(data.GetList("vague-attributions"));
        _nominal = new PhraseMatcher(data.GetList("attribution-nominal-sources"));
        _starts = new(() => Starts(data));
        _passiveHedges = WordSet.From(data, "vague-passive-participles");
        _agentParticiples = WordSet.From(data, "attribution-agent-participles");
        _vagueAgents = WordSet.From(data, "vague-agents");
        _genericAgents = WordSet.From(data, "vague-generic-agents");
        _sayingNouns = WordSet.From(data, "attribution-saying-nouns");
        _dateWords = WordSet.From(data, "month-names");
        _toldBodies = WordSet.From(data, "attribution-told-bodies");
        _outletNameWords = WordSet.From(data, "outlet-name-words");
        _companyNouns = WordSet.From(data, "company-nouns");
        _agentBodies = WordSet.From(data, "attribution-passive-agent-bodies");
    }

    /// <summary>The rule data the cues come from.</summary>
    public RuleDataSet Data { get; }

    private readonly WordSet _passiveHedges;
    private readonly WordSet _agentParticiples;
    private readonly WordSet _dateWords;
    private readonly WordSet _vagueAgents;
    private readonly WordSet _genericAgents;
    private readonly WordSet _sayingNouns;
    private readonly WordSet _toldBodies;
    private readonly WordSet _outletNameWords;
    private readonly WordSet _companyNouns;
    private readonly WordSet _agentBodies;

    /// <summary>How far before a quotation its framing "that" may stand: "argument that evening buses carry "…"".</summary>
    private const int MaxFramedWords = 8;

    /// <summary>
    /// The strongest cue among <paramref name="tokens"/> (a sentence's content tokens), the first of the strongest
    /// (firm over vague), or null; tokens inside quotations (<paramref name="quoted"/>) are skipped: words a speaker
    /// says attribute nothing. The first firm cue ends the search, since no later one can beat it.
    /// </summary>
    public Cue? Strongest(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, AttributionSettings settings)
    {
        Cue? vague = null;
        var starts = _starts.Value;
        var extraVerbs = settings.ExtraVerbs.Count > 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || quoted[i])
            {
                continue;
            }

            starts.TryGetValue(tokens[i].Text, out var start);
            var role = start.Role;
            if (extraVerbs && settings.ExtraVerbs.Contains(tokens[i].Text))
            {
                role |= CueRole.Verb;
            }

            if (role == CueRole.None)
            {
                continue;
            }

            Cue? cue = null;
            var length = (role & CueRole.Hedge) != 0 && !IsNarrowedAgent(tokens, i) ? HedgeLength(start.Hedges, tokens, i) : 0;
            if (length > 0)
            {
                var text = Join(tokens, i, length);
                var strength = settings.AcceptedHedges.Contains(text) || NamesOutlet(tokens, i + length) || NamesPublisher(tokens, i + length) ? CueStrength.Firm : CueStrength.Vague;
                cue = new Cue(Span(tokens, i, length), text, strength, null) { IsGenericAgent = _genericAgents.Contains(tokens[i].Text) };
                i += length - 1;
            }
            else if ((length = (role & CueRole.Nominal) != 0 ? _nominal.MatchAfter(start.Nominal, tokens, i) : 0) > 0
                && !(IsAside(tokens, i, length) && !NamesSource(tokens, AgentAfter(tokens, quoted, i + length - 1))))
            {
                // "Industry insiders put the figure closer to £2,000": who puts the figure stands before the verb.
                var agent = PutVerbs.Contains(tokens[i].Text) ? AgentBefore(tokens, quoted, i) : AgentAfter(tokens, quoted, i + length - 1);
                var strength = StrengthOf(tokens, agent, settings);
                // A vague agent is the hedge a reader must be told about: "according to several sources", not "according to".
                var text = strength != CueStrength.Vague ? Join(tokens, i, length)
                    : agent.Start.Value < i ? Join(tokens, agent.Start.Value, i + length - agent.Start.Value) : Join(tokens, i, agent.End.Value - i);
                cue = new Cue(Span(tokens, i, length), text, strength, Span(tokens, agent));
                i += length - 1;
            }
            else if ((role & CueRole.Verb) != 0)
            {
                cue = VerbCue(tokens, quoted, i, settings);
            }

            if (cue is { Strength: CueStrength.Firm })
            {
                return cue;
            }

            vague ??= cue;
        }

        return vague;
    }

    /// <summary>
    /// "Japanese security experts say", "the analysts believe": a generic plural (vague-generic-agents.txt) that a word
    /// before it narrows or refers back is the speaker of a firm attribution, not a hedge. Only at the head of its clause
    /// ("Experts say", "…, but analysts believe") or after "some", "many" or "most" does it name nobody; a count of them
    /// ("More than 200 analysts expected") is a survey's panel.
    /// </summary>
    private bool IsNarrowedAgent(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && _genericAgents.Contains(tokens[i].Text)
        && (tokens[i - 1].Kind == TokenKind.Number || (tokens[i - 1].Kind == TokenKind.Word && !ClauseBoundaries.Contains(tokens[i - 1].Text) && !Quantifiers.Contains(tokens[i - 1].Text)));

    private static readonly WordSet PutVerbs = new(["put", "puts"]);

    private static readonly WordSet Quantifiers = new(["some", "many", "most", "several", "other"]);

    /// <summary>
    /// The tokens of the hedge starting at <paramref name="i"/>, or 0; one adverb may split its verb ("are still thought
    /// to", "is widely believed to"), and is part of the hedge.
    /// </summary>
    private int HedgeLength(PhraseMatcher.Node? first, ReadOnlySpan<Token> tokens, int i)
    {
        var length = _hedges.MatchAfter(first, tokens, i);
        if (length == 0 && first is not null && i + 2 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && HedgeAdverbs.Contains(tokens[i + 1].Text)
            && _hedges.MatchAfter(first, tokens, i + 1) is > 0 and var after)
        {
            length = after + 1;
        }

        return length;
    }

    /// <summary>
    /// "according to reports by Bloomberg", "… in the Financial Times": reports whose outlet the words after the hedge at
    /// <paramref name="k"/> name, by a name in capitals after "by" or "from", or one ending in a word of an outlet's name
    /// after "in" (rules/lists/outlet-name-words.txt; "reports in Germany" names a place, not who reported).
    /// </summary>
    private bool NamesOutlet(ReadOnlySpan<Token> tokens, int k)
    {
        if (k < 1 || !tokens[k - 1].IsIgnoreCase("reports") || k + 1 >= tokens.Length || tokens[k].Text is not ("by" or "from" or "in"))
        {
            return false;
        }

        var name = tokens[k + 1].IsIgnoreCase("the") ? k + 2 : k + 1;
        if (name >= tokens.Length || tokens[name] is not { Kind: TokenKind.Word, IsCapitalized: true })
        {
            return false;
        }

        if (tokens[k].Text is not "in")
        {
            return true;
        }

        var last = name;
        while (last + 1 < tokens.Length && tokens[last + 1] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            last++;
        }

        return _outletNameWords.Contains(tokens[last].Text);
    }

    /// <summary>
    /// "according to reports published by the major reinsurance brokers", "reports from the big banks": reports whose
    /// publishers the words after the hedge at <paramref name="k"/> describe, by "the" and a short lower-case phrase that
    /// holds a company noun in the plural (rules/lists/company-nouns.txt). "reports by local media" names no publisher.
    /// </summary>
    private bool NamesPublisher(ReadOnlySpan<Token> tokens, int k)
    {
        if (k < 1 || !tokens[k - 1].IsIgnoreCase("reports"))
        {
            return false;
        }

        var by = k < tokens.Length && PublishingVerbs.Contains(tokens[k].Text) ? k + 1 : k;
        if (by + 2 >= tokens.Length || tokens[by].Text is not ("by" or "from") || !tokens[by + 1].IsIgnoreCase("the"))
        {
            return false;
        }

        for (var word = by + 2; word < tokens.Length && word < by + 6 && tokens[word] is { Kind: TokenKind.Word, IsCapitalized: false }; word++)
        {
            var noun = tokens[word].Text;
            if (noun.Length > 3 && noun[^1] == 's' && _companyNouns.Contains(noun.AsSpan(0, noun.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PublishingVerbs = new(["published", "issued", "released"]);

    private static readonly WordSet HedgeAdverbs = new(["still", "also", "widely", "now", "generally", "largely", "commonly", "currently", "already", "not"]);

    /// <summary>
    /// A possessive speaker, a noun of saying and "that" a few words before a quotation in its clause ("The council's
    /// argument that evening buses carry "…"", "Smith's assertion that …"): the speaker says the quotation. Null when
    /// <paramref name="tokens"/> (the sentence up to the quotation's opening mark) end in no such clause.
    /// </summary>
    public Cue? Framing(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted)
    {
        for (var k = tokens.Length - 1; k >= 2 && k >= tokens.Length - MaxFramedWords && tokens[k].Kind == TokenKind.Word && !quoted[k]; k--)
        {
            if (tokens[k].IsIgnoreCase("that") && tokens[k - 1].Kind == TokenKind.Word && _sayingNouns.Contains(tokens[k - 1].Text)
                && PossessiveBefore(tokens, k - 1) is var speaker and >= 0)
            {
                return new Cue(Span(tokens, speaker, k - speaker), Join(tokens, speaker, k - speaker), CueStrength.Firm, tokens[speaker].Span);
            }
        }

        return null;
    }

    /// <summary>
    /// The possessive that owns the noun at <paramref name="noun"/>, just before it or before one lower-case word
    /// ("the council's own argument", "Smith's repeated claim"), or -1.
    /// </summary>
    private static int PossessiveBefore(ReadOnlySpan<Token> tokens, int noun)
    {
        var k = noun - 1;
        if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } between && !IsPossessive(between.Text) && k >= 1)
        {
            k--;
        }

        return tokens[k].Kind == TokenKind.Word && IsPossessive(tokens[k].Text) ? k : -1;
    }

    /// <summary>"have died of suspected heatstroke", "arrested on suspected fraud": a participle just after a preposition qualifies the noun after it.</summary>
    private static bool IsAdjectiveAfterPreposition(ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Text.EndsWith("ed", StringComparison.Ordinal) && tokens[i - 1].Kind == TokenKind.Word && QualifyingPrepositions.Contains(tokens[i - 1].Text)
        && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word;

    private static readonly WordSet QualifyingPrepositions = new(["of", "from", "with", "on", "over"]);

    private static bool IsPossessive(string word) =>
        word.Length > 1 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word[^1] is '\'' or '’');

    private Cue? VerbCue(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int i, AttributionSettings settings)
    {
        var word = tokens[i];
        // Sentence-initial "Reports indicate…", "the report" and "10,000 posts" are nouns; a capitalised verb
        // mid-sentence is part of a name ("United States").
        if (i == 0 || word.IsCapitalized || (tokens[i - 1].Kind == TokenKind.Number && !IsAge(tokens[i - 1].Text) && !IsAgeAfterPerson(tokens, i - 1) && !IsNumberedBranch(tokens, i - 1))
            || (tokens[i - 1].Kind == TokenKind.Word && Determiners.Contains(tokens[i - 1].Text)) || IsReducedPassive(tokens, i) || IsCountedNoun(tokens, i)
            || IsNounOrObject(tokens, i) || IsAdjectiveAfterPreposition(tokens, i) || IsSelfNaming(tokens, i)
            || IsPluralSubjectNoun(tokens, i))
        {
            return null;
        }

        var span = word.Span;
        if (_agentParticiples.Contains(word.Text))
        {
            return NamedAgentOfPassive(tokens, quoted, i) is { } body ? new Cue(span, word.Text, CueStrength.Firm, Span(tokens, body)) : null;
        }

        if (ToldBodyBeforeAside(tokens, i) is { } told)
        {
            return new Cue(span, word.Text, CueStrength.Firm, Span(tokens, told));
        }

        if (IsAgentlessPassive(tokens, i))
        {
            if (_passiveHedges.Contains(word.Text) && (LaterAgent(tokens, quoted, i + 2) ?? LaterBodyAgent(tokens, i + 2)) is { } named)
            {
                return new Cue(span, word.Text, CueStrength.Firm, Span(tokens, named));
            }

            return _passiveHedges.Contains(word.Text) && PassiveText(tokens, i) is var text ? new Cue(span, text, Strength(CueStrength.Vague, text, settings), null) { IsPassive = true } : null;
        }

        var agent = AgentBefore(tokens, quoted, i);
        agent = agent.End.Value > agent.Start.Value ? agent : AgentAfter(tokens, quoted, i);
        if (tokens[i - 1].IsIgnoreCase("reportedly"))
        {
            // "officials reportedly said": the speech itself is hearsay.
            var hedged = Join(tokens, i - 1, 2);
            return new Cue(Span(tokens, i - 1, 2), hedged, Strength(CueStrength.Vague, hedged, settings), Span(tokens, agent));
        }

        return new Cue(span, word.Text, StrengthOf(tokens, agent, settings), Span(tokens, agent));
    }

    /// <summary>
    /// "A group calling itself Rhysida reportedly listed the council": a verb of calling with a reflexive pronoun after it
    /// gives a name, not a source, so the hedge stays the sentence's only source.
    /// </summary>
    private static bool IsSelfNaming(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i].Text is "call" or "calls" or "calling" or "called"
        && tokens[i + 1].Text is "itself" or "themselves" or "himself" or "herself";

    /// <summary>
    /// "The meeting, presided over by the finance minister, was told that …": a body whose sitting is on the record
    /// (rules/lists/attribution-told-bodies.txt) told something, an aside between it and "was told". Without the aside
    /// the phrase is a nominal source ("the meeting was told").
    /// </summary>
    private Range? ToldBodyBeforeAside(ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Text != "told" || i < 3 || tokens[i - 1].Text is not ("was" or "were") || tokens[i - 2].Text != ",")
        {
            return null;
        }

        for (var k = i - 3; k > 0 && k >= i - 3 - MaxAsideWords; k--)
        {
            if (tokens[k].Text == ",")
            {
                return tokens[k - 1].Kind == TokenKind.Word && _toldBodies.Contains(tokens[k - 1].Text) ? (k - 1)..k : null;
            }
        }

        return null;
    }

    /// <summary>The longest aside between a body and "was told": "presided over by Finance Minister Muhammad Aurangzeb".</summary>
    private const int MaxAsideWords = 14;

    /// <summary>
    /// "roughly 131,000 vacant posts": a singular verb form after a count in thousands and one singular word is the counted
    /// noun, not a verb (a count's verb would be plural: "131,000 workers post"). A year is no count ("the 2020 report says").
    /// </summary>
    private static bool IsCountedNoun(ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && tokens[i].Text[^1] == 's' && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Text.Contains(',', StringComparison.Ordinal)
        && tokens[i - 1] is { Kind: TokenKind.Word, IsCapitalized: false } adjective && adjective.Text[^1] != 's';

    /// <summary>"the 58-year-old told Al Jazeera": an age standing for a person, who speaks, where "10,000 posts" is a count.</summary>
    private static bool IsAge(string number)
    {
        var old = number.EndsWith("olds", StringComparison.OrdinalIgnoreCase) ? number.Length - 4 : number.EndsWith("old", StringComparison.OrdinalIgnoreCase) ? number.Length - 3 : -1;
        return old > 1 && !char.IsLetterOrDigit(number[old - 1]);
    }

    /// <summary>
    /// "A man in his 80s said", "a woman aged 45 told NHK": an age after the person it describes, who speaks; "45 said"
    /// alone is a count.
    /// </summary>
    private static bool IsAgeAfterPerson(ReadOnlySpan<Token> tokens, int number) =>
        number >= 2 && (tokens[number - 1].IsIgnoreCase("aged")
            || (tokens[number - 2].IsIgnoreCase("in") && AgeOwners.Contains(tokens[number - 1].Text) && tokens[number].Text.EndsWith('s')));

    private static readonly WordSet AgeOwners = new(["his", "her", "their"]);

    /// <summary>
    /// "Machinists District 837 said", "Teamsters Local 100 told": the number of a union's or a body's branch closes its
    /// name, which speaks; "837 said" alone is a count.
    /// </summary>
    private static bool IsNumberedBranch(ReadOnlySpan<Token> tokens, int number) =>
        number >= 1 && tokens[number - 1] is { Kind: TokenKind.Word, IsCapitalized: true } designator && BranchDesignators.Contains(designator.Text);

    private static readonly WordSet BranchDesignators = new(["District", "Local", "Lodge", "Division", "Chapter", "Post", "Branch"]);

    private WordTable<Start> Starts(RuleDataSet data)
    {
        (IReadOnlyList<string> Phrases, CueRole Role)[] lists =
        [
            (data.GetList("attribution-verbs"), CueRole.Verb),
            (data.GetList("attribution-agent-participles"), CueRole.Verb),
            (data.GetList("vague-attributions"), CueRole.Hedge),
            (data.GetList("attribution-nominal-sources"), CueRole.Nominal),
        ];
        var roles = new Dictionary<string, CueRole>(lists.Sum(l => l.Phrases.Count), StringComparer.OrdinalIgnoreCase);
        foreach (var (phrases, role) in lists)
        {
            foreach (var phrase in phrases)
            {
                var word = FirstWord(phrase);
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }

        var starts = new KeyValuePair<string, Start>[roles.Count];
        var k = 0;
        foreach (var (word, role) in roles)
        {
            starts[k++] = KeyValuePair.Create(word, new Start(role, _hedges.Start(word), _nominal.Start(word)));
        }

        return new(starts, (a, _) => a);
    }

    /// <summary>What <c>phrase.Split(' ')[0]</c> gives, without a string for every word of the phrase.</summary>
    private static string FirstWord(string phrase) => phrase.IndexOf(' ') is >= 0 and var space ? phrase[..space] : phrase;

    private static CueStrength Strength(CueStrength strength, string text, AttributionSettings settings) =>
        strength == CueStrength.Vague && settings.AcceptedHedges.Contains(text) ? CueStrength.Firm : strength;

    /// <summary>
    /// "70,000 people expected at each concert": a participle after a counted noun and before a preposition is a
    /// passive with no agent, not the verb of the counted; "300 economists expected a cut" keeps its subject.
    /// </summary>
    private static bool IsReducedPassive(ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 1].Kind == TokenKind.Word && i + 1 < tokens.Length
        && tokens[i].Text.EndsWith("ed", StringComparison.Ordinal) && tokens[i + 1].Text is "at" or "in" or "on" or "for";

    /// <summary>
    /// A cue word that is no verb of its sentence: a noun after a superlative ("her biggest headline show to date"; a plural
    /// subject keeps the verb: "the latest figures show"), a plural noun after a modal that has its verb ("will cost northern
    /// states about $150 billion"), or the verb of what is compared with ("significantly below what Hyundai Rotem had first
    /// asked", "more than what analysts expected"), which sources the comparison, not the figure.
    /// </summary>
    private static bool IsNounOrObject(ReadOnlySpan<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        var plain = word[^1] is not ('s' or 'd');
        for (var k = i - 1; k >= 1 && k >= i - MaxAgentWords && tokens[k].Kind == TokenKind.Word && !ClauseBoundaries.Contains(tokens[k].Text); k--)
        {
            var text = tokens[k].Text;
            if (text == "what" && tokens[k - 1].Kind == TokenKind.Word && Compared.Contains(tokens[k - 1].Text))
            {
                return true;
            }

            // "her biggest headline show": a determiner, a superlative and at most one noun before a plain verb form.
            if (plain && k >= i - 2 && text.Length > 4 && text.EndsWith("est", StringComparison.Ordinal) && !tokens[k].IsCapitalized
                && tokens[k - 1].Kind == TokenKind.Word && Determiners.Contains(tokens[k - 1].Text)
                && (k == i - 1 || !(tokens[i - 1].Text.EndsWith('s') || PluralNouns.Contains(tokens[i - 1].Text))))
            {
                return true;
            }

            if (word[^1] == 's' && k <= i - 2 && Modals.Contains(text) && !Adverbs.Contains(tokens[k + 1].Text) && !tokens[k + 1].Text.EndsWith("ly", StringComparison.Ordinal))
            {
                return !OpensSubject(tokens[(k + 1)..i]);
            }
        }

        return false;
    }

    /// <summary>"will fund homes the agency estimates", "will open shelters it estimates": a determiner, pronoun or name opens the verb's own subject.</summary>
    private static bool OpensSubject(ReadOnlySpan<Token> between)
    {
        foreach (var token in between)
        {
            if (token.IsCapitalized || Determiners.Contains(token.Text) || Pronouns.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Pronouns = new(["it", "he", "she", "they", "we", "i", "you", "who", "which", "that"]);

    private static readonly WordSet Compared = new(["than", "below", "above", "under", "over", "beyond", "from"]);
    private static readonly WordSet PluralNouns = new(["data", "media", "police", "people", "staff", "public"]);
    private static readonly WordSet Modals = new(["will", "would", "could", "can", "may", "might", "should", "must"]);
    private static readonly WordSet Adverbs = new(["also", "not", "never", "still", "now", "then", "soon", "later", "again", "have", "be", "first"]);

    /// <summary>"is estimated", "are widely believed", with no "by" after the participle.</summary>
    private static bool IsAgentlessPassive(ReadOnlySpan<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 0 && tokens[k].Kind == TokenKind.Word && BeForms.Contains(tokens[k].Text)
            && !(i + 1 < tokens.Length && tokens[i + 1].IsIgnoreCase("by"));
    }

    /// <summary>
    /// "has been estimated at about $6 billion by the World Bank": the passive's agent named after its complement, a capitalised
    /// name after "by" (and "the") from <paramref name="first"/> on in the clause, not a date ("by March", "by Monday").
    /// </summary>
    private Range? LaterAgent(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int first)
    {
        for (var k = first; k < tokens.Length && k - first < AgentSearchWords; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || ClauseBoundaries.Contains(tokens[k].Text))
            {
                return null;
            }

            if (!tokens[k].IsIgnoreCase("by"))
            {
                continue;
            }

            var name = k + 1 < tokens.Length && tokens[k + 1].IsIgnoreCase("the") ? k + 2 : k + 1;
            var end = name;
            while (end < tokens.Length && tokens[end] is { Kind: TokenKind.Word, IsCapitalized: true } && !quoted[end] && !_dateWords.Contains(tokens[end].Text))
            {
                end++;
            }

            return end > name ? name..end : null;
        }

        return null;
    }

    /// <summary>
    /// "was estimated at K1.2 million by the university's management", "is estimated at $4.2 billion by the ministry": a
    /// body the story has named, referred back to by "the" and its noun (rules/lists/attribution-passive-agent-bodies.txt)
    /// after the complement. "by officials" or "by some" names no one.
    /// </summary>
    private Range? LaterBodyAgent(ReadOnlySpan<Token> tokens, int first)
    {
        var by = first;
        while (by < tokens.Length && by - first < AgentSearchWords && tokens[by].Kind is TokenKind.Word or TokenKind.Number
            && !ClauseBoundaries.Contains(tokens[by].Text) && !tokens[by].IsIgnoreCase("by"))
        {
            by++;
        }

        if (by + 2 >= tokens.Length || !tokens[by].IsIgnoreCase("by") || !tokens[by + 1].IsIgnoreCase("the"))
        {
            return null;
        }

        for (var k = by + 2; k < tokens.Length && k < by + 2 + MaxBodyWords && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }; k++)
        {
            var noun = tokens[k].Text;
            if (_agentBodies.Contains(IsPossessive(noun) ? noun.AsSpan(0, noun.Length - (noun[^1] == 's' ? 2 : 1)) : noun))
            {
                return (by + 1)..(k + 1);
            }
        }

        return null;
    }

    // "the university's management": how many lower-case words may stand between "by the" and the body's noun, it included.
    private const int MaxBodyWords = 2;

    // The complement and "by the" before the name: "estimated at about $6 billion by the World Bank".
    private const int AgentSearchWords = 7;

    /// <summary>
    /// "has been fined $150,000 by the Personal Data Protection Commission", "was fined by the Information Commissioner's
    /// Office": the named agent of a passive participle, right after it or after its complement, or null.
    /// </summary>
    private Range? NamedAgentOfPassive(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int participle)
    {
        var k = participle - 1;
        if (k >= 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        // "more than 1,500 stalls licensed by Kuala Lumpur City Hall": the passive cut to its participle straight after
        // the thing a number counts.
        var counted = k >= 1 && k == participle - 1 && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && tokens[k - 1].Kind == TokenKind.Number;
        if (k < 0 || tokens[k].Kind != TokenKind.Word || !(counted || BeForms.Contains(tokens[k].Text)))
        {
            return null;
        }

        var byFollows = participle + 1 < tokens.Length && tokens[participle + 1].IsIgnoreCase("by");
        if (counted && !byFollows)
        {
            return null;
        }

        return LaterAgent(tokens, quoted, byFollows ? participle + 1 : participle + 2);
    }

    private static string PassiveText(ReadOnlySpan<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && !BeForms.Contains(tokens[k].Text))
        {
            k--;
        }

        return Join(tokens, Math.Max(k, 0), i - Math.Max(k, 0) + 1);
    }

    /// <summary>
    /// Vague when the agent is "sources", "reports" and the like (unless the house accepts that form), but not when
    /// they cite a named body ("market sources citing American Petroleum Institute figures": the data is named).
    /// </summary>
    private CueStrength StrengthOf(ReadOnlySpan<Token> tokens, Range agent, AttributionSettings settings)
    {
        var (start, length) = agent.GetOffsetAndLength(tokens.Length);
        for (var k = start; k < start + length; k++)
        {
            if (_vagueAgents.Contains(tokens[k].Text) && !CitesNamedSource(tokens, k + 1) && !IsNamedBodysOwn(tokens, start, k) && !IsCountedAndDescribed(tokens, start, k))
            {
                return settings.AcceptedHedges.Count > 0 && settings.AcceptedHedges.Contains(Join(tokens, agent)!) ? CueStrength.Firm : CueStrength.Vague;
            }
        }

        return CueStrength.Firm;
    }

    /// <summary>
    /// "citing" or "quoting" right after a vague agent, then a name in capitals: "sources citing Kpler data"; or "and" and a
    /// named body beside it: "according to medical sources and the enclave's civil defence agency", "sources and Reuters".
    /// </summary>
    private static bool CitesNamedSource(ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && (tokens[k].Text is "citing" or "quoting" && char.IsUpper(tokens[k + 1].Text[0])
            || tokens[k].Text == "and" && tokens[k + 1].Kind == TokenKind.Word && (tokens[k + 1].Text == "the" || tokens[k + 1].IsCapitalized));

    /// <summary>
    /// "according to OPEC secondary sources", "IEA sources": a body's acronym before the vague agent, with only lower-case
    /// words between, makes them that body's sources, as "sources citing OPEC" does. A country's or a union's two letters
    /// ("US sources", "EU sources") and a nationality ("Western diplomatic sources") name no body and stay vague.
    /// </summary>
    private static bool IsNamedBodysOwn(ReadOnlySpan<Token> tokens, int start, int agent)
    {
        for (var k = agent - 1; k >= start && tokens[k].Kind == TokenKind.Word; k--)
        {
            var word = tokens[k].Text;
            if (word.Length >= MinBodyAcronym && !word.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
            {
                return true;
            }

            if (!char.IsAsciiLetterLower(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private const int MinBodyAcronym = 3;

    /// <summary>
    /// "according to two insurance sources", "three industry sources said": a count of two or more and the field the
    /// sources work in tell the reader how many stand behind the figure and where, as wire style gives market data.
    /// "according to sources", "two sources" and "one industry source" stay vague.
    /// </summary>
    private static bool IsCountedAndDescribed(ReadOnlySpan<Token> tokens, int start, int agent)
    {
        var k = agent - 1;
        while (k >= start && tokens[k].Kind == TokenKind.Word && char.IsAsciiLetterLower(tokens[k].Text[0]) && !SourceCounts.Contains(tokens[k].Text))
        {
            k--;
        }

        return k >= start && k < agent - 1 && (SourceCounts.Contains(tokens[k].Text) || (tokens[k].Kind == TokenKind.Number && tokens[k].Text is not ("0" or "1")));
    }

    private static readonly WordSet SourceCounts = new(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "Two", "Three", "Four", "Five"]);

    /// <summary>The words before a verb back to a clause boundary: "the ministry" in "the ministry said".</summary>
    private static Range AgentBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int verb)
    {
        var start = verb;
        while (start > 0 && verb - start < MaxAgentWords && tokens[start - 1].Kind is TokenKind.Word or TokenKind.Number
            && !quoted[start - 1] && !ClauseBoundaries.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        return new Range(start, verb);
    }

    /// <summary>"The figure, from …": a phrase with a comma in it opens an aside, which may say when ("from last year") rather than who.</summary>
    private static bool IsAside(ReadOnlySpan<Token> tokens, int start, int length) => length > 2 && tokens[start + length - 2].Text == ",";

    /// <summary>The agent names a source: one of its words is capitalised ("the department's Executive Office").</summary>
    private static bool NamesSource(ReadOnlySpan<Token> tokens, Range agent)
    {
        foreach (var token in tokens[agent])
        {
            if (char.IsUpper(token.Text[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words after a cue up to punctuation: "the UN" in "according to the UN,", "Mr Kim" in "said Mr Kim".</summary>
    private static Range AgentAfter(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int cueEnd)
    {
        var end = cueEnd + 1;
        while (end < tokens.Length && end - cueEnd <= MaxAgentWords && tokens[end].Kind is TokenKind.Word && !quoted[end]
            && !ClauseBoundaries.Contains(tokens[end].Text))
        {
            end++;
        }

        return new Range(cueEnd + 1, end);
    }

    private static string? Join(ReadOnlySpan<Token> tokens, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(tokens.Length);
        return length > 0 ? Join(tokens, start, length) : null;
    }

    private static TextSpan? Span(ReadOnlySpan<Token> tokens, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(tokens.Length);
        return length > 0 ? Span(tokens, start, length) : null;
    }

    private static TextSpan Span(ReadOnlySpan<Token> tokens, int start, int length) =>
        TextSpan.FromBounds(tokens[start].Span.Start, tokens[start + length - 1].Span.End);

    private static string Join(ReadOnlySpan<Token> tokens, int start, int length) => TokenText.Join(tokens.Slice(start, length));
}
