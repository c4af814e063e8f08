using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// Recognises photo credits from rules/lists/photo-credits.txt: cue words ("Photo:", "Photograph:") and the agencies
/// and picture desks that sign credits (AP, Reuters, Getty Images…). A bracketed aside with a slash is not enough.
/// </summary>
internal sealed class PhotoCredits
{
    private const string CuePrefix = "cue:";
    private const int MaxAgencyWords = 3;

    private readonly HashSet<string> _cues = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _cueFirstWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _agencies = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _acronymLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _agencyLookup;

    public PhotoCredits(RuleDataSet data)
    {
        foreach (var entry in data.GetList("photo-credits"))
        {
            // "REUTERS" is Reuters, but "pa" is not PA: acronyms match only as written.
            _ = entry.StartsWith(CuePrefix, StringComparison.Ordinal) ? AddCue(entry[CuePrefix.Length..])
                : entry.All(c => char.IsUpper(c) || c == '-') ? _acronyms.Add(entry)
                : _agencies.Add(entry);
        }

        _acronymLookup = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _agencyLookup = _agencies.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private bool AddCue(string cue) => _cueFirstWords.Add(cue.Split(' ')[0]) | _cues.Add(cue);

    /// <summary>The number of tokens of a cue ("Photo", "Photo credit") starting at <paramref name="index"/>, or 0.</summary>
    public int CueLength(ReadOnlySpan<Token> tokens, int index)
    {
        // Most words start no cue: reject them before joining any text.
        if (index >= tokens.Length || !_cueFirstWords.Contains(tokens[index].Text))
        {
            return 0;
        }

        for (var length = Math.Min(2, tokens.Length - index); length >= 1; length--)
        {
            var words = tokens.Slice(index, length);
            if (AreAllWords(words) && _cues.Contains(Join(words.ToArray())))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool AreAllWords(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for the inside of brackets that credits a picture: "Photo: Reuters", "Photo by Ahn Young-joon/AP",
    /// "Korean Central News Agency/Korea News Service/AP", "AP Photo/Lee Jin-man", "AFP via Getty Images", "Reuters".
    /// </summary>
    public bool IsCredit(ArraySegment<Token> inner)
    {
        ReadOnlySpan<Token> tokens = inner;
        if (tokens.Length == 0)
        {
            return false;
        }

        if (CueLength(tokens, 0) is > 0 and var cue && cue < tokens.Length && tokens[cue].Text is ":" or "by" or "/")
        {
            return true;
        }

        if (IsCourtesy(tokens))
        {
            return true;
        }

        // Several parts between slashes or "via" ("Reuters/Alamy", "AFP via Getty Images"): one that names an agency or
        // opens with a cue is enough. Each part is a slice of the tokens, not a list.
        if (IndexOfSeparator(tokens) >= 0)
        {
            for (var start = 0; start <= tokens.Length;)
            {
                var rest = tokens[start..];
                var end = IndexOfSeparator(rest) is >= 0 and var separator ? separator : rest.Length;
                var part = rest[..end];
                if (AgencyAtStart(part) > 0 || AgencyAtEnd(part) || CueLength(part, 0) > 0 || IsOutletCue(part))
                {
                    return true;
                }

                start += end + 1;
            }

            return false;
        }

        // One part: an agency alone ("Reuters") or with a cue ("AP Photo"), never words that merely mention one.
        var agency = AgencyAtStart(tokens);
        return agency > 0 && (agency == tokens.Length || CueLength(tokens, agency) == tokens.Length - agency);
    }

    /// <summary>
    /// "CNS photo", "OSV News photo": an outlet's name in capitals before a cue, the part of "(CNS photo/Bob Roller)" that
    /// names whose picture it is, as a news service that is no picture agency signs its own.
    /// </summary>
    private bool IsOutletCue(ReadOnlySpan<Token> part)
    {
        if (part.Length is < 2 or > MaxAgencyWords + 1 || CueLength(part, part.Length - 1) != 1)
        {
            return false;
        }

        foreach (var token in part[..^1])
        {
            if (token.Kind != TokenKind.Word || !token.IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A picture lent by its owner: "Courtesy NewMed Energy", "Courtesy of the family", "Photo courtesy of NASA". The word
    /// opens the credit as written, capitalised, or after a cue: "courtesy of her brother" in a sentence is not one.
    /// </summary>
    public bool IsCourtesy(ReadOnlySpan<Token> tokens)
    {
        var at = CueLength(tokens, 0);
        if (at >= tokens.Length || !(at == 0 ? tokens[0].Text == "Courtesy" : tokens[at].Text is "courtesy" or "Courtesy"))
        {
            return false;
        }

        var rest = tokens[(at + 1)..];
        rest = rest is [{ Text: "of" }, ..] ? rest[1..] : rest;
        if (rest.IsEmpty || !(rest[0].IsCapitalized || rest[0].Text == "the"))
        {
            return false;
        }

        var words = 0;
        foreach (var token in rest)
        {
            if (token.Kind == TokenKind.Word ? ++words > MaxCourtesyWords : token.Text is not ("/" or "&" or "." or "-"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Courtesy of the Ministry of Energy and Infrastructure": an owner's name, not a clause.</summary>
    private const int MaxCourtesyWords = 6;

    /// <summary>
    /// The text after "Photograph:" that reads as a credit: agencies or picture desks ("KCNA/Reuters", "AFP via Getty
    /// Images", "Alamy") or a photographer's name ("Sarah Lee"), not a clause ("Banks tighten lending").
    /// </summary>
    public bool IsCreditBody(ReadOnlySpan<Token> body)
    {
        var words = body.ToArray().Where(t => t.Kind == TokenKind.Word).ToList();
        return body.ToArray().Any(t => t.Text is "/" or "via")
            || AgencyAtStart(CollectionsMarshal.AsSpan(words)) > 0 || AgencyAtEnd(CollectionsMarshal.AsSpan(words))
            || (words.Count is > 0 and <= 4 && words.All(w => w.IsCapitalized));
    }

    /// <summary>An agency written in capitals as wire credits sign it: "REUTERS", "EPA-EFE", "AFP", not "Reuters".</summary>
    public bool IsAgencyInCapitals(Token token) =>
        token.Kind == TokenKind.Word && token.Text.All(c => char.IsUpper(c) || c == '-') && IsAgency([token]);

    /// <summary>How many words of an agency name open the part ("AP Photo" → 1), or 0.</summary>
    private int AgencyAtStart(ReadOnlySpan<Token> span)
    {
        for (var n = Math.Min(MaxAgencyWords, span.Length); n >= 1; n--)
        {
            if (IsAgency(span[..n]))
            {
                return n;
            }
        }

        return 0;
    }

    private bool AgencyAtEnd(ReadOnlySpan<Token> span)
    {
        for (var n = 1; n <= Math.Min(MaxAgencyWords, span.Length); n++)
        {
            if (IsAgency(span[^n..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words, joined by single spaces, name an agency: joined in a buffer, not a string per try.</summary>
    private bool IsAgency(ReadOnlySpan<Token> words)
    {
        var length = TokenText.JoinedLength(words);
        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        TokenText.JoinInto(words, name);
        return _acronymLookup.Contains(name) || _agencyLookup.Contains(name);
    }

    /// <summary>The index of the first slash or "via", the words that part a credit, or -1.</summary>
    private static int IndexOfSeparator(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Text is "/" or "via")
            {
                return i;
            }
        }

        return -1;
    }

    private static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
