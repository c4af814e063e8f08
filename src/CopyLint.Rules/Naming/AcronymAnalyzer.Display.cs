namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// Display copy that is not the first use when the story names the acronym again below, where that use is judged: the
    /// standfirst between the headline and the byline, punctuated ("Universal credit, PIP and child benefit are among the payments going
    /// up."), or a subheading asked as a question ("What about ETIAS?").
    /// </summary>
    private static bool IsDisplayBeforeUse(Text.Document document, Mention mention, string form)
    {
        var text = document.Text;
        var paragraphIndex = document.Sentences[mention.SentenceIndex].ParagraphIndex;
        var paragraph = document.Paragraphs[paragraphIndex];
        if (paragraphIndex == 0 || (paragraphIndex != 1 && paragraph.Sentences.Count != 1))
        {
            return false;
        }

        var line = text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimEnd();
        if (line.IsEmpty || line.Contains('\n'))
        {
            return false;
        }

        var display = (paragraphIndex == 1 && document.Paragraphs.Count >= 4 && paragraph.Sentences.Count <= 3 && IsHeadlineLine(document) && IsBylineLine(document, 2))
            || (paragraph.Sentences.Count == 1 && line[^1] == '?' && line.Count(' ') < 8)
            || (paragraph.Sentences.Count == 1 && IsEntryHeading(line));
        return display && NamesAgain(text, paragraph.Span.End, form);
    }

    /// <summary>
    /// A subheading over an entry that closes on a quoted word without a sentence's full stop ('### IFS says package is
    /// "back-loaded"'), or any line under Markdown heading marks: display copy, which the paragraph model takes for a
    /// sentence because of its closing quotation mark.
    /// </summary>
    private static bool IsEntryHeading(ReadOnlySpan<char> line) =>
        line.Count(' ') < 14
        && (line.StartsWith("# ") || line.StartsWith("##") || (line.Length > 2 && line[^1] is '"' or '”' or '\'' or '’' && char.IsLetterOrDigit(line[^2])));

    /// <summary>The first paragraph is a headline: one line, with no closing punctuation but a question mark.</summary>
    private static bool IsHeadlineLine(Text.Document document)
    {
        var paragraph = document.Paragraphs[0];
        var line = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimEnd();
        // "Vanuatu hails ICJ climate ruling as 'victory for our planet'": a headline may close on a quoted word.
        var closesOnQuote = line.Length > 1 && line[^1] is '\'' or '’' or '"' or '”' && char.IsLetter(line[^2]);
        return line.Length > 0 && (char.IsLetterOrDigit(line[^1]) || line[^1] == '?' || closesOnQuote) && !line.Contains('\n') && line.Count(' ') < 25;
    }

    /// <summary>
    /// "By Kate Winslow", "Moneycontrol PF Team", "Sorcha Kavanagh, Education Correspondent": a short line with no closing
    /// punctuation between the standfirst and the body; without it the paragraph under the headline is the lede.
    /// </summary>
    private static bool IsBylineLine(Text.Document document, int index)
    {
        var paragraph = document.Paragraphs[index];
        var line = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimEnd();
        return line.Length > 0 && char.IsLetterOrDigit(line[^1]) && !line.Contains('\n') && line.Count(' ') < 10;
    }

    /// <summary><paramref name="form"/> stands again as a word (or its plural) from <paramref name="from"/> on.</summary>
    private static bool NamesAgain(string text, int from, string form)
    {
        for (var at = text.IndexOf(form, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (!char.IsLetterOrDigit(text[at - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "JD(U)", "CPI(M)", "NS&amp;I", "AT&amp;T": capitals that go on past the mention, through a bracketed letter or an
    /// ampersand, are one acronym; null when the mention is the whole of it.
    /// </summary>
    private static string? SuffixedForm(string text, Mention mention)
    {
        var end = mention.Span.End;
        var rest = text.AsSpan(end, Math.Min(5, text.Length - end));
        int length;
        if (rest.Length >= 3 && rest[0] == '(' && char.IsAsciiLetterUpper(rest[1]) && (rest[2] == ')' || (rest.Length >= 4 && char.IsAsciiLetterUpper(rest[2]) && rest[3] == ')')))
        {
            length = rest.IndexOf(')') + 1;
        }
        else if (rest.Length >= 2 && rest[0] == '&' && char.IsAsciiLetterUpper(rest[1]))
        {
            length = 2;
            while (length < rest.Length && char.IsAsciiLetterUpper(rest[length]))
            {
                length++;
            }
        }
        else
        {
            return null;
        }

        if (end + length < text.Length && char.IsLetterOrDigit(text[end + length]))
        {
            return null;
        }

        return text.Substring(mention.Span.Start, end - mention.Span.Start + length);
    }

    /// <summary>The capitals after the ampersand of an acronym that runs through one ("WFPO" in "IS&amp;WFPO").</summary>
    private static bool IsAmpersandTail(string text, Mention mention) =>
        mention.Span.Start >= 2 && text[mention.Span.Start - 1] == '&' && char.IsAsciiLetterUpper(text[mention.Span.Start - 2]);

    /// <summary>"HUNTR/X's \"Golden\"": capitals joined by a slash to a single capital letter are a stylised name, not initials.</summary>
    private static bool IsStylisedSlashName(string text, Mention mention)
    {
        var end = mention.Span.End;
        return end + 1 < text.Length && text[end] == '/' && char.IsAsciiLetterUpper(text[end + 1]) && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));
    }

    /// <summary>
    /// "RFE/RL's Tajik Service", "AC/DC": two capitals or fewer after a slash joined to capitals before it close one name
    /// (judged by its head), where a body of its own has three letters or more ("a UNDP/UNHCR report").
    /// </summary>
    private static bool IsSlashTail(string text, Mention mention) =>
        mention.First.Text.Length <= 2 && mention.Span.Start >= 2 && text[mention.Span.Start - 1] == '/' && char.IsAsciiLetterUpper(text[mention.Span.Start - 2]);

    /// <summary>
    /// "Cal/OSHA's indoor heat standard": capitals after a slash joined to a short capitalised word are the tail of one
    /// proper name, a state's own agency, not initials a reader must be given ("a UNDP/UNHCR report" is judged).
    /// </summary>
    private static bool IsSlashNameTail(string text, Mention mention)
    {
        var slash = mention.Span.Start - 1;
        if (slash < 2 || text[slash] != '/')
        {
            return false;
        }

        var head = slash;
        while (head > 0 && char.IsAsciiLetterLower(text[head - 1]))
        {
            head--;
        }

        var start = head - 1;
        return start >= 0 && char.IsAsciiLetterUpper(text[start]) && slash - start is >= 2 and <= MaxSlashHeadLetters && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }

    /// <summary>The longest word before a slash that makes one name with the capitals after it ("Cal", "Mass").</summary>
    private const int MaxSlashHeadLetters = 4;

    /// <summary>"the continuing resolution, or CR,": the lower-case words just before ", or" give the acronym's initials.</summary>
    private static bool IsLowerCaseNameBeforeOr(string text, Mention mention, string key)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        var end = mention.Span.End;
        if (!before.EndsWith(", or ", StringComparison.Ordinal) || end >= text.Length || text[end] is not (',' or '.' or ')' or ';'))
        {
            return false;
        }

        var words = before[..^5];
        for (var k = key.Length - 1; k >= 0; k--)
        {
            var space = words.LastIndexOf(' ');
            var word = words[(space + 1)..];
            if (word.IsEmpty || !char.IsLower(word[0]) || char.ToUpperInvariant(word[0]) != key[k])
            {
                return false;
            }

            words = words[..Math.Max(0, space)];
        }

        return true;
    }

    /// <summary>"at the COP [the annual UN climate conference] every year": an editor's gloss in square brackets straight after.</summary>
    private static bool IsBracketGlossAfter(string text, Mention mention)
    {
        var rest = text.AsSpan(mention.Span.End);
        if (!rest.StartsWith(" [") || rest.Length < 4 || !char.IsLower(rest[2]))
        {
            return false;
        }

        var close = rest[..Math.Min(rest.Length, 120)].IndexOfAny(']', '\n');
        return close > 2 && rest[close] == ']';
    }

    /// <summary>
    /// "which spells SPAM on a phone keypad", "the anti-poverty campaign group ONE": a word spelled in capitals, or an
    /// everyday word (the story writes it in lower case, or it is a function word such as "One"), named by the noun before it.
    /// </summary>
    private static bool IsWordInCapitals(NamingModel model, Mention mention, string key)
    {
        var before = model.Document.Text.AsSpan(0, mention.Span.Start);
        if (!before.EndsWith(" "))
        {
            return false;
        }

        var previous = before[..^1];
        previous = previous[(previous.LastIndexOf(' ') + 1)..];
        if (previous is "spells" or "spell" or "spelled" or "spelt" or "spelling")
        {
            return true;
        }

        return key.Length >= 3 && previous.Length > 2 && !previous.ContainsAnyExceptInRange('a', 'z') && !model.Lexicon.IsStopword(previous)
            && (model.IsWrittenInLowerCase(key) || model.Lexicon.Stopwords.Contains(string.Concat(key.AsSpan(0, 1), key[1..].ToLowerInvariant())));
    }

    /// <summary>"… Is there anything we can do? CH, Leeds": a reader's initials and town signing a letter, closing its paragraph.</summary>
    private static bool IsLetterSignature(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (end - start > 3 || start < 2 || text[start - 1] != ' ' || text[start - 2] is not ('.' or '?' or '!') || !text.AsSpan(end).StartsWith(", "))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', end);
        var town = text.AsSpan(end + 2, (lineEnd < 0 ? text.Length : lineEnd) - end - 2).TrimEnd();
        return town.Length > 1 && char.IsUpper(town[0]) && town.Count(' ') < 3 && !town[1..].ContainsAnyExcept(TownChars);
    }

    private static readonly System.Buffers.SearchValues<char> TownChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'");
}
