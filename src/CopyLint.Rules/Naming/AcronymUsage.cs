using CopyLint.Text;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>How an acronym is used where it stands: the clues that it needs no expansion (CL2004).</summary>
internal static partial class AcronymUsage
{
    /// <summary>
    /// An acronym used only in passing, as a company or a journal: a bare acronym after a preposition ("engineers at
    /// SSE", "data from LSEG": companies take no article, agencies do: "the IAEA", "the KFRA") or a title after
    /// "published in the" ("published in the BMJ"). Companies and journals whose name is the acronym are written so.
    /// An acronym that acts ("KCNA has not mentioned", "the IAEA said") or takes an article ("officials from the KFRA")
    /// anywhere it is named is reported.
    /// </summary>
    public static bool IsPassingName(NamingModel model, Mention mention, string key, IReadOnlyList<string> companyTitles)
    {
        // "according to LSEG meteorologists" … "according to LSEG data": a name that recurs only in passing. A journal's
        // title ("published in The BMJ") is one under a headline that names it too ("BMJ analysis shows"); a body is not
        // ("NAMA is gone" … "the last of NAMA's staff").
        if (!IsPassingUse(model, mention, companyTitles))
        {
            return false;
        }

        var journal = IsJournalTitle(model.Document.Text, mention);
        return model.Mentions.All(m => m.Span == mention.Span || !m.IsAcronym || (journal && m.InHeading) || AcronymText.Key(m.First.Text) != key
            || IsPassingUse(model, m, companyTitles) || IsPairedModifier(model.Document.Text, m));
    }

    private static bool IsJournalTitle(string text, Mention mention) =>
        !mention.IsSentenceInitial && PrecedingWords(text, mention.Span.Start, 3) is ["the" or "The", "in", "published" or "appeared" or "writing" or "reported"];

    /// <summary>
    /// "the Pfizer and GSK vaccines": named after another name, both before the noun that takes the article; the acronym
    /// neither acts nor takes an article of its own. A later use only: a name first used so is not named in passing.
    /// </summary>
    private static bool IsPairedModifier(string text, Mention mention)
    {
        var rest = text.AsSpan(mention.Span.End);
        return mention.Possessive.Length == 0 && rest.Length > 2 && rest[0] == ' ' && char.IsLower(rest[1])
            && PrecedingWords(text, mention.Span.Start, 3) is ["and", var other, "the" or "The"] && other.Length > 1 && char.IsUpper(other[0]) && char.IsLower(other[^1]);
    }

    private static bool IsPassingUse(NamingModel model, Mention mention, IReadOnlyList<string> companyTitles)
    {
        if (IsCompanyOfTitle(model.Document.Text, mention, companyTitles))
        {
            return true;
        }

        if (mention.IsSentenceInitial || IsBeforeMembers(model.Document.Text, mention))
        {
            return false;
        }

        var before = PrecedingWords(model.Document.Text, mention.Span.Start, 3);
        return before switch
        {
            ["the" or "The", "in", "published" or "appeared" or "writing" or "reported", ..] => true,
            // "A study published in JAMA found": a journal whose name is the acronym, bare.
            ["in", "published" or "appeared", ..] => true,
            // "registered with KOMCA", "complained to IPSO": a registry or a regulator, not a company.
            ["with", "registered" or "filed" or "lodged" or "accredited" or "licensed", ..] or ["to", "complained" or "appealed" or "applied" or "petitioned", ..] => false,
            // "lodge an appeal with PINS", "would appeal to PINS": the body that hears an appeal or a complaint.
            ["with" or "to", var appeal, ..] when AppealWords.Contains(appeal) => false,
            // "economists at Westpac and ANZ", "carmakers including BYD, Geely and SAIC": the last of a list of companies after the preposition.
            ["and" or "or", ..] => IsListAfterPreposition(model.Document.Text, mention.Span.Start),
            // "The recipients include STV, BECO Capital and Raed Ventures": the first of a list of names after "include".
            ["include" or "includes" or "included", ..] => IsListClosedAfter(model.Document.Text.AsSpan(mention.Span.End)),
            [var preposition, ..] => IsPreposition(preposition),
            // "members include Siemens, SAP and Ericsson": inside the list, which goes on after it.
            [] => IsInsideList(model.Document.Text, mention),
            _ => false,
        };
    }

