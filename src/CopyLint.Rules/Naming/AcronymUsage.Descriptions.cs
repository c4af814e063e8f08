using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// An acronym the copy describes instead of spelling out: a gloss after it ("ASML, Europe's most valuable technology
/// company,"), its kind after it ("the RMT union", "the BDEW energy industry association") or a description of the body
/// before it whose owner it names ("the farmers' union FNSEA", "Israel's military agency that oversees aid to Gaza, COGAT,").
/// </summary>
internal static partial class AcronymUsage
{
    /// <summary>
    /// A foreign or specialist body is often explained rather than expanded, by an apposition beside the acronym:
    /// "The SNCTA, the largest controllers' union, said", "The NASUWT, another teachers' union, said" or "the civil
    /// aviation authority, the DGAC, asked". A bare acronym may also name the body just described: "the official news
    /// agency, WAFA, said" or "the agency for Palestinian refugees, known as UNRWA, said".
    /// </summary>
    public static bool IsGlossed(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        var lineEnd = SentenceEnd(after);
        var rest = lineEnd < 0 ? after : after[..lineEnd];
        var gloss = rest.StartsWith(", ") ? rest[2..] : [];
        var opener = gloss[..FirstWordLength(gloss)].ToString();
        // "ASML, Europe's most valuable technology company, and": a place's possessive opens the apposition as "the" does.
        var glossAfter = (opener is "the" or "a" or "an" or "another" or "one" || (opener is "which" or "who" && SaysWhatItIs(gloss[opener.Length..]))
                || IsPossessiveOpener(gloss[opener.Length..], opener))
            && gloss[opener.Length..].Contains(',');
        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(' ');
        // "told the state broadcaster, EBC.": the named body may also end the sentence.
        var glossBefore = (rest.StartsWith(",") || rest.IsEmpty) && (mention.PreviousWord is "the"
            ? before[..^3].TrimEnd(' ').EndsWith(",")
            : FollowsCommonNoun(before.EndsWith(" known as", StringComparison.Ordinal) ? before[..^9] : before));
        return glossAfter || glossBefore || IsNamedAsInitials(before, rest, text.AsSpan(mention.Span.Start, mention.Span.Length)) || IsNamedKnownAs(before, mention);
    }

