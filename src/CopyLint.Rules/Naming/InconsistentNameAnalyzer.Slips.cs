using System.Collections.Immutable;
using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001's reading of two spellings one edit apart: a slip of one name (titled or not, surname or given name, a full
/// name written again), a place and its adjective, or two people (siblings, a stranger paired by "and", a third given
/// name, surnames of different people), and how much support each spelling has.
/// </summary>
public sealed partial class InconsistentNameAnalyzer
{
    private static bool IsTitled(Mention mention) => mention.Title is not null || mention.Honorific is not null;

    /// <summary>The message's ending when the two forms are one name misspelt, or null when they are not.</summary>
    private static string? Classify(FormStats canonical, FormStats odd, List<FormStats> forms, NamingModel model)
    {
        var lexicon = model.Lexicon;
        if (odd.Count >= canonical.Count && odd.Count > 1)
        {
            return null;
        }

        if (canonical.KeyHash == odd.KeyHash && canonical.Key == odd.Key)
        {
            return null;
        }

        var a = canonical.First;
        var b = odd.First;
        var differing = -1;
        for (var k = 0; k < a.Length; k++)
        {
            // "José Donoso" … "Jose Donosso said": a word that differs only in its accents is the same word, so the
            // surname is the one word that differs.
            if (!string.Equals(a.WordAt(k), b.WordAt(k), StringComparison.Ordinal) && !NameText.HaveEqualKeys(a.WordAt(k), b.WordAt(k)))
            {
                if (differing >= 0)
                {
                    return null;
                }

                differing = k;
            }
        }

        if (differing < 0)
        {
            return null;
        }

        var x = a.WordAt(differing);
        var y = b.WordAt(differing);
        if (lexicon.AreFormsOfOnePlace(x, y))
        {
            return null;
        }

        if (IsApostropheBeforeFinalS(canonical, odd, x, y, forms))
        {
            return string.Empty;
        }

        if (NameText.LetterCount(x) >= 6 && NameText.LetterCount(y) >= 6 && NameText.IsOneEditApart(x, y)
            && (Support(canonical, x, forms) >= 2 || (canonical.First.Length > 1 && HeadingUses(model, canonical.Form) > 0)) && !SurnameOfDifferentPeople(x, y, forms) && !IsBareTitle(lexicon, b, y) && !IsPlaceOnly(odd, model.Document.Text)
            && !IsPlaceAndAdjective(canonical, odd, x, y, forms, model.Document.Text) && !IsPlaceAndDemonym(canonical, odd, x, y, forms)
            && !odd.Mentions.All(m => IsNationalityAdjective(lexicon, m, model.Document.Text))
            && !IsPairedWithStranger(model, odd) && !IsNationalSpellingAfterOf(lexicon, y, x, model.Document.Text, b.Name[differing].Span.Start)
            && (!OpensLongerName(y, forms) || IsCompoundSurname(canonical, forms)) && !AreGermanPrefixNouns(x, y))
        {
            return string.Empty;
        }

        if (IsTitledSurnameSlip(canonical, odd, x, y, differing, forms, model) || IsTitledGivenNameSlip(canonical, odd, x, y, differing, forms, model)
            || IsTitledSingleNameDoubling(canonical, odd, x, y, forms, model)
            || IsUnintroducedGivenNameSlip(canonical, odd, x, y, differing, forms, model)
            || IsRepeatedFullNameSurnameSlip(canonical, odd, x, y, differing, forms, model) || IsMiddleNameSlip(canonical, odd, x, y, differing, model))
        {
            return string.Empty;
        }

        // "Kim Su-jin" once beside "Kim Soo-jin" written again: one Korean name romanised two ways.
        if (a.Length == 2 && differing == 1 && odd.Count == 1 && canonical.Count >= 2 && a.Traditions is { } korean
            && korean.Contains(NameTradition.FamilyName) && NameText.IsRomanisationVariant(x, y))
        {
            return string.Empty;
        }

        // "Dmitri Peskov" once beside "Dmitry Peskov": one Russian given name romanised two ways, the surname the same.
        if (a.Length >= 2 && differing < a.Length - 1 && odd.Count == 1 && a.Traditions is null && NameText.IsSlavicYVariant(x, y))
        {
            return string.Empty;
        }

        // "Prime Minister Shahbaz Sharif" once beside "PM Shehbaz Sharif", "Prof Mohammad Yunus" beside "Prof Muhammad
        // Yunus": one given name transliterated with another vowel. Only with the surname the same and every use titled is
        // it plainly one person; relatives, and two people who share a given name, are not.
        if (a.Length >= 2 && differing < a.Length - 1 && odd.Count == 1 && NameText.IsVowelVariant(x, y)
            && canonical.Mentions.All(IsTitled) && odd.Mentions.All(IsTitled))
        {
            return string.Empty;
        }

        // "Pham Quang Dzung" once beside "Pham Quang Dung": one Vietnamese given name in two romanisations, not a second person.
        if (a.Length >= 3 && differing == a.Length - 1 && odd.Count == 1 && a.Traditions is { } vietnamese
            && vietnamese.Contains(NameTradition.LastGivenName) && NameText.IsVietnameseDzVariant(x, y))
        {
            return string.Empty;
        }

        // Only family-name-first names: in "John F. Kennedy" / "Robert F. Kennedy" a different given name is a different person.
        if (a.Length >= 3 && differing > 0 && a.Traditions is { } traditions && !SpeaksOfKinship(model) && odd.Count == 1
            && !IsVietnameseCallName(traditions, differing, a.Length) && !NamesThings(canonical, odd)
            && x.Length > 1 && y.Length > 1 && !x.EndsWith('.') && !y.EndsWith('.'))
        {
            return MaybeDifferent;
        }

        if (a.Length >= 3 && differing == a.Length - 1 && odd.Count == 1 && lexicon.AreSwappableHeads(x, y) && !(canonical.DefinesAcronym && odd.DefinesAcronym))
        {
            return MaybeDifferentOrganisations;
        }

        return null;
    }

