namespace CopyLint.Rules.Naming;

/// <summary>CL2004's forms in capitals that are no acronym to spell out: shouts, datelines, units, labels, codes and zones.</summary>
public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "THE NEW two-point arc was supposed to …": a house style that sets a lede's first words in capitals. After an
    /// article in capitals opening the paragraph, the capitals that run on to a word in lower case are no acronym.
    /// </summary>
    private static bool IsLedeCapitals(Text.Document document, Mention mention)
    {
        var text = document.Text;
        var end = mention.Span.End;
        var sentence = document.Sentences[mention.SentenceIndex];
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1])
            || document.Paragraphs[sentence.ParagraphIndex].Sentences[0].Index != sentence.Index)
        {
            return false;
        }

        var opening = text.AsSpan(sentence.Span.Start, mention.Span.Start - sentence.Span.Start);
        return (opening.StartsWith("THE ") || opening.StartsWith("A ") || opening.StartsWith("AN ")) && IsCapitalRun(opening);
    }

    /// <summary>
    /// "THE full text of the treaty…", "WATER restrictions in Marbella…", "MORE than half of clergy…": a house style that sets a paragraph's first word
    /// in capitals, an everyday word (the story writes it in lower case, or a function word such as "The"). "FEHM criticised
    /// the plan" opens with capitals the story never writes in lower case, and is judged.
    /// </summary>
    private static bool IsLedeCapitalWord(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var end = mention.Span.End;
        var start = mention.Span.Start;
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]) || (start > 0 && text[start - 1] != '\n'))
        {
            return false;
        }

        var word = mention.First.Text;
        return model.IsWrittenInLowerCase(word) || model.Lexicon.Stopwords.Contains(string.Concat(word.AsSpan(0, 1), word[1..].ToLowerInvariant()));
    }

    /// <summary>"WICKET!", "GOAL!": a live blog's shouted word, not an acronym.</summary>
    private static bool IsShout(string text, Mention mention) => mention.Span.End < text.Length && text[mention.Span.End] == '!';

    /// <summary>"2,800 CFA francs", "in HK dollars": capitals before a currency noun are the currency's name, not a body to spell out.</summary>
    private bool IsCurrencyName(string text, Mention mention)
    {
        var end = mention.Span.End;
        if (mention.Possessive.Length > 0 || end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var next = text.AsSpan(end + 1);
        var length = next.IndexOfAnyExcept(Letters);
        return _currencies.Contains(length < 0 ? next : next[..length]);
    }

    /// <summary>
    /// "the strong New Taiwan dollar" … "The NTD has risen": a currency named earlier in capitalised words and its
    /// lower-case noun (rules/lists/figure-currency-words.txt), the initials of all of them spelling the code.
    /// </summary>
    private bool IsCurrencyNamedBefore(NamingModel model, Mention mention, string key)
    {
        if (key.Length < 3)
        {
            return false;
        }

        var tokens = model.Document.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].Span.End <= mention.Span.Start; i++)
        {
            if (tokens[i].IsWord && char.ToUpperInvariant(tokens[i].Text[0]) == key[^1] && _currencies.Contains(tokens[i].Text) && NameInitialsBefore(tokens, i, key.Length - 1).SequenceEqual(key.AsSpan(0, key.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The initials of the <paramref name="count"/> capitalised words just before tokens[<paramref name="i"/>], or empty.</summary>
    private static string NameInitialsBefore(ArraySegment<Text.Token> tokens, int i, int count)
    {
        var initials = new char[count];
        for (var j = i - 1; j >= 0 && count > 0; j--)
        {
            if (tokens[j].Kind == Text.TokenKind.Whitespace)
            {
                continue;
            }

            if (!tokens[j].IsWord || !char.IsUpper(tokens[j].Text[0]))
            {
                return "";
            }

            initials[--count] = tokens[j].Text[0];
        }

        return count == 0 ? new string(initials) : "";
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>" (UK) 570": a space, two to four capitals in brackets, a space and a digit.</summary>
    private static bool IsBracketedJurisdictionAndNumber(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith(" ("))
        {
            return false;
        }

        var close = after.IndexOf(')');
        return close is >= 4 and <= 6 && !after[2..close].ContainsAnyExceptInRange('A', 'Z')
            && after.Length > close + 2 && after[close + 1] == ' ' && char.IsAsciiDigit(after[close + 2]);
    }

    /// <summary>"SEOUL, Dec 4 (Reuters) -" opens wire copy; "GJ 486 b" is a catalogue number and "RTS,S" a code name, not an acronym.</summary>
    private static bool IsDatelineOrDesignation(Text.Document document, Mention mention)
    {
        var text = document.Text;
        var end = mention.Span.End;
        if (end + 1 < text.Length && text[end] == ' ' && char.IsDigit(text[end + 1]))
        {
            return true;
        }

        // "ISA (UK) 570", "IAS (NZ) 1": a standard's designation with the jurisdiction of its version before its number.
        if (IsBracketedJurisdictionAndNumber(text.AsSpan(end)))
        {
            return true;
        }

        // "the RTS,S vaccine": a comma and a capital with no space, a product's code name, not an acronym cut short.
        if (end + 2 < text.Length && text[end] == ',' && char.IsAsciiLetterUpper(text[end + 1]) && !char.IsLetterOrDigit(text[end + 2]))
        {
            return true;
        }

        var sentence = document.Sentences[mention.SentenceIndex];
        if (document.Paragraphs[sentence.ParagraphIndex].Sentences[0].Index != sentence.Index)
        {
            return false;
        }

        // "NEW YORK —": the last word of a place in capitals opening the paragraph, its first word left out of the
        // mention when the story also writes it in lower case ("a new line"). "HANOI, Vietnam, HANOI, Vietnam (AP) —":
        // the doubled dateline's second place (CL5002 reports the repeat).
        var start = sentence.Span.Start;
        if (!mention.IsSentenceInitial && (mention.Span.Start - start > 60
            || (!IsCapitalRun(text.AsSpan(start, mention.Span.Start - start)) && !IsSlashedPlace(text.AsSpan(start, mention.Span.Start - start))
                && !IsPlaceAndComma(text.AsSpan(start, mention.Span.Start - start))
                && (!text.AsSpan(start).StartsWith(text.AsSpan(mention.Span.Start, mention.Span.Length), StringComparison.Ordinal)
                    || char.IsLetter(text[start + mention.Span.Length])))))
        {
            return false;
        }

        var next = text.AsSpan(end).TrimStart(' ');

        // "MUMBAI/SHANGHAI, Feb 16 -": a dateline of two places joined by a slash.
        if (next.StartsWith('/'))
        {
            next = next[1..];
            var place = next.IndexOfAnyExcept(CapitalsAndSpace);
            next = place < 0 ? [] : next[place..];
        }

        return next.Length > 0 && (next[0] is ',' or '(' or '-' or '–' or '—' || (next[0] == ':' && OpensFirstBodyParagraph(document, sentence.ParagraphIndex)));
    }

    /// <summary>
    /// "APIA, 3 JUNE -", "SUVA, 12 SEPT (PACNEWS) -": a month in capitals after the day, in a dateline of day-month order
    /// that opens the paragraph, is the date, not an acronym.
    /// </summary>
    private bool IsDatelineMonth(Text.Document document, Mention mention)
    {
        var text = document.Text;
        if (!_months.Contains(text.AsSpan(mention.Span.Start, mention.Span.Length)))
        {
            return false;
        }

        var start = document.Sentences[mention.SentenceIndex].Span.Start;
        var before = text.AsSpan(start, mention.Span.Start - start);
        if (before.Length > 60 || !before.EndsWith(" "))
        {
            return false;
        }

        var day = before[..^1];
        var place = day.TrimEnd("0123456789");
        var digits = day.Length - place.Length;
        if (digits is < 1 or > 2 || !place.EndsWith(", ") || place.Length < 4 || !char.IsUpper(place[0]) || place[..^2].ContainsAnyExcept(PlaceCapitals))
        {
            return false;
        }

        var next = text.AsSpan(mention.Span.End).TrimStart(' ');
        return next.Length > 0 && next[0] is ',' or '(' or '-' or '–' or '—';
    }

    /// <summary>
    /// "RIYADH: Saudi Arabia's box office …": the Gulf papers' dateline ends in a colon. Only where the copy starts
    /// (the first paragraph, or the first after the headline and any display lines) is a capital word and a colon a
    /// dateline; "UNRWA: The agency said" further down is judged as an acronym.
    /// </summary>
    private static bool OpensFirstBodyParagraph(Text.Document document, int paragraphIndex)
    {
        for (var k = 1; k < paragraphIndex; k++)
        {
            if (!document.Paragraphs[k].IsHeadingLike)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceCapitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ .-'’");

    private static readonly System.Buffers.SearchValues<char> CapitalsAndSpace = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ ");

    /// <summary>
    /// "Goff 25 of 33, 3 TD, 0 INT; Love 2 TD, 1 INT.": capitals that stand after a number at the end of a list item,
    /// twice or more in the story, are a stat line's units, like "314 yards". Once, or followed by more words ("in
    /// 2019 FIFA fined"), they are not.
    /// </summary>
    private static bool IsStatUnit(string text, Mention mention)
    {
        var start = mention.Span.Start;
        if (start < 2 || text[start - 1] != ' ' || !char.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }

        var acronym = mention.First.Text;
        var count = 0;
        var from = 0;
        while (text.AsSpan(from).IndexOf(acronym, StringComparison.Ordinal) is var found and >= 0)
        {
            var at = from + found;
            var end = at + acronym.Length;
            if (at >= 2 && text[at - 1] == ' ' && char.IsAsciiDigit(text[at - 2])
                && (end == text.Length || text[end] is ',' or ';' or '\n' or '\r' or ')' || (text[end] == '.' && (end + 1 == text.Length || !char.IsLetter(text[end + 1]))))
                && ++count == 2)
            {
                return true;
            }

            from = end;
        }

        return false;
    }

    /// <summary>"CAIRO/" before "GENEVA, Dec 24": the first place of a dateline of two, in capitals, and its slash.</summary>
    private static bool IsSlashedPlace(ReadOnlySpan<char> words) =>
        words.Length > 2 && words[^1] == '/' && char.IsUpper(words[0]) && !words[..^1].ContainsAnyExcept(CapitalsAndSpace);

    /// <summary>"BATHURST, " before "NSW —": a dateline's place in capitals and its comma, a state or region after it.</summary>
    private static bool IsPlaceAndComma(ReadOnlySpan<char> words) =>
        words.Length > 3 && words[^2] == ',' && words[^1] == ' ' && char.IsUpper(words[0]) && !words[..^2].ContainsAnyExcept(CapitalsAndSpace);

    /// <summary>Words in capitals, each followed by a space: "NEW ", "THE ", "PORT OF ".</summary>
    private static bool IsCapitalRun(ReadOnlySpan<char> words)
    {
        if (words.Length < 2 || words[^1] != ' ' || !char.IsUpper(words[0]))
        {
            return false;
        }

        foreach (var c in words)
        {
            if (!(char.IsUpper(c) || c is ' ' or '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters a model's name may hold before its number: "ID.4", "EX30", "Q8".</summary>
    private const int MaxModelLetters = 3;

    /// <summary>
    /// "- ID.4 GTX: 79kWh, 250kW" … "The four-wheel-drive GTX performance model": capitals the story writes somewhere
    /// straight after a model's name of capitals and a number (a dot between allowed: "ID.4", "EX30", "Q8") are its trim or
    /// badge, a product's name that stands for nothing. "COVID-19 PCR" (a hyphen) and "G7" (a group) are no model.
    /// </summary>
    private static bool IsModelTrim(string text, string key)
    {
        if (key.Length > 4)
        {
            return false;
        }

        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            var after = at + key.Length;
            if ((after == text.Length || !char.IsLetterOrDigit(text[after])) && IsAfterModelName(text.AsSpan(0, at)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="before"/> ends with a model's name and a space: "ID.4 ", "EX30 ".</summary>
    private static bool IsAfterModelName(ReadOnlySpan<char> before)
    {
        if (before.Length < 3 || before[^1] != ' ' || !char.IsAsciiDigit(before[^2]))
        {
            return false;
        }

        var model = before[..^1];
        model = model[(model.LastIndexOfAny(' ', '\n') + 1)..];
        var digits = model.IndexOfAnyInRange('0', '9');
        var name = model[..digits].TrimEnd('.');
        return name.Length is > 0 and <= MaxModelLetters && !name.ContainsAnyExceptInRange('A', 'Z') && !model[digits..].ContainsAnyExceptInRange('0', '9')
            && !(name.Length == 1 && name[0] == 'G');
    }

    /// <summary>
    /// "Boeing 737 MAX": capitals straight after a model number, three digits after a maker's name ("Boeing 737"; not
    /// "carried 12", "In 2024" or "Some 200"). "Airbus A350 XWB" is one name already.
    /// </summary>
    private static bool IsModelDesignation(NamingModel model, int start)
    {
        var before = model.Document.Text.AsSpan(0, start);
        if (before.Length < 3 || before[^1] != ' ' || !char.IsAsciiDigit(before[^2]))
        {
            return false;
        }

        var number = before[..^1];
        number = number[(number.LastIndexOf(' ') + 1)..];
        var maker = before[..^(number.Length + 1)].TrimEnd(' ');
        maker = maker[(maker.LastIndexOf(' ') + 1)..];
        return number.Length == 3 && !number.ContainsAnyExceptInRange('0', '9') && maker.Length > 1 && char.IsAsciiLetterUpper(maker[0])
            && !maker[1..].ContainsAnyExceptInRange('a', 'z') && !model.Lexicon.IsStopword(maker);
    }

    /// <summary>
    /// "on the GOV.UK website": capitals joined to letters by a dot are a web address, not an acronym; after a word and
    /// "@", a handle's or an app's name ("the Police@SG app").
    /// </summary>
    private static bool IsInWebDomain(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        return (end < text.Length && text[end - 1] == '.' && char.IsLetter(text[end]))
            || (end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1]))
            || (start > 1 && text[start - 1] == '.' && char.IsLetter(text[start - 2]))
            || (start > 1 && text[start - 1] == '@' && char.IsLetterOrDigit(text[start - 2]));
    }

    /// <summary>
    /// "Most London Underground lines expected to be closed as RMT walkout continues": the standfirst, one unpunctuated
    /// line between the headline and the body, is display copy like the headline; the body spells the acronym out.
    /// </summary>
    private static bool IsInStandfirst(Text.Document document, Mention mention)
    {
        var paragraphIndex = document.Sentences[mention.SentenceIndex].ParagraphIndex;
        if (paragraphIndex != 1 || document.Paragraphs.Count < 3 || !document.Paragraphs[0].IsHeadingLike)
        {
            return false;
        }

        var paragraph = document.Paragraphs[1];
        // "*The party had argued that the IEC acted unlawfully*": a standfirst set in Markdown italics or bold.
        var line = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimEnd().TrimEnd("*_");
        return paragraph.Sentences.Count == 1 && line.Length > 0 && char.IsLetterOrDigit(line[^1]) && !line.Contains('\n');
    }

    /// <summary>
    /// The headline: the first paragraph, one line with no closing punctuation but a question mark ("Explainer: What
    /// happens when WFP's \"pipeline breaks\"?"), before the body. A long headline (15 words or more) is not heading-like
    /// for the document model, but it is display copy all the same.
    /// </summary>
    private static bool IsInHeadline(Text.Document document, Mention mention) =>
        document.Sentences[mention.SentenceIndex].ParagraphIndex == 0 && document.Paragraphs.Count >= 2 && IsHeadlineLine(document);

    /// <summary>
    /// "THE FACTS: The claim spread…", "WHAT'S NEXT:", "2.29am: RESULT: Labour have won": a label in capitals opening a
    /// line, after a live blog's time if any, not an acronym.
    /// </summary>
    private static bool IsCapitalLabel(string text, Mention mention)
    {
        var end = mention.Span.End;
        if (end >= text.Length || text[end] != ':')
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, mention.Span.Start - 1)) + 1;
        lineStart += LiveBlogTimeLength(text.AsSpan(lineStart, mention.Span.Start - lineStart));
        lineStart += MarkLength(text.AsSpan(lineStart, mention.Span.Start - lineStart));

        // "**MUMBAI:** InterGlobe Aviation …": a dateline or label set in bold or italics.
        while (lineStart < mention.Span.Start && text[lineStart] is '*' or '_')
        {
            lineStart++;
        }

        foreach (var c in text.AsSpan(lineStart, mention.Span.Start - lineStart))
        {
            if (!(char.IsUpper(c) || c is ' ' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the emoji or symbols and spaces opening a post's line: "⚠️ RECALL:", "🚨 BREAKING:".</summary>
    private static int MarkLength(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && (line[length] == ' ' || (line[length] > '\u007f' && !char.IsLetterOrDigit(line[length]) && !char.IsPunctuation(line[length]))))
        {
            length++;
        }

        return length;
    }

    /// <summary>The length of "2.29am: ", "14:05 " or "8.41pm - " opening a live-blog line; 0 when the line opens otherwise.</summary>
    private static int LiveBlogTimeLength(ReadOnlySpan<char> line)
    {
        var digits = line.IndexOfAnyExceptInRange('0', '9');
        if (digits is < 1 or > 2 || line[digits] is not ('.' or ':'))
        {
            return 0;
        }

        var minutes = line[(digits + 1)..];
        if (minutes.Length < 3 || !char.IsAsciiDigit(minutes[0]) || !char.IsAsciiDigit(minutes[1]))
        {
            return 0;
        }

        var rest = minutes[2..];
        if (rest.StartsWith("am", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[2..];
        }

        var label = rest.TrimStart(" :-–—");
        return label.Length < rest.Length ? line.Length - label.Length : 0;
    }

    /// <summary>"at 6:23 p.m. CDT", "at 0900 GMT": a zone (they end in T, bar UTC) after a clock time.</summary>
    private static bool IsTimeZone(string text, Mention mention)
    {
        var zone = mention.First.Text;
        if (zone.Length > 4 || !(zone.EndsWith('T') || zone is "UTC"))
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start).TrimEnd(' ');
        if (before.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "2:30pm AEST", "2.30 pm AEST": the UK and Australian forms.
        if (before.EndsWith("am", StringComparison.OrdinalIgnoreCase) || before.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
        {
            var clock = before[..^2].TrimEnd(' ');
            return clock.Length > 0 && char.IsAsciiDigit(clock[^1]) && (clock.Length == 1 || !char.IsLetter(clock[^2]));
        }

        var digits = before.Length - before.TrimEnd("0123456789").Length;
        return digits >= 2 && (digits == 4 || (before.Length > 2 && before[^3] == ':'));
    }

    /// <summary>
    /// "in Princeton, N.J.", "Prince Rupert, B.C.": a dotted two-letter state or province after a place and a comma,
    /// which style books abbreviate and nobody spells out.
    /// </summary>
    private static bool IsRegionAfterPlace(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var form = mention.First.Text;
        return form.Length == 4 && form[1] == '.' && form[3] == '.' && start > 3 && text[start - 1] == ' ' && text[start - 2] == ','
            && char.IsLetter(text[start - 3]) && text.LastIndexOfAny([' ', '\n'], start - 3) is var space && char.IsUpper(text[space + 1]);
    }

    /// <summary>
    /// "SYDNEY, Nov 26 AAP - The Reserve Bank…": the agency's credit in a wire dateline, between the place in capitals
    /// and its date and the dash that opens the copy. The agency names itself; it is not an acronym to spell out.
    /// </summary>
    private static bool IsDatelineAgency(Text.Document document, Mention mention)
    {
        var text = document.Text;
        var sentence = document.Sentences[mention.SentenceIndex];
        var end = mention.Span.End;
        if (document.Paragraphs[sentence.ParagraphIndex].Sentences[0].Index != sentence.Index
            || end + 2 >= text.Length || text[end] != ' ' || text[end + 1] is not ('-' or '–' or '—') || text[end + 2] != ' ')
        {
            return false;
        }

        // "LISMORE, March 3 AAP - LISMORE, March 3 AAP -": a doubled dateline's second copy is a dateline too (CL5002
        // reports the repeat). "Bolgatanga, Nov 25, GNA -": the Ghana News Agency's form, its place in title case and a
        // comma after the date.
        var opening = text.AsSpan(sentence.Span.Start, mention.Span.Start - sentence.Span.Start);
        opening = opening.EndsWith(", ") ? opening[..^2] : opening;
        var comma = opening.LastIndexOf(',');
        var place = comma < 0 ? [] : opening[..comma];
        place = place[(place.LastIndexOfAny('-', '–', '—') + 1)..].TrimStart(' ');
        if (place.Length < 2 || opening.Length - comma > 16 || !(IsCapitalRun(string.Concat(place, " ")) || IsTitleCasePlace(place)))
        {
            return false;
        }

        // The date after the place: a month and a day ("Nov 26", "March 3").
        var date = opening[(comma + 1)..].Trim();
        return date.Length > 0 && char.IsUpper(date[0]) && date.ContainsAnyInRange('0', '9') && !date.ContainsAny(',', ';');
    }

    /// <summary>"Bolgatanga", "Cape Coast": one to three capitalised words of letters, a place written in title case.</summary>
    private static bool IsTitleCasePlace(ReadOnlySpan<char> place)
    {
        var words = 0;
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word[1..])
            {
                if (!(char.IsLower(c) || c == '-'))
                {
                    return false;
                }
            }

            words++;
        }

        return words <= 3;
    }

    /// <summary>
    /// "ST. PAUL —", "MT. PLEASANT, S.C. —": a dateline's place in capitals that opens with an abbreviated word, which
    /// the sentence splitter ends at its dot. The capitals from the paragraph's start to its dash, comma or bracket are
    /// the place, not acronyms.
    /// </summary>
    private static bool IsAbbreviatedDatelinePlace(Text.Document document, Mention mention)
    {
        var paragraph = document.Paragraphs[document.Sentences[mention.SentenceIndex].ParagraphIndex];
        var opening = document.Text.AsSpan(paragraph.Span.Start, Math.Min(MaxDatelinePlace, paragraph.Span.Length));
        var close = opening.IndexOfAny(",(—–");
        var dash = opening.IndexOf(" - ");
        close = dash >= 0 && (close < 0 || dash < close) ? dash : close;
        if (close < 0)
        {
            return false;
        }

        var place = opening[..close].TrimEnd(' ');
        return place.Contains(". ", StringComparison.Ordinal) && IsCapitalRun(string.Concat(place, " ")) && mention.Span.End <= paragraph.Span.Start + place.Length;
    }

    private const int MaxDatelinePlace = 40;

    /// <summary>
    /// "1. Jorge Martin (ESP/Ducati) 508 pts", "Alexander Bublik (KAZ, 3) bt Karen Khachanov (2)": a three-letter country
    /// code in brackets, joined to the team or followed by the seeding, the results-list form, not an acronym.
    /// </summary>
    private static bool IsResultsCode(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (mention.First.Text.Length != 3 || start == 0 || text[start - 1] != '(' || end + 1 >= text.Length)
        {
            return false;
        }

        if (text[end] == '/')
        {
            return char.IsLetter(text[end + 1]);
        }

        // ", 3)": a seeding of one or two digits.
        var seed = text.AsSpan(end).IndexOf(')');
        return seed is >= 3 and <= 4 && text[end] == ',' && text[end + 1] == ' ' && !text.AsSpan(end + 2, seed - 2).ContainsAnyExceptInRange('0', '9');
    }
}