    /// <summary>"an appeal with", "complain to": the noun or verb before the body that hears it.</summary>
    private static readonly WordSet AppealWords = new(["appeal", "appeals", "appealing", "complain", "complains", "complaining", "complaint", "complaints"]);

    /// <summary>
    /// "AMP chief economist Shane Oliphant said", "ING's senior analyst Warren Patterson": a company named as the employer
    /// of the person after a market or company title (rules/lists/acronym-company-titles.txt), as "Westpac chief
    /// economist" is. Not after "the", which an agency takes ("the KFRA chief executive").
    /// </summary>
    private static bool IsCompanyOfTitle(string text, Mention mention, IReadOnlyList<string> companyTitles)
    {
        if (mention.PreviousWord is "the" or "The")
        {
            return false;
        }

        var rest = text.AsSpan(mention.Span.End + mention.Possessive.Length);
        if (!rest.StartsWith(' '))
        {
            return false;
        }

        // The title, up to four words in lower case or initials ("chief US equity strategist"), then the capitalised name.
        var title = rest[1..];
        var length = 0;
        for (var words = 0; words < 4; words++)
        {
            var word = FirstWordLength(title[length..]);
            if (word == 0 || !(char.IsLower(title[length]) || AcronymText.IsAcronym(title.Slice(length, word))) || length + word >= title.Length - 2
                || title[length + word] != ' ')
            {
                return false;
            }

            length += word;
            if (char.IsUpper(title[length + 1]) && char.IsLower(title[length + 2]))
            {
                var phrase = title[..length];
                foreach (var listed in companyTitles)
                {
                    if (phrase.EndsWith(listed, StringComparison.Ordinal) && (phrase.Length == listed.Length || phrase[^(listed.Length + 1)] == ' '))
                    {
                        return true;
                    }
                }

                return false;
            }

            length++;
        }

        return false;
    }

    /// <summary>
    /// Before <paramref name="position"/>, "and" or "or" closes a list of capitalised names, joined by commas, that a
    /// preposition opens: "at Westpac and ", "including BYD, Geely and ", "including Toyota Motor, Sony Group and ".
    /// </summary>
    private static bool IsListAfterPreposition(string text, int position) =>
        IsListOpenedBefore(text, position - PrecedingWords(text, position, 1)[0].Length - 2);

    /// <summary>
    /// "include Siemens, SAP and Ericsson": a name after a comma in a list that goes on to "and" or "or" and a last name.
    /// "aid to Gaza, COGAT, said" is no list.
    /// </summary>
    private static bool IsInsideList(string text, Mention mention)
    {
        var start = mention.Span.Start;
        return start > 2 && text[start - 2] == ',' && IsListClosedAfter(text.AsSpan(mention.Span.End)) && IsListOpenedBefore(text, start - 2);
    }

    /// <summary>", Geely and SAIC", " and Ericsson": capitalised names, joined by commas, up to "and" or "or" and the last.</summary>
    private static bool IsListClosedAfter(ReadOnlySpan<char> rest)
    {
        for (var names = 0; names < 6; names++)
        {
            if (rest.StartsWith(" and ") || rest.StartsWith(" or "))
            {
                var last = rest[(rest[1] == 'a' ? 5 : 4)..];
                return !last.IsEmpty && char.IsUpper(last[0]);
            }

            if (!rest.StartsWith(", ") || rest.Length < 3 || !char.IsUpper(rest[2]))
            {
                return false;
            }

            // The name: capitalised words ("Sony Group").
            rest = rest[2..];
            var length = 0;
            while (length < rest.Length && (char.IsLetterOrDigit(rest[length]) || (rest[length] == ' ' && length + 1 < rest.Length && char.IsUpper(rest[length + 1]))))
            {
                length++;
            }

            rest = rest[length..];
        }

        return false;
    }

