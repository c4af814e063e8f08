namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "Rushing: MIL, Zielinski 24-224", "Goals: HB — Kowalski 2, Pruitt": a team's code opening an entry of a stats line
    /// (the line opens with a label and a colon, the code is followed by a player's name and the line holds figures), made
    /// of the first letters of a school the story names above ("Millbrook" … "MIL") or the initials of its parts, a hyphen
    /// or an abbreviation's full stop parting them ("Hollis-Brookline" … "HB", "St. Adalbert" … "SA").
    /// </summary>
    private static bool IsStatsLineTeamCode(string text, Mention mention, string key)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (key.Length is < 2 or > 4 || start < 2 || text[start - 1] != ' ' || text[start - 2] is not (':' or ';'))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        return IsStatsLabel(line) && IsPlayerAfter(text.AsSpan(end)) && line[(end - lineStart)..].IndexOfAnyInRange('0', '9') >= 0
            && NamesTeam(text.AsSpan(0, lineStart), key);
    }

    /// <summary>"Rushing:", "Individual leaders:": one to three words of letters opening the line, then a colon.</summary>
    private static bool IsStatsLabel(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon < 3 || colon > 30 || !char.IsUpper(line[0]))
        {
            return false;
        }

        var label = line[..colon];
        return label.Count(' ') < 3 && AllLettersOrSpaces(label);
    }

    private static bool AllLettersOrSpaces(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>", Zielinski", " — Kowalski": a comma or a dash, then a capitalised word.</summary>
    private static bool IsPlayerAfter(ReadOnlySpan<char> after)
    {
        var skip = after.StartsWith(", ") ? 2 : after.StartsWith(" — ") || after.StartsWith(" – ") || after.StartsWith(" - ") ? 3 : 0;
        return skip > 0 && after.Length > skip && char.IsUpper(after[skip]);
    }

    /// <summary>
    /// A capitalised word in <paramref name="text"/> that opens with the code's letters and runs on ("Millbrook" for a code
    /// of three letters or more), or a name of capitalised parts whose initials are the code ("Hollis-Brookline",
    /// "St. Adalbert"): parts joined by a hyphen, a space or an abbreviation's full stop, the whole name and no more.
    /// </summary>
    private static bool NamesTeam(ReadOnlySpan<char> text, string key)
    {
        Span<char> initials = stackalloc char[key.Length];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            var word = text[wordStart..i];
            if (!char.IsUpper(word[0]))
            {
                count = 0;
                continue;
            }

            if (key.Length >= 3 && word.Length > key.Length && IsTitleCase(word) && word.StartsWith(key.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // count < 0: the run has more parts than the code has letters.
            if (count >= 0)
            {
                count = count < key.Length ? count + 1 : -1;
                if (count > 0)
                {
                    initials[count - 1] = char.ToUpperInvariant(word[0]);
                }
            }

            var next = i < text.Length && text[i] == '.' && word.Length <= 3 ? i + 1 : i;
            var joined = next + 1 < text.Length && text[next] is '-' or ' ' && char.IsUpper(text[next + 1]);
            if (!joined)
            {
                if (count == key.Length && initials.SequenceEqual(key.AsSpan()))
                {
                    return true;
                }

                count = 0;
            }
        }

        return false;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> word) => !word[1..].ContainsAnyInRange('A', 'Z');
}