    /// <summary>
    /// "the German foreign minister" beside "travel to Germany": a place and its adjective made by dropping the final
    /// "y", or by turning its final "a" to "e" ("from Argentina" / "Argentine fans"; the forms made by adding a letter,
    /// "Russia" / "Russian", are never one edit apart). The adjective must stand before a lower-case word, and after an
    /// article or with the place after a preposition of place; and no full name may end in the place's word, so that
    /// "Zelensky said" beside "Volodymyr Zelenskyy" is still reported.
    /// </summary>
    private static bool IsPlaceAndAdjective(FormStats canonical, FormStats odd, string x, string y, List<FormStats> forms, string text)
    {
        var xIsPlace = x.Length > y.Length || (x.Length == y.Length && x[^1] == 'a');
        var (place, adjective) = xIsPlace ? (canonical, odd) : (odd, canonical);
        var (placeWord, adjectiveWord) = xIsPlace ? (x, y) : (y, x);
        var droppedY = placeWord[^1] == 'y' && placeWord.AsSpan(0, placeWord.Length - 1).SequenceEqual(adjectiveWord);
        var aToE = placeWord.Length == adjectiveWord.Length && placeWord[^1] == 'a' && adjectiveWord[^1] == 'e'
            && placeWord.AsSpan(0, placeWord.Length - 1).SequenceEqual(adjectiveWord.AsSpan(0, adjectiveWord.Length - 1));
        if (!(droppedY || aToE) || forms.Exists(f => f.First.Length >= 2 && f.First.Last.Text == placeWord))
        {
            // "Volodymyr Zelenskyy": a full name ending in the longer word makes it a surname.
            return false;
        }

        if (!StandsBeforeLowercaseNouns(adjective, text))
        {
            return false;
        }

        return adjective.Mentions.Any(static m => m.PreviousWord is "the" or "a" or "an" or "The" or "A" or "An")
            || place.Mentions.Any(static m => m.PreviousWord is "in" or "to" or "from" or "into" or "across" or "near" or "throughout" or "visit" or "visited" or "visiting");
    }

    /// <summary>Every mention of <paramref name="form"/> stands straight before a lower-case word, as an adjective: "the German minister".</summary>
    private static bool StandsBeforeLowercaseNouns(FormStats form, string text) => form.Mentions.All(m => StandsBeforeLowercaseNoun(m, text));

