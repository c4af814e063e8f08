using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Naming;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>
/// Reads the ages a document gives with names ("Tom Hale, 45," "Tom Hale, aged 45", "Hale, who is 45,", "the 45-year-old Tom Hale") and
/// the full name a surname stands for. An age in brackets is not read: in sports copy "Root (45)" is a score.
/// </summary>
internal sealed partial class AgeReader(RuleDataSet data)
{
    /// <summary>A longer capitalised run beside an age is a body or a title, not a person's name.</summary>
    private const int MostNameWords = 4;

    private const int OldestAge = 115;

    private const string YearOld = "-year-old";

    /// <summary>"a man surnamed Kuo": how Hong Kong and Taiwanese copy introduces someone it names by surname only.</summary>
    private const string Surnamed = "surnamed";

    /// <summary>How many lower-case words may stand between an age and "surnamed": "a 52-year-old stall owner surnamed Kuo".</summary>
    private const int MostWordsBeforeSurnamed = 2;

    private readonly WordSet _titles = WordSet.From(data, "person-titles");
    private readonly WordSet _honorifics = WordSet.From(data, "honorifics");
    private readonly WordSet _relatives = WordSet.From(data, "kinship-nouns");
    private readonly WordSet _patronymics = WordSet.From(data, "patronymic-connectors");
    private readonly WordSet _stopwords = WordSet.From(data, "name-stopwords");

    /// <summary>Korean, Chinese and Japanese family names, which may open a full name ("Rhee Chang-yong").</summary>
    private readonly WordSet _familyNamesFirst = new(
        data.GetList("family-name-first-surnames")
            .Where(line => !line.StartsWith("vietnamese", StringComparison.OrdinalIgnoreCase))
            .SelectMany(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    public List<StatedAge> Read(AnalysisContext context)
    {
        var paragraphs = ContentTokens.Of(context);
        var ages = new List<StatedAge>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 0; i < tokens.Length; i++)
            {
                // Every age this reads opens on its digits ("45", "45-year-old"): most tokens are turned away unread.
                if (tokens[i].Text is not [>= '0' and <= '9', ..])
                {
                    continue;
                }

                var (name, age, beforeName) = AgeAfterName(tokens, i) is var (comma, after) ? (NameEndingAt(tokens, comma - 1), after, false)
                    : DeathAgeAfterName(tokens, i) is var (nameEnd, died) ? (NameEndingAt(tokens, nameEnd - 1), died, false)
                    : AgeBeforeName(tokens, i) is var (_, before) ? (NameStartingAt(tokens, i + 1), before, true)
                    : AgeBeforeSurnamed(tokens, i) is var (surnameAt, aged) ? (NameOf(tokens, surnameAt, surnameAt), aged, true)
                    : (null, 0, false);
                if (name is var (written, honorific))
                {
                    var sentence = context.Document.Paragraphs[p].SentenceAt(tokens[i].Start);
                    ages.Add(new StatedAge(written, honorific, age, tokens[i].Span, NamesAYear(sentence, tokens[i].Start), NamesARelative(sentence), beforeName));
                }
            }
        }

        return ages;
    }

    /// <summary>
    /// The one full name in the document that a surname alone stands for: the one that ends with it ("Tom Hale" for
    /// "Hale") or, for a Korean, Chinese or Japanese family name, opens it ("Rhee Chang-yong" for "Rhee"). Null when
    /// there is none or more than one ("Paul Hollis" and "Mark Hollis"), and, for a surname after a courtesy title the
    /// full name is never written with, when a sentence with either names a relative: "Mrs Palmer" is "Jenny Palmer",
    /// but "Mr. Lau" may be any Lau but "his granddaughter, Vivian Lau".
    /// </summary>
    public string? FullNameOf(AnalysisContext context, StatedAge surname)
    {
        var paragraphs = ContentTokens.Of(context);
        string? found = null;
        var titleMatches = surname.Honorific is null;
        var besideRelative = surname.BesideRelative;
        var givenNameBesideRelative = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!IsWordOf(tokens[i], surname.Name))
                {
                    continue;
                }

