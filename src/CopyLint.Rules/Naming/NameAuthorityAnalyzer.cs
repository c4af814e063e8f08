using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>CL2005: a spelling the house name authority rejects ("Kiev" for "Kyiv").</summary>
public sealed class NameAuthorityAnalyzer(NameAuthority authority) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2005",
        "Name not in house style",
        "House style is '{0}', not '{1}'",
        RuleCategory.Naming,
        Severity.Warning,
        "A newsroom keeps one spelling for names that are often written several ways. This rule reports a name written in a "
        + "variant its name authority replaces; the fix writes the house spelling.")
    {
        Name = "house-name-authority",
        Summary = "A name is not written in the newsroom's chosen spelling.",
        Reports =
        [
            "A variant the authority lists: lines 'Canonical = variant | variant' in rules/lists/name-authority.txt, extended in copylint.yaml under lists: name-authority.",
            "By default, the spellings the wire services follow for well-documented cases: Kyiv, Kharkiv.",
            "By default, misspellings: 'Kim Jung Un'.",
        ],
        LeftAlone =
        [
            "A romanisation another house uses, which the defaults do not replace: 'Kim Jong-un' is the BBC's and Yonhap's. A desk adds 'Kim Jong Un = Kim Jong-un' to its list; CL2001 reports a story that mixes the two.",
            "A phrase where the old spelling stays, marked in the list by a variant written '!context': 'chicken Kiev'.",
        ],
    };

    private readonly NameAuthority _authority = authority;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var tokens = context.Document.Tokens.AsSpan();
        var text = context.Document.Text;
        // Variants start with few characters (capitals, in the defaults): the text is searched for them, and only a word
        // starting at a hit is looked up, rather than every token walked.
        for (var at = 0; at < text.Length; at++)
        {
            var hit = _authority.IndexOfVariantStart(text.AsSpan(at));
            if (hit < 0)
            {
                break;
            }

            at += hit;
            if (!_authority.MayStartVariantAt(text.AsSpan(at)))
            {
                continue;
            }

            var i = TokenSearch.StartingAt(tokens, at);
            if (i < 0 || tokens[i].Kind != TokenKind.Word || !_authority.VariantsByFirstWord.TryGetValue(WithoutPossessive(tokens[i].Text), out var variants))
            {
                continue;
            }

            var mayGoOn = MayGoOn(tokens, i);
            foreach (var variant in variants)
            {
                if ((mayGoOn || variant.Words.Length == 1) && MatchEnd(tokens, i, variant.Words) is { } end && !IsException(tokens, i, variant))
                {
                    var last = tokens[end];
                    var span = TextSpan.FromBounds(tokens[i].Span.Start, last.Span.End - (last.Text.Length - WithoutPossessive(last.Text).Length));
                    var written = context.Document.GetText(span);
                    context.Report(Descriptor, span, new CodeFix($"Replace with '{variant.Canonical}'", new TextEdit(span, variant.Canonical)), variant.Canonical, written);
                    // The search goes on after the match's last token.
                    at = last.Span.End - 1;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A variant of two words or more may start at <paramref name="start"/>: the word after the space there is some
    /// variant's second word, as <see cref="MatchEnd"/> would read it (with or without a possessive). Asked once for all
    /// the variants that start with the word.
    /// </summary>
    private bool MayGoOn(ReadOnlySpan<Token> tokens, int start)
    {
        if (start + 2 >= tokens.Length || tokens[start + 1].Kind != TokenKind.Whitespace || tokens[start + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        var second = tokens[start + 2].Text;
        return _authority.IsSecondWord(second) || _authority.IsSecondWord(WithoutPossessive(second));
    }

    /// <summary>The index of the variant's last token when it starts at <paramref name="start"/>, words a single space apart.</summary>
    private static int? MatchEnd(ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        var i = start;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                if (i + 2 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Whitespace)
                {
                    return null;
                }

                i += 2;
            }

            var text = w == words.Length - 1 ? WithoutPossessive(tokens[i].Text) : tokens[i].Text;
            if (tokens[i].Kind != TokenKind.Word || !text.SequenceEqual(words[w]))
            {
                return null;
            }
        }

        return i;
    }

    private static bool IsException(ReadOnlySpan<Token> tokens, int start, NameVariant variant)
    {
        foreach (var exception in variant.Exceptions)
        {
            if (IsInside(tokens, start, variant.Words, exception))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words before the match are the start of an exception phrase ("chicken" before "Kiev").</summary>
    private static bool IsInside(ReadOnlySpan<Token> tokens, int start, string[] variant, string[] exception)
    {
        var at = Array.IndexOf(exception, variant[0]);
        if (at < 0)
        {
            return false;
        }

        var i = start;
        for (var k = at - 1; k >= 0; k--)
        {
            i -= 2;
            if (i < 0 || tokens[i + 1].Kind != TokenKind.Whitespace || !tokens[i].IsIgnoreCase(exception[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word.AsSpan(..^2) : word;
}