    /// <summary>
    /// Where the line or the sentence ends in <paramref name="after"/>, or -1: a full stop before a space or the end, not
    /// one inside an abbreviation ("Tether launched USAT, a U.S.-regulated stablecoin designed to …, earlier this year").
    /// </summary>
    private static int SentenceEnd(ReadOnlySpan<char> after)
    {
        for (var i = 0; i < after.Length; i++)
        {
            if (after[i] == '\n' || (after[i] == '.' && (i + 1 == after.Length || char.IsWhiteSpace(after[i + 1])) && !ClosesDottedAbbreviation(after, i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"UNHCR, the U.N. refugee agency, said": the stop closing "U.N." before a lower-case word ends no sentence.</summary>
    private static bool ClosesDottedAbbreviation(ReadOnlySpan<char> after, int stop) =>
        stop >= 2 && after[stop - 2] == '.' && char.IsAsciiLetterUpper(after[stop - 1]) && stop + 2 < after.Length && after[stop + 1] == ' ' && char.IsLower(after[stop + 2]);

    /// <summary>
    /// "the network known as SITP", "moored across the Atlantic since 2004, known as the RAPID array": "known as" after a
    /// description, a lower-case word or a comma, gives the acronym as the name of what the copy just described; so does
    /// "known in Mexico as a MIA", which says where the name is used.
    /// "The KFRA's plan, known as" still asks for the body's name: a possessive is not a name given.
    /// </summary>
    private static bool IsNamedKnownAs(ReadOnlySpan<char> before, Mention mention)
    {
        if (mention.Possessive.Length > 0)
        {
            return false;
        }

        var named = mention.PreviousWord is "the" or "a" or "an" ? before[..^mention.PreviousWord.Length].TrimEnd(' ') : before;
        var known = named.EndsWith(" known as", StringComparison.Ordinal) ? named.Length - 9 : Math.Max(KnownInPlaceAs(named), KnownByAdverbAs(named));
        if (known < 0)
        {
            return false;
        }

        var described = named[..known];
        var word = described[(described.LastIndexOfAny(Spaces) + 1)..];
        return word.Length > 1 && (char.IsLower(word[0]) || word[^1] == ',');
    }

    /// <summary>
    /// Where " known in Mexico as" opens in <paramref name="named"/>, which ends with it after a comma (an apposition, not
    /// "The floods are known in Spain as"): one to three capitalised words name the place between "in" and "as"; -1 if it
    /// does not end so.
    /// </summary>
    private static int KnownInPlaceAs(ReadOnlySpan<char> named)
    {
        var known = named.LastIndexOf(", known in ", StringComparison.Ordinal);
        if (known < 0 || !named.EndsWith(" as", StringComparison.Ordinal) || known + 11 >= named.Length - 3)
        {
            return -1;
        }

        var place = named[(known + 11)..^3];
        return place.Count(' ') <= 2 && char.IsUpper(place[0]) && !place.ContainsAny(",.;") ? known + 1 : -1;
    }

    /// <summary>
    /// Where " known locally as" opens in <paramref name="named"/>, which ends with it after a comma (an apposition, not
    /// "The plans are known locally as"): one adverb in -ly between "known" and "as" says where or how the name is used,
    /// as "known in Mexico as" does; -1 if it does not end so.
    /// </summary>
    private static int KnownByAdverbAs(ReadOnlySpan<char> named)
    {
        var known = named.LastIndexOf(", known ", StringComparison.Ordinal);
        if (known < 0 || !named.EndsWith(" as", StringComparison.Ordinal) || known + 8 >= named.Length - 3)
        {
            return -1;
        }

        var adverb = named[(known + 8)..^3];
        return adverb.Length > 3 && adverb.EndsWith("ly", StringComparison.Ordinal) && !adverb.ContainsAnyExcept(AdjectiveChars) ? known + 1 : -1;
    }

    /// <summary>
    /// " represents most of the workers", " is the largest union": a relative clause in the present says what the body is
    /// or does; one in the past tells what it did ("The TPLF, which governed Tigray, has split"), which explains nothing.
    /// </summary>
    private static bool SaysWhatItIs(ReadOnlySpan<char> clause)
    {
        var words = clause.TrimStart(' ');
        var verb = words[..FirstWordLength(words)];
        if (verb is "is" or "are")
        {
            var rest = words[verb.Length..].TrimStart(' ');
            var next = rest[..FirstWordLength(rest)];
            return next is "a" or "an" or "the" or "one" || rest[next.Length..].StartsWith("'s") || rest[next.Length..].StartsWith("’s");
        }

        return verb.Length > 3 && verb[^1] == 's' && verb[^2] != 's';
    }

    /// <summary>"France's largest": a capitalised word's possessive, then a lower-case word.</summary>
    private static bool IsPossessiveOpener(ReadOnlySpan<char> afterOpener, ReadOnlySpan<char> opener) =>
        opener.Length > 1 && char.IsUpper(opener[0]) && afterOpener.Length > 3 && afterOpener[0] is '\'' or '’' && afterOpener[1] == 's'
        && afterOpener[2] == ' ' && char.IsLower(afterOpener[3]);

    /// <summary>
    /// "the RMT union", "the AfD party", "the ANP news agency", "the BDEW energy industry association": the noun after the
    /// acronym, alone or after up to three lower-case words that describe it, says what kind of body it names
    /// (rules/lists/acronym-kind-nouns.txt). A word no description holds ("the KFRA told the union") ends the search.
    /// </summary>
    public static bool IsFollowedByKind(NamingModel model, Mention mention)
    {
        // "Naval Group's FDI design": the maker's possessive stands where the article would; "the new INGLO platform": an
        // adjective may stand between the article and the acronym.
        // "told state-run VTV television": an adjective of ownership stands where the possessive would.
        // "a registered SUBE card": an indefinite article names the kind as "the" does.
        // "the Advanced Level of the ACA qualification": a mention split from a longer run of capitals has no previous word of its own.
        var previous = mention.PreviousWord ?? (model.Document.Text.AsSpan(0, mention.Span.Start).EndsWith(" the ") ? "the" : null);
        var owned = previous is not ("the" or "The" or "a" or "A" or "an" or "An") && !FollowsArticleAndAdjective(model.Document.Text, mention.Span.Start);
        if (owned && !FollowsPossessive(model.Document.Text, mention.Span.Start) && !FollowsPossessive(model.Document.Text, AdjectiveStart(model.Document.Text, mention.Span.Start))
            && !FollowsOwnershipAdjective(model.Document.Text, mention.Span.Start))
        {
            return false;
        }

        var after = model.Document.Text.AsSpan(mention.Span.End);
        var words = after.StartsWith(' ') ? after[1..] : [];
        var kinds = model.Lexicon.AcronymKindNouns;
        for (var count = 0; count < 5; count++)
        {
            var word = words[..FirstWordLength(words)];
            // "Glencore's KCC and Mutanda mines": the owner's other name may share the kind noun.
            if (count == 0 && owned && word is "and" && SharedNameLength(words[3..]) is > 0 and var shared)
            {
                words = words[(3 + shared)..];
                word = words[..FirstWordLength(words)];
            }

            // "the AADL rent-to-own scheme": a hyphenated description is one word.
            while (word.Length > 0 && word.Length + 1 < words.Length && words[word.Length] == '-' && char.IsLower(words[word.Length + 1]))
            {
                word = words[..(word.Length + 1 + FirstWordLength(words[(word.Length + 1)..]))];
            }

            // "the PHLX semiconductor index": an index named for what it tracks.
            if (kinds.Contains(word) || ((owned || count > 0 || (count == 0 && IsNamedMeasure(model.Document.Text, mention.Span.Start))) && OwnedKindNouns.Contains(word.ToString())))
            {
                return true;
            }

            // "the HCOB flash composite purchasing managers' index": a plural possessive describes it too.
            var length = word.Length > 1 && word[^1] == 's' && word.Length < words.Length && words[word.Length] is '\'' or '’' ? word.Length + 1 : word.Length;
            if (word.IsEmpty || !char.IsLower(word[0]) || length == words.Length || words[length] != ' '
                || word is "and" or "or" || model.Lexicon.IsConnector(word) || IsLowerStopword(model, word))
            {
                return false;
            }

            words = words[(length + 1)..];
        }

        return false;
    }

    /// <summary>
    /// "Annual consumer price inflation, measured by the IPCA index,": the measure named before "measured by" says what the
    /// index is, as an owner does ("Thailand's benchmark SET index"). "the benchmark SET index" alone is still reported.
    /// </summary>
    private static bool IsNamedMeasure(string text, int start)
    {
        var before = text.AsSpan(0, start);
        if (!before.EndsWith(" measured by the ", StringComparison.Ordinal))
        {
            return false;
        }

        // ", as measured by the": the "as" is optional.
        var measure = before[..^" measured by the ".Length];
        measure = measure.EndsWith(" as", StringComparison.Ordinal) ? measure[..^3] : measure;
        return measure.EndsWith(",") && measure.Length > 2 && char.IsLower(measure[^2]);
    }

    /// <summary>" Mutanda mines": the length of a space and one capitalised word with a space after it; else 0.</summary>
    private static int SharedNameLength(ReadOnlySpan<char> words)
    {
        if (words.Length < 3 || words[0] != ' ' || !char.IsUpper(words[1]))
        {
            return 0;
        }

        var length = FirstWordLength(words[1..]);
        return length > 1 && 1 + length < words.Length && words[1 + length] == ' ' && char.IsLower(words[2]) ? 2 + length : 0;
    }

    /// <summary>
    /// "Thailand's benchmark SET index", "whose populist ANO party": where one lower-case word stands straight before
    /// <paramref name="start"/>, where that word starts; else -1.
    /// </summary>
    private static int AdjectiveStart(string text, int start)
    {
        var before = text.AsSpan(0, start);
        if (!before.EndsWith(" "))
        {
            return -1;
        }

        var space = before[..^1].LastIndexOf(' ');
        var word = before[(space + 1)..^1];
        return space > 0 && word.Length > 1 && char.IsAsciiLetterLower(word[0]) && !word.ContainsAnyExcept(AdjectiveChars) ? space + 1 : -1;
    }

    /// <summary>"the new ", "a registered ", "the more moderate ": an article and one lower-case word straight before <paramref name="start"/>.</summary>
    private static bool FollowsArticleAndAdjective(string text, int start)
    {
        var before = text.AsSpan(0, start);
        if (!before.EndsWith(" "))
        {
            return false;
        }

        var words = before[..^1];
        var space = words.LastIndexOf(' ');
        var word = words[(space + 1)..];
        if (space < 1 || word.Length < 2 || !char.IsAsciiLetterLower(word[0]) || word.ContainsAnyExcept(AdjectiveChars))
        {
            return false;
        }

        var article = words[..space];
        var articleStart = article.LastIndexOfAny(Spaces) + 1;
        // "the more moderate CFDT union": the adjective's degree may stand between the article and it.
        if (article[articleStart..] is "more" or "most" or "less" or "least" && articleStart > 1)
        {
            article = article[..(articleStart - 1)];
            articleStart = article.LastIndexOfAny(Spaces) + 1;
        }

        return article[articleStart..] is "the" or "The" or "a" or "A" or "an" or "An";
    }

    /// <summary>"state-run ", "state-owned ", "government-funded ": a hyphenated adjective that says whose body follows, straight before <paramref name="start"/>.</summary>
    private static bool FollowsOwnershipAdjective(string text, int start)
    {
        var adjective = AdjectiveStart(text, start);
        if (adjective < 0)
        {
            return false;
        }

        var word = text.AsSpan(adjective, start - 1 - adjective);
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && OwnershipParticiples.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>The second half of "state-run", "state-owned", "government-funded": a body's owner before it.</summary>
    private static readonly WordSet OwnershipParticiples = new(["run", "owned", "funded", "backed", "controlled", "operated"]);

    private static readonly System.Buffers.SearchValues<char> AdjectiveChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>
    /// "Naval Group's ", "Thales' ", "the institute's ": a capitalised name's possessive, or a body's after "the", straight
    /// before <paramref name="start"/>.
    /// </summary>
    private static bool FollowsPossessive(string text, int start)
    {
        if (start < 0)
        {
            return false;
        }

        var before = text.AsSpan(0, start);
        // "would open-source its CANN software toolkit": the maker just named.
        if (before.EndsWith(" its ") || before.EndsWith(" their ") || before.EndsWith(" whose "))
        {
            return true;
        }

        var owner = before.EndsWith("'s ") || before.EndsWith("’s ") ? before[..^3] : before.EndsWith("s' ") || before.EndsWith("s’ ") ? before[..^2] : [];
        // "Thailand's" may open the line.
        var space = owner.LastIndexOfAny(Spaces);
        var word = owner[(space + 1)..];
        // "NASA's DART spacecraft": an owner in capitals is a body's name too.
        return word.Length > 1 && (char.IsLower(word[^1]) || !word.ContainsAnyExceptInRange('A', 'Z'))
            && (char.IsUpper(word[0]) || (space > 0 && owner[..space].EndsWith("the", StringComparison.OrdinalIgnoreCase) && (space == 3 || owner[space - 4] == ' ')));
    }

    /// <summary>
    /// "the institute's PRODES system": after its owner's possessive, what the owner runs is a kind too. "the ETIAS system",
    /// with no owner, says nothing of what it is, and is reported.
    /// </summary>
    private static readonly HashSet<string> OwnedKindNouns = new(["system", "programme", "program", "scheme", "network", "index", "survey", "mine", "mines"], StringComparer.Ordinal);

    /// <summary>
    /// "a visible-light camera called VIS": a thing described in lower case, then named; its letters are its name. A body
    /// so named ("an agency called KFRA") is still reported.
    /// </summary>
    public static bool IsCalledName(NamingModel model, Mention mention)
    {
        var before = model.Document.Text.AsSpan(0, mention.Span.Start);
        var cue = before.EndsWith(" called ") ? 8 : before.EndsWith(" named ") ? 7 : before.EndsWith(" known as ") ? 10 : 0;
        if (cue == 0)
        {
            return false;
        }

        var described = before[..^cue];
        var noun = described[(described.LastIndexOfAny(Spaces) + 1)..];
        return noun.Length > 2 && !noun.ContainsAnyExcept(DescriptionChars) && char.IsLower(noun[0]) && !model.Lexicon.AcronymBodyNouns.Contains(noun);
    }

    /// <summary>
    /// "according to research firm IDC", "chipmaker TSMC said", "Dutch chip equipment maker ASML": a describing noun (the
    /// last word of the description) before a company whose name is an acronym tells the reader what it is
    /// (rules/lists/company-nouns.txt). A public or armed body is not a company: "rebel group TPLF", "central bank BCRA".
    /// </summary>
    public static bool IsDescribedCompany(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        return PrecedingWords(text, mention.Span.Start, 2) switch
        {
            // "Advocacy group OPAN said", opening its sentence, is the same public body as "advocacy group OPAN".
            [var noun, var modifier] => model.Lexicon.CompanyNouns.Contains(noun) && !IsPublicModifier(modifier) && !IsPublicModifier(modifier.ToLowerInvariant()),
            // "the employers' group CBI": a body of people, not a company.
            [var noun] => model.Lexicon.CompanyNouns.Contains(noun) && !IsAfterPluralPossessive(text, mention.Span.Start - noun.Length - 1),
            _ => false,
        };
    }

    /// <summary>
    /// "the Spanish weather agency AEMET", "the government's agricultural forecaster ABARES", "the farmers' union FNSEA",
    /// "The chemicals industry association VCI": a description after "the" that says whose body it is (a country's or a
    /// region's, in capitals; anyone's, in a possessive; an industry's) and what it does explains the acronym
    /// (rules/lists/acronym-body-nouns.txt). "state news agency KCNA", with no article, and "the state weather agency
    /// AEMET", with no owner, are reported.
    /// </summary>
    public static bool IsDescribedNationalBody(NamingModel model, Mention mention)
    {
        // The noun is read before any word is made: most acronyms follow none.
        var text = model.Document.Text;
        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(Spaces);
        return IsOwnedBody(model, before, possessiveOpens: false) || IsPublicFunctionBody(model, before) || (IsPartyByIdeology(before) && IsNamedAgain(text, mention))
            || (IsOwnedBody(model, before, possessiveOpens: false, articleOptional: true) && !IsNamedInFullAfter(model, mention));
    }

    /// <summary>
    /// "Europe's aviation regulator EASA has ordered checks" … "The European Union Aviation Safety Agency said": a later
    /// name whose initials hold the acronym's letters in order, from its first, is the body spelled out after its acronym.
    /// </summary>
    private static bool IsNamedInFullAfter(NamingModel model, Mention mention)
    {
        var key = mention.First.Text;
        foreach (var later in model.Mentions)
        {
            if (later.Span.Start <= mention.Span.End || later.IsAcronym || later.Length < MinFullNameWords || later.First.Text[0] != key[0])
            {
                continue;
            }

            var k = 0;
            foreach (var word in later.Name)
            {
                k += k < key.Length && char.ToUpperInvariant(word.Text[0]) == key[k] ? 1 : 0;
            }

            if (k == key.Length)
            {
                return true;
            }
        }

        return false;
    }

    private const int MinFullNameWords = 3;

    /// <summary>
    /// "according to statistics agency IBGE", "the social security agency ANSES": a body named for a function each state
    /// gives one body (rules/lists/acronym-public-functions.txt) is the state's, as "the Spanish weather agency AEMET" is
    /// Spain's. "the state agency PAGASA" and "the state news agency KCNA" say no such function and are reported.
    /// </summary>
    private static bool IsPublicFunctionBody(NamingModel model, ReadOnlySpan<char> before)
    {
        var nounStart = before.LastIndexOfAny(Spaces) + 1;
        if (nounStart == 0 || !model.Lexicon.AcronymBodyNouns.Contains(before[nounStart..]))
        {
            return false;
        }

        var description = before[..(nounStart - 1)];
        var start = description.LastIndexOfAny(Spaces) + 1;
        var function = description[start..];
        if (!model.Lexicon.AcronymPublicFunctions.Contains(function))
        {
            var pairStart = start < 2 ? -1 : description[..(start - 1)].LastIndexOfAny(Spaces) + 1;
            if (pairStart < 0 || !model.Lexicon.AcronymPublicFunctions.Contains(description[pairStart..]))
            {
                return false;
            }

            start = pairStart;
        }

        // Only an article, the state's adjective, or the verb or preposition that brings the body in may stand before:
        // "the rebel security agency" is not the state's.
        var opener = start == 0 ? [] : description[..(start - 1)];
        var word = opener[(opener.LastIndexOfAny(Spaces) + 1)..];
        return word.IsEmpty || FunctionOpeners.Contains(word);
    }

    private static readonly WordSet FunctionOpeners = new(["the", "The", "national", "federal", "state", "country's", "to", "by", "from",
        "at", "with", "for", "and", "said", "says", "told"]);

    /// <summary>
    /// "the liberal VVD … VVD leader Dilan Yesilgöz": a political leaning after "the" says the acronym names a party, as a
    /// kind noun would ("the AfD party"), and the story that names it again uses it as the party's name, as one named
    /// three times is taken for a name its readers know. Named once ("the nationalist SNS, voted against"), it is a party
    /// the reader meets only as initials and is reported; so is "the rebel TPLF" or "the new VVD", which say nothing of
    /// what it is.
    /// </summary>
    private static bool IsPartyByIdeology(ReadOnlySpan<char> before)
    {
        var start = before.LastIndexOf(' ') + 1;
        if (start < 4 || !IdeologyAdjectives.Contains(before[start..].ToString()))
        {
            return false;
        }

        var article = before[..(start - 1)];
        return (article.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (article.Length == 3 || !char.IsLetter(article[^4])));
    }

    /// <summary>The mention's acronym stands again as a word after it.</summary>
    private static bool IsNamedAgain(string text, Mention mention)
    {
        var acronym = mention.First.Text;
        for (var at = text.IndexOf(acronym, mention.Span.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + 1, StringComparison.Ordinal))
        {
            var end = at + acronym.Length;
            if (!char.IsLetterOrDigit(text[at - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"liberal", "centre-right": a party's leaning, which tells a reader the body it describes is a party or a party's union.</summary>
    private static readonly HashSet<string> IdeologyAdjectives = new(["liberal", "conservative", "socialist", "communist", "green",
        "nationalist", "populist", "centrist", "libertarian", "social-democratic", "social-democrat", "far-right", "far-left", "hard-right",
        "hard-left", "centre-right", "centre-left", "center-right", "center-left", "right-wing", "left-wing", "ultranationalist",
        "pro-European", "eurosceptic", "Eurosceptic", "pro-business", "Christian-democratic"], StringComparer.Ordinal);

    /// <summary>
    /// "Israel's military agency that oversees aid to Gaza, COGAT, said": the acronym in apposition names a body just
    /// described by whose it is and, in a relative clause in the present, what it does. "the group that attacked the
    /// convoy, the TPLF," tells what it did, and is reported.
    /// </summary>
    public static bool IsDescribedBodyInApposition(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var end = mention.Span.End;
        if (mention.Span.Start < 2 || text[mention.Span.Start - 1] != ' ' || text[mention.Span.Start - 2] != ',' || end >= text.Length || text[end] != ',')
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start - 2);
        var clauseStart = before.LastIndexOfAny(ClauseBreaks) + 1;
        var clause = before[clauseStart..];
        var relative = clause.LastIndexOf(" that ", StringComparison.Ordinal);
        if (relative < 0)
        {
            relative = clause.LastIndexOf(" which ", StringComparison.Ordinal);
        }

        return relative > 0 && SaysWhatItIs(clause[(relative + clause[(relative + 1)..].IndexOf(' ') + 1)..])
            && IsOwnedBody(model, clause[..relative], possessiveOpens: true);
    }

    /// <summary>
    /// "The hotel federation in Mallorca, FEHM, criticised the plan": a body described after "the", with the place it
    /// serves after it, named in apposition; the place says whose body it is, as "the Spanish weather agency" does.
    /// "The federation, FEHM, said", with no place, and "officials in Mallorca, FEHM, said", with no body noun, are judged.
    /// </summary>
    public static bool IsPlacedBodyInApposition(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (start < 2 || text[start - 1] != ' ' || text[start - 2] != ',' || end >= text.Length || text[end] is not (',' or '.'))
        {
            return false;
        }

        var before = text.AsSpan(0, start - 2);
        var at = Math.Max(before.LastIndexOf(" in ", StringComparison.Ordinal), before.LastIndexOf(" of ", StringComparison.Ordinal));
        var place = at < 0 ? [] : before[(at + 4)..];
        if (place.IsEmpty || !char.IsUpper(place[0]) || place.Count(' ') > 2 || place.ContainsAnyExcept(PlaceChars))
        {
            return false;
        }

        var body = before[..at];
        var nounStart = body.LastIndexOfAny(Spaces) + 1;
        if (nounStart == 0 || !model.Lexicon.AcronymBodyNouns.Contains(body[nounStart..]))
        {
            return false;
        }

        var description = body[..(nounStart - 1)];
        for (var modifiers = 0; modifiers <= 3 && description.Length > 0; modifiers++)
        {
            var wordStart = description.LastIndexOfAny(Spaces) + 1;
            var word = description[wordStart..];
            if (word is "the" or "The")
            {
                return true;
            }

            if (word.IsEmpty || word.ContainsAnyExcept(AdjectiveChars))
            {
                return false;
            }

            description = wordStart == 0 ? [] : description[..(wordStart - 1)];
        }

        return false;
    }

    /// <summary>
    /// "Finland's Radiation and Nuclear Safety Authority, STUK, is reviewing": an acronym in commas straight after a
    /// body's capitalised name (two words or more, closing on a body noun) names that body, whether or not its letters
    /// match (a foreign body keeps its own initials). A list goes on after the second comma ("the Energy Authority,
    /// KFRA, and the unions") and is still judged.
    /// </summary>
    public static bool IsNamedBodyInApposition(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (start < 2 || text[start - 1] != ' ' || text[start - 2] != ',' || end >= text.Length || text[end] != ',')
        {
            return false;
        }

        var after = text.AsSpan(end + 1).TrimStart(' ');
        if (after.StartsWith("and ", StringComparison.Ordinal) || after.StartsWith("or ", StringComparison.Ordinal))
        {
            return false;
        }

        var name = text.AsSpan(0, start - 2);
        var nounStart = name.LastIndexOfAny(Spaces) + 1;
        var noun = name[nounStart..];
        if (nounStart < 2 || noun.Length < 2 || !char.IsUpper(noun[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[noun.Length];
        noun.ToLowerInvariant(lower);
        var previous = name[..(nounStart - 1)];
        var previousWord = previous[(previous.LastIndexOfAny(Spaces) + 1)..];
        return model.Lexicon.AcronymBodyNouns.Contains(lower) && previousWord.Length > 1 && char.IsUpper(previousWord[0]);
    }

    private static readonly System.Buffers.SearchValues<char> PlaceChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'’. áéíóúñçàèüöä");

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",.;:\n\"“”");

    /// <summary>
    /// <paramref name="before"/> ends with a body noun after a description that says whose body it is; the description
    /// opens with "the" or, when <paramref name="possessiveOpens"/>, with the owner's possessive ("Israel's military agency").
    /// When <paramref name="articleOptional"/>, a place's possessive may open it and the article may be dropped after a
    /// preposition or a verb of saying, and a members' body is owned by their trade ("at shipping association BIMCO").
    /// </summary>
    private static bool IsOwnedBody(NamingModel model, ReadOnlySpan<char> before, bool possessiveOpens, bool articleOptional = false)
    {
        var nounStart = before.LastIndexOfAny(Spaces) + 1;
        if (nounStart == 0 || !model.Lexicon.AcronymBodyNouns.Contains(before[nounStart..]))
        {
            return false;
        }

        // "the shipping association BIMCO": a members' body is owned by the trade its members ply.
        var owned = articleOptional && IsMembersTrade(before[nounStart..], before[..(nounStart - 1)]);
        // "the state weather agency PAGASA", "The national meteorology institute INMET": the state of the story's
        // country, with what the body does ("the state agency PAGASA" is reported); a state news agency is a source to
        // name in full ("the state news agency KCNA" is reported).
        var stateOwned = false;
        var news = false;
        var description = before[..(nounStart - 1)];
        for (var modifiers = 0; modifiers <= 4 && description.Length > 0; modifiers++)
        {
            var start = description.LastIndexOfAny(Spaces) + 1;
            var word = description[start..];
            if (word is "the" or "The")
            {
                return (owned || (stateOwned && !news && modifiers > 1)) && modifiers > 0;
            }

            if (word.IsEmpty || word.ContainsAnyExcept(DescriptionChars))
            {
                return false;
            }

            var possessive = word.EndsWith("'s") || word.EndsWith("’s");
            if (possessiveOpens && possessive && modifiers > 0)
            {
                return true;
            }

            // "Brazil's oil regulator ANP", "at shipping association BIMCO": a place's possessive stands for "the" and
            // names the owner; after a preposition or a verb of saying the article may be dropped, as the trade press
            // drops it. A news agency is still a source to name in full ("North Korea's state news agency KCNA").
            if (articleOptional && modifiers > 0 && !news && ((possessive && char.IsUpper(word[0])) || (owned && ArticleFreeOpeners.Contains(word))))
            {
                return true;
            }

            // "the socialist union FGTB": a party's leaning says whose union it is; "the trade union federation FH": its
            // member unions say whose federation it is.
            owned |= char.IsUpper(word[0]) || word[^1] is '\'' or '’' || possessive || word is "industry" or "union" || IdeologyAdjectives.Contains(word.ToString());
            stateOwned |= word is "state" or "national" or "federal";
            news |= word is "news";
            description = start == 0 ? [] : description[..(start - 1)];
        }

        return false;
    }

    /// <summary>
    /// "shipping association", "trade federation": the word before a body of members names the trade they ply, which says
    /// whose body it is as "industry" does. "the new association" names none.
    /// </summary>
    private static bool IsMembersTrade(ReadOnlySpan<char> noun, ReadOnlySpan<char> description)
    {
        var word = description[(description.LastIndexOfAny(Spaces) + 1)..];
        return noun is "association" or "federation" && word.Length > 4 && char.IsLower(word[0]) && !word.ContainsAnyExcept(AdjectiveChars)
            && (word.EndsWith("ing", StringComparison.Ordinal) || MemberTrades.Contains(word));
    }

    private static readonly WordSet MemberTrades = new(["trade", "business", "industry", "employers"]);

    /// <summary>A preposition or verb of saying that brings in a body described without its article: "managing director of", "said".</summary>
    private static readonly WordSet ArticleFreeOpeners = new(["of", "at", "by", "from", "to", "with", "for", "said", "says", "told"]);

    /// <summary>The spaces between words, a hard-wrapped line's break among them.</summary>
    private const string Spaces = " \n\r";

    /// <summary>The letters of a description's words, with the dots of a dotted owner ("The U.N. humanitarian office OCHA").</summary>
    private static readonly System.Buffers.SearchValues<char> DescriptionChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'’.");

    private static bool IsAfterPluralPossessive(string text, int nounStart) =>
        nounStart > 1 && text[nounStart - 1] == ' ' && text[nounStart - 2] is '\'' or '’';

    /// <summary>"rebel group", "central bank", "Iran-backed group": a public, armed or campaigning body.</summary>
    private static bool IsPublicModifier(string word) => word is "rebel" or "militant" or "armed" or "paramilitary" or "insurgent"
        or "militia" or "guerrilla" or "terror" or "jihadist" or "Islamist" or "extremist" or "terrorist" or "separatist" or "rights"
        or "lobby" or "advocacy" or "campaign" or "activist" or "protest" or "pressure" or "opposition" or "political" or "central"
        or "development" or "news" or "backed" or "led" or "linked" or "aligned" or "allied" or "sponsored";
}