                // "Shopkeeper Lin Mei-chi": before a hyphenated given name the word is a family name, ending no name.
                var endsName = i + 1 == tokens.Length || !IsHyphenatedGivenName(tokens[i + 1].Text);
                var givenFirst = GivenNameOpeningAt(context, tokens, i);
                foreach (var name in (ReadOnlySpan<(string Name, string? Honorific)?>)[endsName ? NameEndingAt(tokens, i, surname.Name) : null, FamilyNameFirstAt(tokens, i), GivenNameBeforeFatherAt(tokens, i), givenFirst])
                {
                    // "Rosnah binti Abu Bakar" is Rosnah; "Bakar" names her father.
                    if (name is not var (full, honorific) || !full.Contains(' ', StringComparison.Ordinal)
                        || (!full.StartsWith(surname.Name, StringComparison.Ordinal) && NamesAFather(full)))
                    {
                        continue;
                    }

                    if (found is not null && found != full)
                    {
                        if (OneByInitial(found, full) is not { } same)
                        {
                            return null;
                        }

                        full = same;
                    }

                    found = full;
                    titleMatches |= honorific == surname.Honorific;
                    besideRelative |= NamesARelative(context.Document.Paragraphs[p].SentenceAt(tokens[i].Start));
                    givenNameBesideRelative |= name == givenFirst && besideRelative;
                }
            }
        }

        return givenNameBesideRelative ? null : titleMatches || !besideRelative ? found : null;
    }

    /// <summary>
    /// "Amna Idris, 52" from "Amna": a given name opening a name of two words whose second word the story never writes
    /// alone, so that its second reference is the given name, as Ethiopian, Eritrean, Icelandic and Faroese copy
    /// writes it ("Amna, 54, said"), and Thai copy with a courtesy title ("Mr Prasert, 63"). A story that writes "Hale" or
    /// "Mr Hale" refers to "Tom Hale" by surname, and "Tom, 12" may be his son; so may a given name in a sentence that
    /// names a relative, which is not read.
    /// </summary>
    private (string Name, string? Honorific)? GivenNameOpeningAt(AnalysisContext context, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length || tokens[i + 1] is not { Kind: TokenKind.Word, IsCapitalized: true } second
            || (i + 2 < tokens.Length && tokens[i + 2] is { Kind: TokenKind.Word, IsCapitalized: true })
            || (i >= 1 && tokens[i - 1] is { Kind: TokenKind.Word, IsCapitalized: true } before && !_titles.Contains(before.Text) && !_honorifics.Contains(before.Text))
            || _stopwords.Contains(tokens[i].Text) || IsWrittenAlone(context, second.Text))
        {
            return null;
        }

        return NameOf(tokens, i, i + 1);
    }

    /// <summary>The story writes <paramref name="surname"/> with no capitalised word just before it but a courtesy title.</summary>
    private bool IsWrittenAlone(AnalysisContext context, string surname)
    {
        var paragraphs = ContentTokens.Of(context);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (IsWordOf(tokens[i], surname) && (i == 0 || tokens[i - 1] is not { Kind: TokenKind.Word, IsCapitalized: true } before
                    || _titles.Contains(before.Text) || _honorifics.Contains(before.Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "D Burke-Walsh 2-4" in a results or scorers line and "Dónal Burke-Walsh": the initial is his given name's, so one
    /// person, the full name kept ("E Dolan" beside "Aoife Dolan" is someone else).
    /// </summary>
    private static string? OneByInitial(string first, string second) =>
        IsInitialOf(first, second) ? second : IsInitialOf(second, first) ? first : null;

    private static bool IsInitialOf(string initialled, string full)
    {
        if (initialled.Length <= 2 || initialled[1] != ' ' || !char.IsUpper(initialled[0]) || full.Length <= initialled.Length || !full.EndsWith(initialled.AsSpan(1), StringComparison.Ordinal))
        {
            return false;
        }

        // The given name just before the surname ("Corner-forward Dónal Burke-Walsh": Dónal).
        var before = full[..^(initialled.Length - 1)];
        var given = before[(before.LastIndexOf(' ') + 1)..];
        return given.Length > 1 && char.ToUpperInvariant(given.Normalize(System.Text.NormalizationForm.FormD)[0]) == initialled[0];
    }

    /// <summary>The comma before an age at <paramref name="i"/> and the age: ", 45," ", 45." ", aged 45".</summary>
    private static (int Comma, int Age)? AgeAfterName(ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 2 || AgeOf(tokens[i].Text) is not { } age)
        {
            return null;
        }

        if (tokens[i - 1].IsIgnoreCase("aged") && tokens[i - 2].Text is [','])
        {
            return (i - 2, age);
        }

        var endsClause = i + 1 == tokens.Length || tokens[i + 1].Text is [',' or ';' or '.'];
        // "Flanagan, now 71, still has the letter": the age today ("then 45" is an age of the past, not read).
        if (endsClause && tokens[i - 1].IsIgnoreCase("now") && tokens[i - 2].Text is [','])
        {
            return (i - 2, age);
        }

        // "Asante, who is 61," and "Nkosi, who turned 74 last month": "is 12 points clear" is no age, a birthday is.
        // "Brodie, who turns 21 in March" is a birthday to come, not the age now ("who turns 74 today" is).
        if (i >= 3 && tokens[i - 3].Text is [','] && tokens[i - 2].IsIgnoreCase("who")
            && (tokens[i - 1].IsIgnoreCase("turned") || (tokens[i - 1].IsIgnoreCase("turns") && (endsClause || tokens[i + 1].IsIgnoreCase("today")))
                || (endsClause && (tokens[i - 1].IsIgnoreCase("is") || tokens[i - 1].IsIgnoreCase("was")))))
        {
            return (i - 3, age);
        }

        return tokens[i - 1].Text is [','] && endsClause ? (i - 1, age) : null;
    }

    /// <summary>"45-year-old" before a capitalised word: "the 45-year-old Tom Hale".</summary>
    private static (int Token, int Age)? AgeBeforeName(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Number && tokens[i].Text.EndsWith(YearOld, StringComparison.OrdinalIgnoreCase)
        && tokens[i + 1] is { Kind: TokenKind.Word, IsCapitalized: true } && AgeOf(tokens[i].Text[..^YearOld.Length]) is { } age
            ? (i, age)
            : null;

    /// <summary>"a 52-year-old man surnamed Kuo": the age and where the surname is.</summary>
    private static (int Surname, int Age)? AgeBeforeSurnamed(ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || !tokens[i].Text.EndsWith(YearOld, StringComparison.OrdinalIgnoreCase)
            || AgeOf(tokens[i].Text[..^YearOld.Length]) is not { } age)
        {
            return null;
        }

        for (var k = i + 2; k < tokens.Length - 1 && k <= i + 1 + MostWordsBeforeSurnamed; k++)
        {
            if (tokens[k - 1] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return null;
            }

            if (tokens[k].IsIgnoreCase(Surnamed))
            {
                return tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: true } ? (k + 1, age) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "a man surnamed Chan, 45" and "a woman surnamed Chan, 38": a surname the story introduces twice with "surnamed"
    /// names two people.
    /// </summary>
    public static bool IsSurnamedTwice(AnalysisContext context, string surname)
    {
        var introductions = 0;
        var paragraphs = ContentTokens.Of(context);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                if (tokens[i].IsIgnoreCase(Surnamed) && IsWordOf(tokens[i + 1], surname) && ++introductions > 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int? AgeOf(string digits) =>
        digits.Length is >= 1 and <= 3 && !digits.AsSpan().ContainsAnyExceptInRange('0', '9') && int.Parse(digits, CultureInfo.InvariantCulture) is var age and >= 1 and <= OldestAge
            ? age
            : null;

    /// <summary>The name whose last word is at <paramref name="last"/>, without the titles before it, or null when no name ends there.</summary>
    private (string Name, string? Honorific)? NameEndingAt(ReadOnlySpan<Token> tokens, int last, string? lastWord = null)
    {
        // "Under Cordero, the port invested": a name never starts with a function word.
        var start = last + 1;
        while (start > 0 && last - start < MostNameWords + 1 && IsNameWord(tokens, start - 1) && !_stopwords.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        return NameOf(tokens, start, last, lastWord);
    }

    /// <summary>The name that starts at <paramref name="first"/>, titles first, up to the first word that is not capitalised.</summary>
    private (string Name, string? Honorific)? NameStartingAt(ReadOnlySpan<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 - first < MostNameWords + 2 && IsNameWord(tokens, last + 1))
        {
            last++;
        }

        return last < first ? null : NameOf(tokens, first, last);
    }

    /// <summary>
    /// A full name written family name first from the family name at <paramref name="i"/>: "Rhee Chang-yong", or any
    /// family name before a hyphenated given name ("Fung Kwok-wing").
    /// </summary>
    private (string Name, string? Honorific)? FamilyNameFirstAt(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1] is { Kind: TokenKind.Word, IsCapitalized: true }
        && (_familyNamesFirst.Contains(tokens[i].Text) || IsHyphenatedGivenName(tokens[i + 1].Text))
            ? NameOf(tokens, i, Math.Min(i + 2, LastNameWord(tokens, i)), honorificAt: i >= 1 && _honorifics.Contains(tokens[i - 1].Text) ? i - 1 : -1)
            : null;

    private int LastNameWord(ReadOnlySpan<Token> tokens, int i)
    {
        while (i + 1 < tokens.Length && tokens[i + 1] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The name from <paramref name="start"/> to <paramref name="last"/> without the titles that open it, with the
    /// courtesy title among them; null when nothing is left or the run is too long to be a name.
    /// </summary>
    private (string Name, string? Honorific)? NameOf(ReadOnlySpan<Token> tokens, int start, int last, string? lastWord = null, int honorificAt = -1)
    {
        var words = new List<string>();
        string? honorific = honorificAt >= 0 ? tokens[honorificAt].Text : null;
        for (var k = start; k <= last; k++)
        {
            var word = k == last && lastWord is not null ? lastWord : tokens[k].Text;
            if (words.Count == 0 && (_titles.Contains(word) || _honorifics.Contains(word)))
            {
                honorific = _honorifics.Contains(word) ? word : honorific;
                continue;
            }

            if (word is not ".")
            {
                words.Add(word);
            }
        }

        if (words.Count > 2 && IsHyphenatedGivenName(words[^1]))
        {
            // "Shopkeeper Lin Mei-chi", "David Lam Tzit-yuen": the family name and given name are the name "Lin" refers to.
            words.RemoveRange(0, words.Count - 2);
        }

        return words.Count is 0 or > MostNameWords ? null : (string.Join(' ', words), honorific);
    }

    /// <summary>"Rosnah binti Abu Bakar" from "Rosnah": a Malay given name (one or two words) before the father's name.</summary>
    private (string Name, string? Honorific)? GivenNameBeforeFatherAt(ReadOnlySpan<Token> tokens, int i) =>
        IsPatronymic(tokens, i + 1) || (i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && IsPatronymic(tokens, i + 2))
            ? NameStartingAt(tokens, i)
            : null;

    /// <summary>"bin", "binti" between two capitalised words (rules/lists/patronymic-connectors.txt).</summary>
    private bool IsPatronymic(ReadOnlySpan<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Word && _patronymics.Contains(tokens[k].Text)
        && tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true } && tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: true };

    private bool NamesAFather(string name)
    {
        foreach (var word in name.AsSpan().Split(' '))
        {
            if (_patronymics.Contains(name.AsSpan()[word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Mei-chi", "Kwok-wing": a capitalised Chinese or Korean given name, whose family name comes before it.</summary>
    private static bool IsHyphenatedGivenName(string word) => char.IsUpper(word[0]) && NameText.IsHyphenatedGivenName(word);

    /// <summary>A capitalised word, "binti" inside a Malay name, or the full stop of an abbreviated title ("Mr.", "Gen.").</summary>
    private bool IsNameWord(ReadOnlySpan<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } || IsPatronymic(tokens, k)
        || (tokens[k].Text is ['.'] && k > 0 && (_titles.Contains(tokens[k - 1].Text) || _honorifics.Contains(tokens[k - 1].Text)));

    /// <summary>The surname itself or its possessive ("Hale’s").</summary>
    private static bool IsWordOf(in Token token, string surname) =>
        token.Kind == TokenKind.Word && token.Text.StartsWith(surname, StringComparison.Ordinal)
        && token.Text.AsSpan(surname.Length) is "" or "'s" or "’s";

    /// <summary>A year earlier in the age's sentence ("In 1998 Hale, 22, won"); one after it is the story's ("Hale, 52, who has sold there since 1998").</summary>
    private static bool NamesAYear(Sentence? sentence, int offset)
    {
        foreach (var token in sentence is null ? [] : sentence.Tokens.AsSpan())
        {
            if (token.Start < offset && DateTokens.IsYear(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"His granddaughter, Vivian Lau, 29"; "Mrs Akello, 75, her mother": the sentence names a relative (rules/lists/kinship-nouns.txt).</summary>
    private bool NamesARelative(Sentence? sentence)
    {
        foreach (var token in sentence is null ? [] : sentence.Tokens.AsSpan())
        {
            if (token.Kind == TokenKind.Word && _relatives.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }
}