    private static bool StandsBeforeLowercaseNoun(Mention mention, string text)
    {
        var end = mention.Span.End;
        return mention.Possessive.Length == 0 && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
    }

    /// <summary>
    /// "sold out for German car exports" beside "Francie Gorman": a nationality adjective, untitled, before a lower-case
    /// noun names no person; "Mr German said" is still a slip.
    /// </summary>
    internal static bool IsNationalityAdjective(NameLexicon lexicon, Mention mention, string text) =>
        mention.Length == 1 && mention.Honorific is null && mention.Title is null
        && lexicon.NationalityAdjectives.Contains(mention.Form) && StandsBeforeLowercaseNoun(mention, text);

    /// <summary>
    /// "4.4 million Somalis" beside "southern Somalia", "younger Germans" beside "Germany", "many Swedes" beside "Sweden":
    /// a place in "-ia", "-y" or "-en" and its people in "-s", the final letter the only difference. The place must stand
    /// after a preposition of place (or, for "-y" and "-en", the people after a lower-case word: "younger Germans"), and no full name may end in either word (but one such as
    /// "Alternative for Germany"), so that
    /// a surname slip ("Lucis" for "Maria Lucia", "Kenneds" for "John Kennedy") is still reported.
    /// </summary>
    internal static bool IsPlaceAndDemonym(FormStats canonical, FormStats odd, string x, string y, List<FormStats> forms)
    {
        var (place, placeWord, people, peopleWord) = x[^1] is 'a' or 'y' or 'n' ? (canonical, x, odd, y) : (odd, y, canonical, x);
        if (placeWord.Length != peopleWord.Length || peopleWord[^1] != 's' || !(placeWord.EndsWith("ia", StringComparison.Ordinal) || placeWord[^1] == 'y' || placeWord.EndsWith("en", StringComparison.Ordinal))
            || !placeWord.AsSpan(0, placeWord.Length - 1).SequenceEqual(peopleWord.AsSpan(0, peopleWord.Length - 1))
            || forms.Exists(f => f.First.Length >= 2 && (f.First.Last.Text == placeWord || f.First.Last.Text == peopleWord) && !EndsAfterConnector(f.First)))
        {
            return false;
        }

        return place.Mentions.Any(static m => m.PreviousWord is "in" or "to" or "from" or "into" or "across" or "near" or "throughout" or "visit" or "visited" or "visiting" or "southern" or "northern" or "eastern" or "western" or "central")
            || (placeWord[^1] is 'y' or 'n' && people.Mentions.All(static m => m.PreviousWord is [>= 'a' and <= 'z', ..]));
    }

    /// <summary>"Alternative for Germany": a name whose last word follows "for" or "of" names no one by it ("de" still may).</summary>
    private static bool EndsAfterConnector(Mention name) => name.WordAt(name.Length - 2) is "for" or "of";

    /// <summary>
    /// "Cllr Jean Conroy" written once after "Cllr Jean Conway" and "Conway": the same title and given names, and a surname
    /// that starts with the same three letters and is at most two edits from one the article uses at least twice. Another
    /// person with the same title, the same given name and so near a surname is far rarer than a slip; family ties, and a
    /// spelling used anywhere else, still say two people.
    /// </summary>
    private static bool IsTitledSurnameSlip(FormStats canonical, FormStats odd, string x, string y, int differing, List<FormStats> forms, NamingModel model)
    {
        var a = canonical.First;
        var b = odd.First;
        return odd.Count == 1 && differing == a.Length - 1 && a.Length >= 2 && a.Traditions is null && a.Index < b.Index
            && a.Title is { } title && string.Equals(title, b.Title, StringComparison.OrdinalIgnoreCase)
            && x.Length >= 4 && y.Length >= 4 && string.CompareOrdinal(x, 0, y, 0, 3) == 0 && NameText.Distance(x, y) <= 2
            && SurnameUses(x, forms) >= 2 && SurnameUses(y, forms) == 1
            && !SpeaksOfKinship(model) && !SurnameOfDifferentPeople(x, y, forms) && !odd.IsPlaceOnly;
    }