    /// <summary>
    /// Before <paramref name="end"/>, the end of a name, capitalised names of up to three words ("Sony Group"), joined by
    /// commas, that a preposition or "include" opens.
    /// </summary>
    private static bool IsListOpenedBefore(string text, int end)
    {
        for (var names = 0; names < 6 && end > 0; names++)
        {
            var start = WordStartBefore(text, end);
            if (start == end || !char.IsUpper(text[start]))
            {
                return false;
            }

            for (var words = 1; words < 3 && start > 1 && text[start - 1] == ' ' && char.IsLetterOrDigit(text[start - 2]); words++)
            {
                var previous = WordStartBefore(text, start - 1);
                if (!char.IsUpper(text[previous]))
                {
                    break;
                }

                start = previous;
            }

            if (start < 2 || text[start - 1] != ' ' || text[start - 2] != ',')
            {
                return PrecedingWords(text, start, 1) is [var opener] && (IsPreposition(opener) || opener is "include" or "includes" or "included");
            }

            end = start - 2;
        }

        return false;
    }

    private static int WordStartBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>A preposition before a company named in passing; "including" opens a list of them ("carmakers including BYD, Geely and SAIC").</summary>
    private static bool IsPreposition(string word) => word is "at" or "from" or "by" or "with" or "for" or "of" or "to" or "on" or "including";

    /// <summary>"aimed at AMPAS voters", "talks with KFRA officials", "a tip from CBSA officers": a body's members or officials, which a company has not.</summary>
    private static bool IsBeforeMembers(string text, Mention mention)
    {
        var rest = text.AsSpan(mention.Span.End + mention.Possessive.Length);
        if (!rest.StartsWith(' '))
        {
            return false;
        }

        var word = rest[1..][..FirstWordLength(rest[1..])];
        return word is "voters" or "members" or "member" or "officials" or "delegates" or "inspectors" or "envoys" or "officers" or "agents" or "investigators";
    }

    /// <summary>
    /// "Mr Rotimi Oyedepo, SAN, asked", "Dr Ann Lee, FRCP, said": capitals between commas straight after a titled full
    /// name are the person's post-nominal letters, not a body to spell out.
    /// </summary>
    public static bool IsPostNominal(string text, Mention mention, Mention? previous)
    {
        var start = mention.Span.Start;
        return previous is { } person && (person.Honorific ?? person.Title) is not null && person.Length >= 2
            && person.SentenceIndex == mention.SentenceIndex && person.Last.Span.End + person.Last.Possessive.Length == start - 2
            && text[start - 2] == ',' && text[start - 1] == ' ' && mention.Span.End < text.Length && text[mention.Span.End] == ',';
    }

    /// <summary>
    /// "(Photo: RNLI/PA)", "(Picture: Reuters/AFP)": the agencies in a picture credit, which names them, not expands them.
    /// </summary>
    public static bool IsInPhotoCredit(string text, Mention mention, HashSet<string> photoNouns)
    {
        if (IsPictureLabel(text, mention, photoNouns))
        {
            return true;
        }

        var start = mention.Span.Start;
        var open = start == 0 ? -1 : text.LastIndexOf('(', start - 1, Math.Min(start, 40));
        if (open < 0)
        {
            return IsInCreditLine(text, mention, photoNouns) || IsInBarCredit(text, mention, photoNouns) || IsCaptionBarCredit(text, mention) || IsCreditAfterLabel(text, mention, photoNouns);
        }

        var inside = text.AsSpan(open + 1, start - open - 1);
        if (inside.IsEmpty && IsBeforePhotoNounAndSlash(text, mention.Span.End, photoNouns))
        {
            return true;
        }

        var colon = inside.IndexOf(':');
        return colon > 0 && !inside.ContainsAny(")\n") && photoNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(inside[..colon]);
    }

