using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Capitals that are a name of their own, with nothing to spell out, or that the copy explains straight after: an act or
/// a broadcaster before its work's title, an act in a list of performers, a person's initials, a token named for its
/// currency, and a gloss after the acronym ("short for …", ", or …,").
/// </summary>
internal static partial class AcronymUsage
{
    /// <summary>
    /// "SZA's "Low Tide"", "JTBC's "Moonlit Pharmacy"": the bare possessive before a quoted title names the act or the
    /// broadcaster whose work it is. A body takes an article ("the PLA's "Strait Thunder" drills") and is still asked.
    /// </summary>
    public static bool IsOwnerOfTitle(string text, Mention mention)
    {
        if (mention.Possessive.Length == 0 || mention.PreviousWord is "the" or "The")
        {
            return false;
        }

        var rest = text.AsSpan(mention.Span.End + mention.Possessive.Length);
        return rest.Length > 2 && rest[0] == ' ' && rest[1] is '"' or '“' or '‘' or '\'' && char.IsUpper(rest[2]);
    }

    /// <summary>
    /// "after Austria's JJ won in Basel with "Wasted Love."": bare capitals that win, sing or perform, in a sentence that
    /// goes on to a quoted title, are an act's stage name. A body takes an article, and "Austria's ORF won the rights" has
    /// no title.
    /// </summary>
    public static bool IsActPerformingTitle(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        if (mention.Possessive.Length > 0 || mention.PreviousWord is "the" or "The")
        {
            return false;
        }

        var sentence = model.Document.Sentences[mention.SentenceIndex].Span;
        var rest = text.AsSpan(mention.Span.End, sentence.End - mention.Span.End).TrimStart(' ');
        var verbEnd = rest.IndexOf(' ');
        if (verbEnd <= 0 || !PerformingVerbs.Contains(rest[..verbEnd]))
        {
            return false;
        }

        var after = rest[verbEnd..];
        for (var at = after.IndexOfAny('"', '“'); at >= 0 && at + 1 < after.Length; at = NextQuote(after, at))
        {
            if (char.IsUpper(after[at + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextQuote(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny('"', '“');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static readonly WordSet PerformingVerbs = new(["won", "wins", "sang", "sings", "performed", "performs"]);

    /// <summary>
    /// "Kendrick Lamar's GNX (No. 10)": capitals after an act's possessive and before a chart position in brackets are
    /// the title of a charting record. "Russia's FSB" has no chart position.
    /// </summary>
    public static bool IsChartTitle(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        return (before.EndsWith("'s ", StringComparison.Ordinal) || before.EndsWith("’s ", StringComparison.Ordinal))
            && text.AsSpan(mention.Span.End + mention.Possessive.Length).StartsWith(" (No. ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Other performers on this week's show included ATEEZ, BOYNEXTDOOR, TWS and UNIS": an item of a list in a sentence
    /// about performers (rules/lists/acronym-performer-nouns.txt) is an act's stage name.
    /// </summary>
    public static bool IsActInList(NamingModel model, Mention mention, IReadOnlyList<string> performerNouns)
    {
        var text = model.Document.Text;
        var start = mention.Span.Start;
        var end = mention.Span.End + mention.Possessive.Length;
        var before = text.AsSpan(0, start);
        if (!(before.EndsWith(", ") || before.EndsWith(" and ") || (end < text.Length && text[end] == ',')))
        {
            return false;
        }

        var sentence = model.Document.Sentences[mention.SentenceIndex].Span;
        var opening = text.AsSpan(sentence.Start, start - sentence.Start);
        foreach (var noun in performerNouns)
        {
            if (ContainsWord(opening, noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="word"/> as a whole word, its first letter in either case ("Performers", "performers").</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var tail = word.AsSpan(1);
        for (var at = text.IndexOf(tail, StringComparison.Ordinal); at >= 0; at = NextIndex(text, tail, at))
        {
            var start = at - 1;
            var end = at + tail.Length;
            if (start >= 0 && char.ToLowerInvariant(text[start]) == word[0] && (start == 0 || !char.IsLetter(text[start - 1]))
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, ReadOnlySpan<char> tail, int at)
    {
        var next = text[(at + 1)..].IndexOf(tail, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>
    /// "a Dutch consumer, identified in the judgment only as "L.M.,"", "the claimant, known as A.B.,", "L.M. v. TAP Air
    /// Portugal": dotted capitals given as what someone is called, or as a party to a case, are a person's initials, which
    /// stand for a name the copy withholds. Elsewhere they may be a body: "the A.U. envoy", "K.F. officials".
    /// </summary>
    public static bool IsPersonInitials(string text, Mention mention)
    {
        var form = mention.First.Text;
        if (form.Length is < 4 or > 12 || form[^1] != '.' || form[1] != '.')
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(QuoteMarks);
        if (form.Length > 6)
        {
            // "a producer who records as T.O.B.I.": longer dotted capitals are an act's name only after a verb of
            // performing or being called; "groups such as N.A.A.C.P." may be a body.
            return IsStageNameCue(before);
        }

        var after = text.AsSpan(mention.Span.End + mention.Possessive.Length);
        return before.EndsWith(" as ", StringComparison.Ordinal) || after.StartsWith(" v. ", StringComparison.Ordinal) || after.StartsWith(" v ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "The man, identified as AK, 32,", "The regent, identified by his initials as BS, was arrested": two or three bare
    /// capitals closing a clause after "identified as" or "initials as" are a suspect's initials, as the Indonesian press
    /// names suspects. "identified as IS fighters" goes on to a noun, and is judged.
    /// </summary>
    public static bool IsWithheldNameInitials(string text, Mention mention)
    {
        var form = mention.First.Text;
        var end = mention.Span.End;
        if (form.Length is < 2 or > 3 || mention.Possessive.Length > 0 || (end < text.Length && text[end] is not (',' or '.' or ')' or '\n')))
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start);
        return before.EndsWith(" identified as ", StringComparison.Ordinal) || before.EndsWith(" initials as ", StringComparison.Ordinal);
    }

    private static bool IsStageNameCue(ReadOnlySpan<char> before)
    {
        foreach (var cue in StageNameCues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What comes before an act's name: "records as T.O.B.I.", "known professionally as", "performs under the name".</summary>
    private static readonly string[] StageNameCues =
        [" records as ", " recording as ", " recorded as ", " performs as ", " performing as ", " performed as ", " raps as ", " rapping as ",
         " sings as ", " known as ", " professionally as ", " goes by ", " going by ", " under the name ", " billed as "];

    private const string QuoteMarks = "\"“'‘";

    /// <summary>
    /// "Tether's USDT and Circle's USDC" in a story about crypto tokens, "the EURUSD pair": capitals that join two currency
    /// codes, or open or close with one in a story about tokens (rules/lists/acronym-currency-codes.txt), name a currency
    /// pair or a token, not a body. Elsewhere "USDA" is the Department of Agriculture, and is reported.
    /// </summary>
    public static bool IsCurrencyToken(string text, string key, IReadOnlyList<string> currencyCodes)
    {
        if (key.Length is < 4 or > 6)
        {
            return false;
        }

        foreach (var code in currencyCodes)
        {
            var opens = key.StartsWith(code, StringComparison.Ordinal);
            if (!opens && !key.EndsWith(code, StringComparison.Ordinal))
            {
                continue;
            }

            var other = opens ? key[code.Length..] : key[..^code.Length];
            if (currencyCodes.Contains(other) || IsAboutTokens(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The story is about crypto tokens: it names one of <see cref="TokenWords"/>.</summary>
    public static bool IsAboutTokens(string text) => TokenWords.Any(word => text.Contains(word, StringComparison.Ordinal));

    /// <summary>Words of a story about crypto tokens, in either case of their first letter.</summary>
    private static readonly string[] TokenWords = ["stablecoin", "Stablecoin", "crypto", "Crypto", "token", "Token"];

    /// <summary>
    /// "the CTC method, short for crush, tear and curl,", "a DANA, or isolated depression at high levels,": a gloss
    /// straight after the acronym, introduced by "short for" or "stands for" a few words on, or an apposition in lower
    /// case after ", or". An alternative is no gloss: "the FMC, or the courts," and "from the CIL, or from charities,".
    /// </summary>
    public static bool IsExplainedAfter(NamingModel model, Mention mention, string key)
    {
        var after = model.Document.Text.AsSpan(mention.Span.End + mention.Possessive.Length);
        var sentenceEnd = after.IndexOfAny(".\n;");
        var rest = after[..(sentenceEnd < 0 ? Math.Min(after.Length, 120) : Math.Min(sentenceEnd, 120))];

        // "the CTC method, short for": only lower-case words and a comma or bracket between.
        foreach (var cue in GlossCues)
        {
            var at = rest.IndexOf(cue, StringComparison.Ordinal);
            // The expansion opens with the acronym's first letter: "The KFRA was short for months" glosses nothing.
            var expansion = at < 0 ? [] : rest[(at + cue.Length)..].TrimStart(QuoteMarks);
            if (at <= 30 && !expansion.IsEmpty && char.ToUpperInvariant(expansion[0]) == key[0] && !rest[..at].ContainsAnyExcept(GlossLeadChars))
            {
                return true;
            }
        }

        // "the DANA, after the Spanish acronym for the weather phenomenon that caused them": the copy says, in words, what
        // the letters stand for.
        foreach (var cue in AcronymCues)
        {
            var at = rest.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && at <= 40 && !rest[..at].ContainsAnyExcept(AcronymCueLeadChars))
            {
                return true;
            }
        }

        if (!rest.StartsWith(", or "))
        {
            return false;
        }

        var gloss = rest[5..];
        var close = gloss.IndexOfAny(",)");
        if (close < 0)
        {
            return false;
        }

        gloss = gloss[..close];
        var first = gloss[..FirstWordLength(gloss)];
        return first.Length > 0 && first.Length < gloss.Length && !gloss.ContainsAnyExcept(GlossWordChars)
            && !IsLowerStopword(model, first) && !model.Lexicon.IsConnector(first) && !IsPreposition(first.ToString()) && first is not ("a" or "an" or "the" or "other");
    }

    private static readonly string[] GlossCues = [" short for ", "(short for ", " stands for ", " standing for "];

    private static readonly string[] AcronymCues = [" acronym for ", " initials for ", " abbreviation for "];

    /// <summary>The characters between an acronym and its "acronym for": words (a language's name among them), spaces, a comma or a bracket.</summary>
    private static readonly System.Buffers.SearchValues<char> AcronymCueLeadChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,(");

    /// <summary>The characters of a gloss in lower case: "isolated depression at high levels".</summary>
    private static readonly System.Buffers.SearchValues<char> GlossWordChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz- ");

    /// <summary>The characters between an acronym and its "short for": lower-case words, spaces and a comma.</summary>
    private static readonly System.Buffers.SearchValues<char> GlossLeadChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz ,");

    /// <summary>
    /// "the socialist FGTB-ABVV" … "president of the FGTB": one half of a bilingual pair of acronyms joined by a hyphen,
    /// written earlier, is the body the pair named. "the FGTB" with no pair before it, or after "the FGTB-led march", is reported.
    /// </summary>
    public static bool IsHalfOfPairBefore(string text, Mention mention, string key)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        for (var at = before.IndexOf(key, StringComparison.Ordinal); at >= 0; at = NextIndex(before, key, at))
        {
            var end = at + key.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(before[at - 1]);
            var pairAfter = end + 2 < before.Length && before[end] == '-' && char.IsAsciiLetterUpper(before[end + 1]) && char.IsAsciiLetterUpper(before[end + 2]);
            var pairBefore = at >= 3 && before[at - 1] == '-' && char.IsAsciiLetterUpper(before[at - 2]) && char.IsAsciiLetterUpper(before[at - 3]);
            if ((startsWord && pairAfter) || (pairBefore && (end == before.Length || !char.IsLetterOrDigit(before[end]))))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, string key, int at)
    {
        var next = text[(at + 1)..].IndexOf(key, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>
    /// "La Caisse (formerly CDPQ)": an acronym in brackets after "formerly", "previously" or "now", straight after a
    /// capitalised name, is another name of that body, and introduced there as a bracketed acronym is.
    /// </summary>
    public static bool IsOtherNameInBrackets(string text, Mention mention)
    {
        var end = mention.Span.End;
        if (end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start);
        var open = before.EndsWith("(formerly ", StringComparison.Ordinal) ? 10
            : before.EndsWith("(previously ", StringComparison.Ordinal) ? 12
            : before.EndsWith("(now ", StringComparison.Ordinal) ? 5 : 0;
        var name = open == 0 ? [] : before[..^open].TrimEnd(' ');
        var word = name[(name.LastIndexOfAny(' ', '\n') + 1)..];
        return word.Length > 1 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// "The Phase 3 ORCHID study", "a Phase 2b TRAILBLAZER trial": capitals straight after a clinical trial's phase
    /// are the trial's name, which drug copy never spells out.
    /// </summary>
    public static bool IsTrialName(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (!before.EndsWith(" "))
        {
            return false;
        }

        var space = before[..^1].LastIndexOf(' ');
        if (space < 5 || !IsPhaseNumber(before[(space + 1)..^1]) || !before[..space].EndsWith("Phase", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return space == 5 || !char.IsLetter(before[space - 6]);
    }

    /// <summary>"3", "2b", "1/2", "III": a trial's phase.</summary>
    private static bool IsPhaseNumber(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 4 && (char.IsAsciiDigit(word[0]) || word[0] == 'I') && !word.ContainsAnyExcept(PhaseChars);

    private static readonly System.Buffers.SearchValues<char> PhaseChars = System.Buffers.SearchValues.Create("0123456789IVab/");
}
