using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// Capitals that are part of a code rather than a name to spell out: a strain's or variant's designation joined to its
    /// number ("GII.17", "JN.1"), a date format's letters ("MM/YY", "DD/MM/YYYY"), and a label with the code it labels
    /// after it ("the UPC code 8 12345 00231 7"), and a type code inside a reference number ("25/03112/FUL",
    /// "DC/25/1234/LBC").
    /// </summary>
    private static bool IsCodeOrTemplate(string text, Mention mention) =>
        IsDotNumberDesignation(text, mention) || IsFormatTemplate(text, mention) || IsLabelledCode(text, mention)
        || IsReferenceNumberPart(text, mention);

    /// <summary>
    /// "25/03112/FUL", "DC/25/1234/LBC": two groups of digits joined by slashes straight before or straight after the
    /// capitals ("the KFRA/PSA office" and "a 24/7 NHS line" are not).
    /// </summary>
    private static bool IsReferenceNumberPart(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        var before = start > 0 && text[start - 1] == '/' && SlashDigitGroupsBefore(text, start - 1);
        var after = end < text.Length && text[end] == '/' && SlashDigitGroupsAfter(text, end);
        return before || after;
    }

    /// <summary>Digits, a slash, digits ending at <paramref name="end"/>.</summary>
    private static bool SlashDigitGroupsBefore(string text, int end)
    {
        var i = end;
        var digits = 0;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
            digits++;
        }

        if (digits == 0 || i == 0 || text[i - 1] != '/')
        {
            return false;
        }

        return i > 1 && char.IsAsciiDigit(text[i - 2]);
    }

    /// <summary>A slash at <paramref name="slash"/>, then digits, a slash and digits.</summary>
    private static bool SlashDigitGroupsAfter(string text, int slash)
    {
        var i = slash + 1;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        return digits > 0 && i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1]);
    }

    /// <summary>"GII.17", "XBB.1.5": a full stop and a digit straight after the capitals.</summary>
    private static bool IsDotNumberDesignation(string text, Mention mention)
    {
        var end = mention.Span.End;
        return end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);
    }

    /// <summary>
    /// "MM/YY", "YYYY-MM-DD": one letter repeated, joined by a slash or a hyphen to another such group ("AA/RAC" is no
    /// format).
    /// </summary>
    private static bool IsFormatTemplate(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (!IsRepeatedLetter(text.AsSpan(start, end - start)))
        {
            return false;
        }

        var after = end + 1 < text.Length && text[end] is '/' or '-' && IsRepeatedLetter(LettersFrom(text, end + 1));
        var before = start > 1 && text[start - 1] is '/' or '-' && IsRepeatedLetter(LettersBefore(text, start - 1));
        return after || before;
    }

    private static bool IsRepeatedLetter(ReadOnlySpan<char> letters) =>
        letters.Length >= 2 && char.IsAsciiLetterUpper(letters[0]) && !letters.ContainsAnyExcept(letters[0]);

    private static ReadOnlySpan<char> LettersFrom(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> LettersBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>"code", "number": a label's noun before the code or number itself ("the UPC code 8 12345", "EAN number 5 0…").</summary>
    private static readonly WordSet CodeLabels = new(["code", "codes", "number", "numbers"]);

    /// <summary>"the UPC code 8 12345 00231 7": the capitals, a label's noun and a digit (but "the KFRA code of conduct" is reported).</summary>
    private static bool IsLabelledCode(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        if (!after.StartsWith(" "))
        {
            return false;
        }

        after = after[1..];
        var space = after.IndexOf(' ');
        return space > 0 && space + 1 < after.Length && CodeLabels.Contains(after[..space]) && char.IsAsciiDigit(after[space + 1]);
    }
}