    /// <summary>
    /// "Prince Hary" written once after "Prince Harry": a one-word name after the same title, a doubled letter written
    /// single or a single one doubled (<see cref="NameText.IsDoubling"/>). Another "Bryan" beside "Bryant" may be another
    /// person; no title is shared by two people whose names differ only so. Family ties still say two people. An
    /// honorific's slip ("Dr Crib" after "Dr Cribb") is CL2006's to report.
    /// </summary>
    private static bool IsTitledSingleNameDoubling(FormStats canonical, FormStats odd, string x, string y, List<FormStats> forms, NamingModel model)
    {
        var a = canonical.First;
        var b = odd.First;
        return odd.Count == 1 && a.Length == 1 && a.Index < b.Index && a.Traditions is null
            && a.Title is { } title && string.Equals(title, b.Title, StringComparison.OrdinalIgnoreCase)
            && NameText.IsDoubling(x, y) && !SpeaksOfKinship(model) && !SurnameOfDifferentPeople(x, y, forms) && !odd.IsPlaceOnly;
    }

    /// <summary>
    /// "Supt Clare Hatton" written once after "Supt Claire Hatton", the surname used once more: the same title and surname
    /// and a given name one letter out. Family ties still say two people.
    /// </summary>
    private static bool IsTitledGivenNameSlip(FormStats canonical, FormStats odd, string x, string y, int differing, List<FormStats> forms, NamingModel model)
    {
        var a = canonical.First;
        var b = odd.First;
        return odd.Count == 1 && differing < a.Length - 1 && a.Traditions is null && a.Index < b.Index
            && a.Title is { } title && string.Equals(title, b.Title, StringComparison.OrdinalIgnoreCase)
            && x.Length >= 4 && y.Length >= 4 && x[0] == y[0] && NameText.IsOneEditApart(x, y)
            && SurnameUses(a.Last.Text, forms) >= 3 && !SpeaksOfKinship(model);
    }

    /// <summary>
    /// "Chief Executive Pieter Vandermeer said …", then "Peter Vandermeer said": a full name written once, with no title
    /// and no introduction (the verb straight after it), whose given name is one letter from that of a titled person of
    /// the same surname named before. A second person of that surname would be introduced ("Clare Hatton, a neighbour,
    /// said"); a sibling's name that differs in its ending ("Francis" / "Frances", "Mario" / "Maria") is left alone,
    /// and so is every article that speaks of family ties or names a third given name with the surname.
    /// </summary>
    private static bool IsUnintroducedGivenNameSlip(FormStats canonical, FormStats odd, string x, string y, int differing, List<FormStats> forms, NamingModel model)
    {
        var a = canonical.First;
        var b = odd.First;
        return odd.Count == 1 && differing < a.Length - 1 && a.Traditions is null && a.Index < b.Index
            && ((a.Title ?? a.Honorific) is not null || IsSurnameAloneBetween(model, a, b) || IsFollowedByApposition(model.Document.Text, a))
            && b.Title is null && b.Honorific is null && b.NameStart == 0
            && x.Length >= 4 && y.Length >= 4 && (NameText.IsOneEditApart(x, y) || NameText.IsDoubling(x, y)) && !IsSiblingPair(x, y)
            && (IsUnintroducedSubject(model, b) || IsOpeningPossessive(model, a, b))
            && !HasThirdGivenName(a, x, y, forms) && !SpeaksOfKinship(model);
    }

    /// <summary>
    /// "said Cindy McCain, WFP's executive director", "Jeffrey Teo, 58, who posted": a comma straight after the name opens
    /// what introduces the person, as a title does.
    /// </summary>
    private static bool IsFollowedByApposition(string text, Mention name)
    {
        var end = name.Span.End + name.Possessive.Length;
        return name.Possessive.Length == 0 && text.AsSpan(end).StartsWith(", ", StringComparison.Ordinal);
    }

    private static bool IsUnintroducedSubject(NamingModel model, Mention b) =>
        b.Possessive.Length == 0 && b.Span.End < model.Document.Text.Length && model.Document.Text[b.Span.End] == ' '
        && NameContext.IsSubjectOfVerb(model.Document, b);

