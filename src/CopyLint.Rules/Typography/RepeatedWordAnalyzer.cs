using System.Runtime.CompilerServices;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>CL5001: the same word twice in a row ("the the"), a classic slip when copy is reworked.</summary>
public sealed class RepeatedWordAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL5001",
        "Repeated word",
        "'{0}' is repeated",
        RuleCategory.Typography,
        Severity.Warning,
        "The same word appears twice in a row, usually a slip left by editing. Grammatical doubles such as "
        + "'had had' and 'that that' (rules/lists/legitimate-repeats.txt) and capitalised names such as 'Bora Bora' are not reported.")
    { Name = "repeated-word" };

    private readonly IReadOnlySet<string> _legitimate = data.GetSet("legitimate-repeats", StringComparer.OrdinalIgnoreCase);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var sentences = context.Document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens.AsSpan();
            var previous = -1;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Whitespace)
                {
                    continue;
                }

                if (previous >= 0 && IsRepeat(tokens[previous], tokens[k]))
                {
                    var (first, token) = (tokens[previous], tokens[k]);
                    var removed = TextSpan.FromBounds(first.Span.End, token.Span.End);
                    context.Report(Descriptor, TextSpan.FromBounds(first.Span.Start, token.Span.End), new CodeFix($"Delete the second '{token.Text}'", TextEdit.Delete(removed)), token.Text);
                }

                previous = tokens[k].Kind == TokenKind.Word ? k : -1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsRepeat(in Token first, in Token second) =>
        second.Kind == TokenKind.Word
        && first.Text.Length == second.Text.Length
        && LetterSet.Fold(first.Text[0]) == LetterSet.Fold(second.Text[0])
        && string.Equals(first.Text, second.Text, StringComparison.OrdinalIgnoreCase)
        && !(first.IsCapitalized && second.IsCapitalized)
        && !_legitimate.Contains(second.Text);
}