    /// <summary>"(CNS photo/Bob Roller)": a news service's own credit, its name before a picture noun and a slash.</summary>
    private static bool IsBeforePhotoNounAndSlash(string text, int end, HashSet<string> photoNouns)
    {
        var after = text.AsSpan(end);
        var slash = after.IndexOf('/');
        return slash > 2 && after[0] == ' ' && !after[1..slash].ContainsAny(" )\n") && photoNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after[1..slash]);
    }

    /// <summary>
    /// "… on Moi Avenue on Tuesday. PHOTO | FILE | NATION MEDIA GROUP": the label and the words of a credit in the Nation's
    /// form, a picture noun and names in capitals between bars closing the line.
    /// </summary>
    private static bool IsInBarCredit(string text, Mention mention, HashSet<string> photoNouns)
    {
        var start = mention.Span.Start;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', start) is >= 0 and var end ? end : text.Length;
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0)
        {
            return false;
        }

        var label = line[..bar];
        label = label[(label.LastIndexOf(' ') + 1)..];
        var credit = line[(bar - label.Length)..];
        return lineStart + bar - label.Length <= start && photoNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label)
            && !credit.ContainsAny(".,;:!?()\"") && !credit.ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// "Onosato holds the Emperor's Cup in Fukuoka on Sunday. | KYODO": the Japan Times' credit, the agency in capitals
    /// after a bar closing a caption's sentence and its line. "| The KCNA said" is prose.
    /// </summary>
    private static bool IsCaptionBarCredit(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var lineEnd = text.IndexOf('\n', start) is >= 0 and var end ? end : text.Length;
        var bar = start >= 4 ? text.LastIndexOf(" | ", start - 1, Math.Min(start, 40), StringComparison.Ordinal) : -1;
        if (bar < 1 || text[bar - 1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var credit = text.AsSpan(bar + 3, lineEnd - bar - 3).TrimEnd();
        return !credit.ContainsAnyInRange('a', 'z') && !credit.ContainsAny(".,;:!?()\"");
    }

    /// <summary>
    /// "… hand in their phones at the gate. Photograph: Ben Birchall/PA": the agency after a slash closing a credit line
    /// with no brackets, the label a picture noun before a colon on the same line.
    /// </summary>
    private static bool IsInCreditLine(string text, Mention mention, HashSet<string> photoNouns)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (start < 2 || text[start - 1] != '/' || !(end == text.Length || text[end] is '\n' or '\r'))
        {
            return false;
        }

        var before = text.AsSpan(0, start);
        var colon = before.LastIndexOfAny(':', '\n');
        if (colon < 0 || before[colon] != ':' || start - colon > 60 || before[(colon + 1)..].ContainsAny(".,;"))
        {
            return false;
        }

        var label = before[..colon];
        label = label[(label.LastIndexOfAny(' ', '\n') + 1)..];
        return photoNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);
    }

    /// <summary>
    /// "… on Monday. Photo: SCMP / Dickson Lee": the outlet just after a picture label's colon, before a slash and the
    /// photographer. With no label, "SCMP / Dickson Lee" is reported.
    /// </summary>
    private static bool IsCreditAfterLabel(string text, Mention mention, HashSet<string> photoNouns)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (!before.EndsWith(": ", StringComparison.Ordinal) || !text.AsSpan(mention.Span.End).TrimStart(' ').StartsWith('/'))
        {
            return false;
        }

        var label = before[..^2];
        label = label[(label.LastIndexOfAny(' ', '\n') + 1)..];
        return photoNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);
    }

    /// <summary>
    /// "(twenty-foot equivalent units)", "(houses in multiple occupation)": a bracket of lower-case words whose initials,
    /// bar connectors and short words, spell <paramref name="key"/>; a hyphenated word gives its first initial or one per part.
    /// </summary>
    public static bool IsLowerCaseExpansion(NamingModel model, ReadOnlySpan<char> bracket, string key)
    {
        var close = bracket[..Math.Min(bracket.Length, 100)].IndexOfAny(')', '\n');
        if (close < 0 || bracket[close] != ')')
        {
            return false;
        }

        var inside = bracket[..close];
        var k = 0;
        var words = 0;
        foreach (var range in inside.Split(' '))
        {
            var word = inside[range];
            if (word.IsEmpty || word.ContainsAnyExcept(LowerWordChars) || k == key.Length)
            {
                return false;
            }

            // As in a lower-case phrase before the acronym, connectors and short words give no initial: "houses in multiple occupation".
            if (word.Length < 3 || model.Lexicon.IsConnector(word) || word is "and" or "the" or "for")
            {
                continue;
            }

            var taken = InitialsTaken(word, key.AsSpan(k));
            if (taken == 0)
            {
                return false;
            }

            k += taken;
            words++;
        }

        return words >= 2 && k == key.Length;
    }

    private static readonly System.Buffers.SearchValues<char> LowerWordChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>
    /// How many letters of <paramref name="key"/> a lower-case word spells: one per hyphenated part when they all match
    /// ("exchange-traded" gives ET), else its initial ("twenty-foot" gives T), else none.
    /// </summary>
    private static int InitialsTaken(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || char.ToUpperInvariant(word[0]) != key[0])
        {
            return 0;
        }

        var parts = 0;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.IsEmpty || parts >= key.Length || char.ToUpperInvariant(part[0]) != key[parts])
            {
                return 1;
            }

            parts++;
        }

        return parts;
    }

    /// <summary>
    /// "the Party for Freedom, known by its Dutch initials PVV,", "its Spanish acronym, FARC", "the Party for Freedom, or
    /// PVV,": the acronym is given as the initials of the name just before it.
    /// </summary>
    private static bool IsNamedAsInitials(ReadOnlySpan<char> before, ReadOnlySpan<char> rest, ReadOnlySpan<char> acronym)
    {
        var pluralAcronym = acronym[^1] == 's';
        var named = before.TrimEnd(',').TrimEnd(' ');
        if (named.EndsWith(" initials", StringComparison.Ordinal) || named.EndsWith(" acronym", StringComparison.Ordinal)
            || named.EndsWith(" abbreviation", StringComparison.Ordinal))
        {
            return true;
        }

        // "the Party for Freedom, or PVV,", "Turkey's Disaster and Emergency Management Authority, known as AFAD,": the
        // capitalised name just before defines the acronym, whatever language its initials come from.
        var name = NameBeforeGloss(before);
        var last = name[(name.LastIndexOf(' ') + 1)..];
        // "by the Movement Toward Socialism, or MAS.": closing the sentence, the name must hold the acronym's letters in
        // order, from its first ("the El Niño, or ENSO." is reported).
        if (last.Length > 0 && char.IsUpper(last[0]))
        {
            return rest.StartsWith(",") || (rest.IsEmpty && HoldsLettersInOrder(CapitalisedRun(name), acronym));
        }

        // "214 neighbourhood units, or RTs,": a plural common noun glossed by the local term's initials, plural with it
        // ("The committee, or CR," is no gloss).
        return before.EndsWith(", or", StringComparison.Ordinal) && last.Length > 2 && char.IsLower(last[0]) && last[^1] == 's'
            && (rest.StartsWith("s,") || (rest.StartsWith(",") && pluralAcronym));
    }

    /// <summary>
    /// "the Party for Freedom, or", "Pilbara Minerals, which trades as": what <paramref name="before"/> holds before a
    /// cue that gives the next words as another name for it; empty if it ends with none.
    /// </summary>
    private static ReadOnlySpan<char> NameBeforeGloss(ReadOnlySpan<char> before)
    {
        foreach (var cue in OtherNameCues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal))
            {
                return before[..^cue.Length];
            }
        }

        return [];
    }

    /// <summary>A comma and the words that give another name for what stands before it.</summary>
    private static readonly string[] OtherNameCues =
        [", or", ", known as", ", which trades as", ", trading as", ", which is known as", ", also known as", ", branded as", ", which operates as"];

    /// <summary>The capitalised words that close <paramref name="text"/>, with the small words between them ("Movement Toward Socialism", "Party for Freedom").</summary>
    private static ReadOnlySpan<char> CapitalisedRun(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0)
        {
            var space = text[..start].TrimEnd(' ').LastIndexOf(' ');
            var word = text[(space + 1)..start].Trim(' ');
            if (word.IsEmpty || !(char.IsUpper(word[0]) || word is "of" or "for" or "and" or "de" or "del" or "la"))
            {
                break;
            }

            start = space + 1;
        }

        return text[start..].TrimStart(' ');
    }

    /// <summary>The name opens with the acronym's first letter and holds the rest of its letters in order.</summary>
    private static bool HoldsLettersInOrder(ReadOnlySpan<char> name, ReadOnlySpan<char> acronym)
    {
        if (name.IsEmpty || acronym.IsEmpty || char.ToUpperInvariant(name[0]) != acronym[0])
        {
            return false;
        }

        var at = 1;
        foreach (var letter in acronym[1..])
        {
            var found = name[at..].IndexOf(char.ToLowerInvariant(letter));
            var upper = name[at..].IndexOf(letter);
            var next = found < 0 ? upper : upper < 0 ? found : Math.Min(found, upper);
            if (next < 0)
            {
                return false;
            }

            at += next + 1;
        }

        return true;
    }

    /// <summary>"…, " after a lower-case word: a common noun the acronym names ("agency, WAFA"), not a place ("In Paris, ").</summary>
    private static bool FollowsCommonNoun(ReadOnlySpan<char> before)
    {
        if (!before.EndsWith(","))
        {
            return false;
        }

        var word = before[..^1];
        var start = word.LastIndexOf(' ') + 1;
        return start < word.Length && char.IsLower(word[start]);
    }

    /// <summary>
    /// "(6-2, 3.12 ERA)", "a 1.85 ERA in the postseason": capitals after a decimal figure are its unit, like "3.5 GW".
    /// A count is not enough: "Some 200 KFRA officials" is reported.
    /// </summary>
    public static bool IsUnitAfterDecimal(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (before.Length < 4 || before[^1] != ' ')
        {
            return false;
        }

        var figure = before[..^1];
        var digits = figure.Length - figure.TrimEnd("0123456789").Length;
        return digits > 0 && figure.Length > digits + 1 && figure[^(digits + 1)] == '.' && char.IsAsciiDigit(figure[^(digits + 2)]);
    }

    /// <summary>
    /// "Phil Pennington, RNZ" on a line of its own, or "Poppy Walsh" with "AAP" on the line under it: the byline gives the
    /// outlet's own name, which no newsroom spells out ("he told AAP").
    /// </summary>
    public static bool IsBylineOutlet(string text, Mention mention)
    {
        var acronym = mention.First.Text;
        for (var at = text.IndexOf(acronym, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + 1, StringComparison.Ordinal))
        {
            var end = at + acronym.Length;
            if (IsBylineService(text, at, end))
            {
                return true;
            }

            if (!(end == text.Length || text[end] is '\n' or '\r'))
            {
                continue;
            }

            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at >= 2 && text[at - 2] == ',' && text[at - 1] == ' ' && IsByline(text.AsSpan(lineStart, at - 2 - lineStart)))
            {
                return true;
            }

            // The outlet alone on its line, under the name: every word of which is capitalised.
            if (lineStart == at && at > 1)
            {
                var nameStart = text.LastIndexOf('\n', at - 2) + 1;
                var name = text.AsSpan(nameStart, at - 1 - nameStart).TrimEnd('\r');
                if (IsByline(name) && !ContainsLowerWord(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "By Mumin Ahmadi and RFE/RL's Tajik Service": the outlet whose service shares the byline, in its possessive
    /// (a slash-joined name whole), on a short unpunctuated line that opens with "By".
    /// </summary>
    private static bool IsBylineService(string text, int at, int end)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("/"))
        {
            var capitals = after[1..].IndexOfAnyExceptInRange('A', 'Z');
            after = capitals > 0 ? after[(capitals + 1)..] : [];
        }

        if (!(after.StartsWith("'s ") || after.StartsWith("’s ")) || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd('\r');
        return line.StartsWith("By ") && line.Count(' ') <= 8 && !line.ContainsAny(".,:;\"“”");
    }

    private static bool ContainsLowerWord(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split(' '))
        {
            if (line[range] is [var first, ..] && !char.IsUpper(first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Phil Pennington", "By Poppy Walsh": two to five capitalised words, unpunctuated.</summary>
    private static bool IsByline(ReadOnlySpan<char> line) =>
        line.Length > 0 && char.IsUpper(line[0]) && line.Count(' ') is >= 1 and <= 4 && !line.ContainsAny(".,:;\"“”");

    /// <summary>
    /// A stock reference, "(NASDAQ: NWSW)" or "(LSE: BARC)", or a listing on several exchanges, "(TSX: NXE; NYSE: NXE)":
    /// the exchanges and the symbols are all labels, not acronyms to spell out.
    /// </summary>
    public static bool IsTicker(string text, Mention mention)
    {
        var open = text.LastIndexOf('(', Math.Max(0, mention.Span.Start - 1));
        var close = text.IndexOf(')', mention.Span.End);
        if (open < 0 || close < 0 || close - open > 72 || mention.Span.Start <= open || mention.Span.End > close)
        {
            return false;
        }

        foreach (var range in text.AsSpan(open + 1, close - open - 1).SplitAny(";,"))
        {
            var listing = text.AsSpan(open + 1, close - open - 1)[range].Trim(' ');
            var colon = listing.IndexOf(": ");
            if (colon <= 0 || listing[..colon].Contains(' ') || !IsSymbol(listing[(colon + 2)..]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSymbol(ReadOnlySpan<char> symbol) =>
        symbol.Length is > 0 and <= 6 && !symbol.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    /// <summary>
    /// "The Bank of Japan raised rates" … "The BOJ raised", "a body mass index of 27" … "a BMI of 35": the acronym's
    /// letters open the words of one earlier phrase, in order, with nothing but spaces between them and no possessive
    /// ("North Korea's Central News Agency" gives CNA, not KCNA). In a name a
    /// connector gives its initial or none ("of" in BOJ); in lower case every word of three letters or more gives one,
    /// connectors none ("and" its initial or none), and the acronym needs three letters, so chance phrases rarely spell it. Asked only of an acronym
    /// about to be reported.
    /// </summary>
    public static bool IsSpelledOutBefore(NamingModel model, Mention mention, string key) => IsSpelledOutBefore(model, mention.Span.Start, key);

    /// <summary>As <see cref="IsSpelledOutBefore(NamingModel, Mention, string)"/>, for an acronym at <paramref name="position"/>.</summary>
    public static bool IsSpelledOutBefore(NamingModel model, int position, string key)
    {
        if (key.Length < 3)
        {
            return false;
        }

        var tokens = model.Document.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].Span.End <= position; i++)
        {
            if (tokens[i].IsWord && char.ToUpperInvariant(tokens[i].Text[0]) == key[0] && Spells(model, tokens, i, position, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Comet 3I/ATLAS was discovered by the Asteroid Terrestrial-impact Last Alert System": capitals closing an object's
    /// designation name the body it was named after, which capitalised words later in the same sentence spell out (four
    /// letters or more). The body itself used first ("certified by the RIAA, …, the Recording Industry Association of
    /// America said") or spelled out only in a later sentence is reported.
    /// </summary>
    public static bool IsSpelledOutLaterInSentence(NamingModel model, Mention mention, string key)
    {
        var text = model.Document.Text;
        if (key.Length < 4 || mention.Span.Start == 0 || text[mention.Span.Start - 1] is not ('/' or '-'))
        {
            return false;
        }

        var tokens = model.Document.Sentences[mention.SentenceIndex].Tokens;
        var end = model.Document.Sentences[mention.SentenceIndex].Span.End;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.Start >= mention.Span.End && tokens[i].IsWord && tokens[i].Text[0] == key[0] && Spells(model, tokens, i, end, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words from tokens[<paramref name="i"/>] on spell <paramref name="key"/>, before <paramref name="end"/>.</summary>
    private static bool Spells(NamingModel model, ArraySegment<Token> tokens, int i, int end, string key)
    {
        var k = 0;
        var first = i;
        var listed = false;
        // "2. House in multiple occupation, Bournbrook Road - refused" … "a seven-bed HMO": a subhead or list item in
        // sentence case, capitalised only because it opens its line, spells out in lower case.
        // So is a sentence's first word before words in lower case: "It is new. Cross-laminated timber, or CLT, …".
        var capitalised = char.IsUpper(tokens[i].Text[0]) && !((OpensLine(model.Document.Text, tokens[i].Span.Start) || OpensSentence(tokens, i)) && NextWordIsLower(tokens, i));
        for (; i < tokens.Count && tokens[i].Span.End <= end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Whitespace)
            {
                continue;
            }

            if (IsListComma(tokens, i, k, capitalised))
            {
                listed = true;
                continue;
            }

            if (!token.IsWord)
            {
                return false;
            }

            var word = token.Text;
            var initial = char.ToUpperInvariant(word[0]);
            if (k > 0 && (word is "and" || model.Lexicon.IsConnector(word) || (!capitalised && LowerCaseLinks.Contains(word))))
            {
                listed &= word is not "and";
                // "state and local tax" … "SALT", "miles per hour" … "MPH": a lower-case "and" or "per" gives its initial
                // when the acronym keeps it ("million gallons per day" … "MGD" leaves it out).
                k += (capitalised || word is "and" or "per") && initial == key[k] ? 1 : 0;
            }
            else if (initial != key[k] || (i != first && char.IsUpper(word[0]) != capitalised) || (word.Length > 1 && char.IsUpper(word[1])) || word.ContainsAny('\'', '’')
                || (!capitalised && (word.Length < 3 || IsLowerStopword(model, word))))
            {
                return false;
            }
            else
            {
                // "exchange-traded funds" … "ETFs": in lower case each part of a hyphenated word may give its initial.
                k += capitalised ? 1 : InitialsTaken(word, key.AsSpan(k));
            }

            if (k == key.Length)
            {
                return !listed;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Media, Entertainment and Arts Alliance" … "the MEAA": in a capitalised name a comma after a word of it lists
    /// the words before its "and", which the spelling must then reach.
    /// </summary>
    private static bool IsListComma(ArraySegment<Token> tokens, int i, int k, bool capitalised) =>
        capitalised && k > 0 && tokens[i].Text == "," && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Whitespace;

    /// <summary>
    /// "house in multiple occupation" … "HMO": small words a lower-case expansion may leave out of its initials ("per"
    /// may also give one).
    /// </summary>
    private static readonly WordSet LowerCaseLinks = new(["in", "with", "per"]);

    /// <summary>Only a list number ("2. ") or nothing stands before <paramref name="start"/> on its line.</summary>
    private static bool OpensLine(string text, int start)
    {
        var line = text.AsSpan(0, start);
        line = line[(line.LastIndexOf('\n') + 1)..].TrimEnd(' ');
        return line.IsEmpty || (line[^1] == '.' && !line[..^1].IsEmpty && !line[..^1].ContainsAnyExceptInRange('0', '9'));
    }

    /// <summary>A full stop, question mark or exclamation mark and a space stand just before tokens[<paramref name="i"/>].</summary>
    private static bool OpensSentence(ArraySegment<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Kind == TokenKind.Whitespace && tokens[i - 2].Text is "." or "?" or "!";

    /// <summary>The next word after tokens[<paramref name="i"/>] opens in lower case.</summary>
    private static bool NextWordIsLower(ArraySegment<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Kind != TokenKind.Whitespace)
            {
                return tokens[j].IsWord && char.IsLower(tokens[j].Text[0]);
            }
        }

        return false;
    }

    /// <summary>"the", "which", "this": a lower-case word the capitalised stop list holds ("The", "Which").</summary>
    private static bool IsLowerStopword(NamingModel model, ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> capitalised = stackalloc char[word.Length];
        word.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(capitalised[0]);
        return model.Lexicon.IsStopword(capitalised);
    }

    private static int FirstWordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsLetter(text[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>Up to <paramref name="count"/> words before <paramref name="position"/> in the same clause, nearest first.</summary>
    private static List<string> PrecedingWords(string text, int position, int count)
    {
        var words = new List<string>(count);
        var end = position;
        while (words.Count < count && end > 0 && text[end - 1] == ' ')
        {
            var start = end - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end - 1)
            {
                break;
            }

            words.Add(text[start..(end - 1)]);
            end = start;
        }

        return words;
    }
}