    /// <summary>
    /// "Mohammad Siraj's figures were his best" opening a sentence, after "Mohammed Siraj" and "Siraj" alone: a person
    /// already known, not introduced.
    /// </summary>
    private static bool IsOpeningPossessive(NamingModel model, Mention a, Mention b) =>
        b.Possessive.Length > 0 && b.IsSentenceInitial && IsSurnameAloneBetween(model, a, b);

    /// <summary>
    /// "said Eilidh MacLeod, who chairs the council", then "Eilidh McLeod said …": a full name written once, opening its
    /// sentence or a clause after a comma with the verb straight after it ("In later years, Eleanor Vanse returned"): a
    /// person already known, not introduced. It has the given names of one named
    /// before and a surname one letter from theirs, a vowel added at the end too ("Jackson Tuweii said" after "Jackson
    /// Tuwei"); a title does not make it an introduction ("Judge Tony Baumgarter said" after "Judge Tony Baumgartner").
    /// A second person of so near a name would be introduced ("Eilidh McLeod, a neighbour, said"); a spelling used
    /// anywhere else still says two people. A relative clause after the name ("Chris Waler, who also won the race") reads
    /// as an introduction unless the article has written the surname at least three times.
    /// </summary>
    private static bool IsRepeatedFullNameSurnameSlip(FormStats canonical, FormStats odd, string x, string y, int differing, List<FormStats> forms, NamingModel model)
    {
        var a = canonical.First;
        var b = odd.First;
        var text = model.Document.Text;
        var end = b.Span.End + b.Possessive.Length;
        var opens = b.IsSentenceInitial || FollowsOpeningRole(text, b);
        return odd.Count == 1 && a.Length >= 2 && differing == a.Length - 1 && a.Traditions is null && a.Index < b.Index
            && (b.Possessive.Length == 0 || opens)
            && ((opens && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterLower(text[end + 1]))
                || (opens && text.AsSpan(end).StartsWith(", who ", StringComparison.Ordinal) && SurnameUses(x, forms) >= 3)
                || ClosesQuoteAttribution(text, b) || (FollowsClause(text, b) && IsUnintroducedSubject(model, b)))
            && NameText.LetterCount(x) >= MinimumSurnameLetters(a, x, y) && NameText.LetterCount(y) >= MinimumSurnameLetters(a, x, y)
            && (NameText.IsOneEditApart(x, y) || IsVowelAdded(x, y) || IsFinalYWrittenIe(x, y) || (a.Length >= 3 && (HasLetterPrefixed(x, y) || HasLetterPrefixed(y, x))))
            && IsWrittenOnce(model, y) && !SurnameOfDifferentPeople(x, y, forms) && !odd.IsPlaceOnly && !OpensLongerName(y, forms);
    }

