using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>
/// Reads the ages a document gives after names ("Tom Hale, 45," "Tom Hale, aged 45") and the full name a surname
/// stands for. An age in brackets is not read: in sports copy "Root (45)" is a score.
/// </summary>
internal sealed class AgeReader(RuleDataSet data)
{
    /// <summary>A longer capitalised run before an age is a body or a title, not a person's name.</summary>
    private const int MostNameWords = 4;

    private const int OldestAge = 115;

    private readonly WordSet _titles = WordSet.From(data, "person-titles");
    private readonly WordSet _honorifics = WordSet.From(data, "honorifics");

    public List<StatedAge> Read(AnalysisContext context)
    {
        var paragraphs = ContentTokens.Of(context);
        var ages = new List<StatedAge>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 2; i < tokens.Length; i++)
            {
                if (Age(tokens, i) is var (comma, age) && NameEndingAt(tokens, comma - 1) is { } name)
                {
                    ages.Add(new StatedAge(name, age, tokens[i].Span, NamesAYear(context.Document.Paragraphs[p], tokens[i].Start)));
                }
            }
        }

        return ages;
    }

    /// <summary>
    /// The one full name in the document that ends with <paramref name="surname"/> ("Tom Hale" for "Hale"), or null
    /// when there is none or more than one ("Paul Hollis" and "Mark Hollis").
    /// </summary>
    public string? FullNameOf(AnalysisContext context, string surname)
    {
        var paragraphs = ContentTokens.Of(context);
        string? found = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var i = 1; i < tokens.Length; i++)
            {
                if (!IsWordOf(tokens[i], surname) || tokens[i - 1] is not { Kind: TokenKind.Word, IsCapitalized: true })
                {
                    continue;
                }

                var name = NameEndingAt(tokens, i, surname);
                if (name is null || !name.Contains(' ', StringComparison.Ordinal) || _honorifics.Contains(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal))))
                {
                    continue;
                }

                if (found is not null && found != name)
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }

    /// <summary>The comma before an age at <paramref name="i"/> and the age: ", 45," ", 45." ", aged 45".</summary>
    private static (int Comma, int Age)? Age(ReadOnlySpan<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (tokens[i].Kind != TokenKind.Number || text.Length > 3 || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var age = int.Parse(text, CultureInfo.InvariantCulture);
        if (age is < 1 or > OldestAge)
        {
            return null;
        }

        if (tokens[i - 1].IsIgnoreCase("aged") && tokens[i - 2].Text is [','])
        {
            return (i - 2, age);
        }

        var endsClause = i + 1 == tokens.Length || tokens[i + 1].Text is [',' or ';' or '.'];
        return tokens[i - 1].Text is [','] && endsClause ? (i - 1, age) : null;
    }

    /// <summary>
    /// The name whose last word is at <paramref name="last"/>, without the titles before it, or null when no name ends
    /// there. A surname after a courtesy title keeps it ("Mr Lau").
    /// </summary>
    private string? NameEndingAt(ReadOnlySpan<Token> tokens, int last, string? lastWord = null)
    {
        var start = last + 1;
        while (start > 0 && last - start < MostNameWords + 1 && IsNameWord(tokens, start - 1))
        {
            start--;
        }

        var words = new List<string>();
        var courtesy = false;
        for (var k = start; k <= last; k++)
        {
            var word = k == last && lastWord is not null ? lastWord : tokens[k].Text;
            if (words.Count == 0 && (_titles.Contains(word) || _honorifics.Contains(word)))
            {
                courtesy = _honorifics.Contains(word);
                continue;
            }

            if (word is not ".")
            {
                words.Add(word);
            }
        }

        return words.Count switch
        {
            0 or > MostNameWords => null,
            1 when courtesy => $"{tokens[start].Text} {words[0]}",
            _ => string.Join(' ', words),
        };
    }

    /// <summary>A capitalised word, or the full stop of an abbreviated title ("Mr.", "Gen.").</summary>
    private bool IsNameWord(ReadOnlySpan<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }
        || (tokens[k].Text is ['.'] && k > 0 && (_titles.Contains(tokens[k - 1].Text) || _honorifics.Contains(tokens[k - 1].Text)));

    /// <summary>The surname itself or its possessive ("Hale’s").</summary>
    private static bool IsWordOf(in Token token, string surname) =>
        token.Kind == TokenKind.Word && token.Text.StartsWith(surname, StringComparison.Ordinal)
        && token.Text.AsSpan(surname.Length) is "" or "'s" or "’s";

    /// <summary>A year earlier in the age's sentence ("In 1998 Hale, 22, won"); one after it is the story's ("Hale, 52, who has sold there since 1998").</summary>
    private static bool NamesAYear(Paragraph paragraph, int offset)
    {
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Span.Contains(offset))
            {
                foreach (var token in sentence.Tokens.AsSpan())
                {
                    if (token.Start < offset && DateTokens.IsYear(token))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