    /// <summary>
    /// "\"We are not going away,\" said Maria Salasar.": the name closes the sentence after a quote and its verb, with
    /// nothing after it to introduce a newcomer ("said Maria Salasar, a neighbour"), so it is the person already named.
    /// </summary>
    private static bool ClosesQuoteAttribution(string text, Mention name)
    {
        var end = name.Span.End;
        if (end >= text.Length || text[end] != '.' || (end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1])))
        {
            return false;
        }

        var before = text.AsSpan(0, name.Span.Start);
        foreach (var verb in QuoteVerbs)
        {
            if (before.EndsWith(verb, StringComparison.Ordinal) && before.Length >= verb.Length + 2
                && before[^(verb.Length + 1)] is '"' or '\u201D' && before[^(verb.Length + 2)] is ',' or '?' or '!')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] QuoteVerbs = [" said ", " says ", " added ", " adds "];

    /// <summary>
    /// "Watch manager Chris Kenyan added", "Senior warden Simon Gitao said": a rank or role of at most three words opens
    /// the sentence, its last word the name's title, so the name is the sentence's subject as if it opened it.
    /// </summary>
    private static bool FollowsOpeningRole(string text, Mention name)
    {
        if (name.Title is not { } title)
        {
            return false;
        }

        var before = text.AsSpan(0, name.Span.Start);
        var stop = before.LastIndexOf(". ", StringComparison.Ordinal);
        var role = before[Math.Max(before.LastIndexOf('\n') + 1, stop < 0 ? 0 : stop + 2)..].TrimEnd(' ');
        return role.Length > title.Length && char.IsUpper(role[0]) && role.Count(' ') <= 2 && !role.ContainsAnyExcept(RoleCharacters)
            && role.EndsWith(title, StringComparison.OrdinalIgnoreCase) && role[^(title.Length + 1)] == ' ';
    }

    private static readonly System.Buffers.SearchValues<char> RoleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -");

    /// <summary>"Sowerbie" for "Sowerby": a surname's final "y" written "ie", two edits that sound the same.</summary>
    private static bool IsFinalYWrittenIe(string x, string y)
    {
        var (withY, withIe) = x.Length < y.Length ? (x, y) : (y, x);
        return withIe.Length == withY.Length + 1 && withY[^1] == 'y' && withIe.EndsWith("ie", StringComparison.Ordinal)
            && withIe.AsSpan(0, withY.Length - 1).SequenceEqual(withY.AsSpan(0, withY.Length - 1));
    }

    /// <summary>"In later years, Eleanor Vanse returned": the name opens a clause after a comma, with no word to introduce it ("Her cousin").</summary>
    private static bool FollowsClause(string text, Mention name) => text.AsSpan(0, name.Span.Start).EndsWith(", ", StringComparison.Ordinal);

    /// <summary>
    /// Five letters in the last word; four when one spelling doubles a letter of the other ("Elon Muskk thanked", "Babar
    /// Azzam faced"); three in a name of three words or more, whose two same words already say one person ("Zaw Min Htun
    /// did not say" just after "Maj. Gen. Zaw Min Tun").
    /// </summary>
    private static int MinimumSurnameLetters(Mention name, string x, string y) => name.Length >= 3 ? 3 : NameText.IsDoubling(x, y) ? 4 : 5;

    /// <summary>
    /// "Tuweii" for "Tuwei", "Jayakara" for "Jayakar": one spelling is the other with a vowel added at the end, which
    /// <see cref="NameText.IsOneEditApart"/> leaves out; an added "n" or "s" makes a people or a plural ("South African",
    /// "Social Democrats").
    /// </summary>
    private static bool IsVowelAdded(string x, string y)
    {
        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        return longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[^1] is 'a' or 'e' or 'i';
    }

    /// <summary>"Htun" for "Tun": one capital put before the word, its own capital lowered (a Burmese aspirate written or not).</summary>
    private static bool HasLetterPrefixed(string word, string longer) =>
        longer.Length == word.Length + 1 && char.IsUpper(longer[0]) && char.ToLowerInvariant(word[0]) == longer[1]
        && longer.AsSpan(2).SequenceEqual(word.AsSpan(1));

    /// <summary>No mention but one, reliable or not, ends in <paramref name="surname"/> ("McLeod left early" counts).</summary>
    private static bool IsWrittenOnce(NamingModel model, string surname)
    {
        var uses = 0;
        foreach (var mention in model.Mentions)
        {
            if (mention.Last.Text == surname && ++uses > 1)
            {
                return false;
            }
        }

        return uses == 1;
    }

    /// <summary>
    /// Given names one edit apart that differ at the end, as a brother's and a sister's may ("Francis" / "Frances",
    /// "Mario" / "Maria", "Jesse" / "Jessie"); a final "i" for "y" in a name of six letters or more is a transliteration
    /// ("Dmitri" / "Dmitry", "Sergei" / "Sergey").
    /// </summary>
    private static bool IsSiblingPair(string x, string y)
    {
        if (NameText.IsDoubling(x, y) || IsDoubledFinalConsonant(x, y) || IsDoubledFinalConsonant(y, x))
        {
            // "Kristof" / "Kristoff", "Nicolle" / "Nicole": no one tells a brother from a sister by a doubled letter.
            return false;
        }

        if (x[^1] != y[^1])
        {
            return !(x.Length == y.Length && x.Length >= 6 && (x[^1], y[^1]) is ('i', 'y') or ('y', 'i') && x.AsSpan(0, x.Length - 1).SequenceEqual(y.AsSpan(0, y.Length - 1)));
        }

        // "Jesse" / "Jessie", "Francis" / "Frances"; but "Dean" / "Deen" is one name misspelt.
        return x.AsSpan().CommonPrefixLength(y) >= Math.Max(x.Length, y.Length) - 2 && (x.Length != y.Length || x[^1] == 's');
    }

    private static bool IsDoubledFinalConsonant(string word, string doubled) =>
        doubled.Length == word.Length + 1 && doubled.StartsWith(word, StringComparison.Ordinal) && doubled[^1] == word[^1]
        && char.IsAsciiLetterLower(word[^1]) && !"aeiouy".Contains(word[^1]);

    /// <summary>
    /// "Kristof Nemeth spent a decade in Budapest … Nemeth uses beef cheek … Kristoff Nemeth said": the surname alone, outside
    /// quotes, between the two full names says the story has one person of that name, as a title does.
    /// </summary>
    private static bool IsSurnameAloneBetween(NamingModel model, Mention a, Mention b)
    {
        var surname = a.Last.Text;
        for (var i = a.Index + 1; i < b.Index; i++)
        {
            var m = model.Mentions[i];
            if (m.Length == 1 && m.NameStart == 0 && !m.InQuote && m.First.Text == surname)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A full name other than <paramref name="name"/>'s with its surname and a given name that is neither spelling.</summary>
    private static bool HasThirdGivenName(Mention name, string x, string y, List<FormStats> forms)
    {
        var surname = name.Last.Text;
        foreach (var form in forms)
        {
            var m = form.First;
            if (m.Length >= 2 && m.Last.Text == surname && m.WordAt(0) != x && m.WordAt(0) != y)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Davidovich Fokina", the end of "Alejandro Davidovich Fokina": a name of two words or more that a longer name ends
    /// with is a compound surname, so a spelling one letter from it ("Davidovitch Fokina") is a slip, not another person
    /// whose given name differs.
    /// </summary>
    private static bool IsCompoundSurname(FormStats canonical, List<FormStats> forms)
    {
        var a = canonical.First;
        return a.Length >= 2 && forms.Exists(f => f.First.Length > a.Length && EndsWithWords(f.First, a));
    }

    private static bool EndsWithWords(Mention longer, Mention tail)
    {
        var offset = longer.Length - tail.Length;
        for (var k = 0; k < tail.Length; k++)
        {
            if (!string.Equals(longer.WordAt(offset + k), tail.WordAt(k), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Toyota Motor", "Toyota Industries" beside "Akio Toyoda": a word that opens longer names is a spelling the
    /// article uses on purpose (a company named for a family), not a slip of the surname.
    /// </summary>
    private static bool OpensLongerName(string word, List<FormStats> forms)
    {
        foreach (var form in forms)
        {
            if (form.First.Length > 1 && form.First.WordAt(0) == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentions of every form that ends in <paramref name="surname"/>.</summary>
    private static int SurnameUses(string surname, List<FormStats> forms)
    {
        var uses = 0;
        foreach (var form in forms)
        {
            if (string.Equals(form.First.Last.Text, surname, StringComparison.Ordinal))
            {
                uses += form.Count;
            }
        }

        return uses;
    }

    /// <summary>
    /// "a production of Hansel and Gretel", "Romeo and Juliet": a one-word form written once, joined by "and" to a
    /// one-word name the article gives nowhere else, is half of a title or of a pair of characters, not a slip of a
    /// surname ("Hanson and Canning said", Canning named before, is still one).
    /// </summary>
    internal static bool IsPairedWithStranger(NamingModel model, FormStats odd)
    {
        if (odd.Count != 1 || odd.First.Length != 1)
        {
            return false;
        }

        var mentions = model.Mentions;
        var name = odd.First;
        var at = name.Index;
        return (at + 1 < mentions.Length && AreJoinedByAnd(model, name, mentions[at + 1]) && IsNamedOnce(mentions, mentions[at + 1]))
            || (at > 0 && AreJoinedByAnd(model, mentions[at - 1], name) && IsNamedOnce(mentions, mentions[at - 1]));
    }

    /// <summary>Two one-word names with only " and " between them ("Hansel and Gretel").</summary>
    private static bool AreJoinedByAnd(NamingModel model, Mention left, Mention right) =>
        left.Length == 1 && right.Length == 1 && left.Possessive.Length == 0 && right.NameStart == 0
        && right.Span.Start - left.Span.End == " and ".Length
        && model.Document.Text.AsSpan(left.Span.End, " and ".Length).SequenceEqual(" and ");

    /// <summary>No other mention has the word of the one-word <paramref name="mention"/> among its words.</summary>
    private static bool IsNamedOnce(ImmutableArray<Mention> mentions, Mention mention)
    {
        var word = mention.First.Text;
        foreach (var other in mentions)
        {
            if (other == mention)
            {
                continue;
            }

            foreach (var w in other.Name)
            {
                if (w.Text == word)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A title with no title before it is a rank, not a name ("Marshal of the Royal Air Force" / "Marshall").</summary>
    private static bool IsBareTitle(NameLexicon lexicon, Mention mention, string word) => mention.NameStart == 0 && lexicon.IsTitle(word);

    /// <summary>
    /// The last word of a Vietnamese name is the given name the person is called by, and many share the family name and
    /// middle name ("Nguyen Thi Lan" / "Nguyen Thi Hong"): a different last word is a different person.
    /// </summary>
    private static bool IsVietnameseCallName(NameTradition[] traditions, int differing, int length) =>
        differing == length - 1 && traditions.All(t => t == NameTradition.LastGivenName);

    /// <summary>Acronyms and capitalised datelines ("BRUSSELS") are not spellings of the names they resemble.</summary>
    private static bool IsAllCapitals(Mention mention)
    {
        for (var i = 0; i < mention.Length; i++)
        {
            var word = mention.WordAt(i);
            if (word.Length < 2 || char.IsAsciiLetterLower(word[1]) || word.AsSpan().IndexOfAnyInRange('a', 'z') >= 0 || HasLower(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of a full name, or the word before a generational suffix ("Rodolfo Villanueva Jr.").</summary>
    private static string Surname(Mention name) =>
        name.Length > 2 && name.Last.Text is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV" ? name.WordAt(name.Length - 2) : name.Last.Text;

    /// <summary>
    /// How often the canonical spelling is used: its own mentions, and longer names ending in the word ("Volodymyr Zelensky",
    /// "Rodolfo Villanueva Jr.") or with it as the first of two surnames, the Spanish style ("Guadalupe Treviño Salas",
    /// shortened to "Treviño").
    /// </summary>
    private static int Support(FormStats canonical, string word, List<FormStats> forms)
    {
        var support = canonical.Count;
        if (canonical.First.Length == 1)
        {
            foreach (var form in forms)
            {
                if (form.First.Length > 1 && (Surname(form.First) == word || FirstOfTwoSurnames(form.First) == word))
                {
                    support += form.Count;
                }
            }
        }

        return support;
    }

    /// <summary>"Treviño" in "Guadalupe Treviño Salas": the word before the last of a name of three capitalised words, or null.</summary>
    private static string? FirstOfTwoSurnames(Mention name) =>
        name.Length == 3 && name.WordAt(1) is var word && word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(name.Last.Text[0]) ? word : null;

    /// <summary>
    /// "Bruno Fernandes" and "Enzo Fernandez" in one story: two surnames, two people. So too a spelling some full name
    /// ends in beside one no full name does ("Ben Phillips" beside the company "Philips").
    /// </summary>
    private static bool SurnameOfDifferentPeople(string x, string y, List<FormStats> forms)
    {
        string? givenX = null;
        string? givenY = null;
        foreach (var form in forms)
        {
            var m = form.First;
            if (m.Length >= 2)
            {
                if (m.Last.Text == x)
                {
                    givenX ??= m.WordAt(0);
                }
                else if (m.Last.Text == y)
                {
                    givenY ??= m.WordAt(0);
                }
            }
        }

        // "José Donoso" and "Jose Donosso": a given name without its accent is the same given name.
        return givenY is not null && (givenX is null || NameText.Key(givenX) != NameText.Key(givenY));
    }
}
