using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Engine.Tests;

/// <summary><see cref="AnalysisContext.GetReused{T}"/>: one fill per document, one object per lint running, kept from document to document.</summary>
public sealed class ReusedModelTests
{
    private static readonly DiagnosticDescriptor Rule = new("CL5911", "Words", "{0}", RuleCategory.Typography, Severity.Warning, "Test rule.");

    /// <summary>The document's words, written into one reused list: what a reused model is.</summary>
    private sealed class Words
    {
        public List<string> Items { get; } = [];

        public int Fills { get; set; }

        public static Words Of(AnalysisContext context) => context.GetReused<Words>(typeof(Words), static (words, context) =>
        {
            words.Fills++;
            words.Items.Clear();
            words.Items.AddRange(context.Document.Tokens.Where(t => t.IsWord).Select(t => t.Text));
        });
    }

    /// <summary>Reports the object it was given, how often it was filled and the words it holds, after yielding its thread.</summary>
    private sealed class ReportsWords(List<Words> seen) : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Analyze(AnalysisContext context)
        {
            var words = Words.Of(context);
            lock (seen)
            {
                seen.Add(words);
            }

            Thread.Yield();
            context.Report(Rule, new TextSpan(0, 0), string.Join(" ", words.Items));
        }
    }

    [Fact]
    public void A_reused_model_is_filled_once_per_document_and_its_object_kept_for_the_next()
    {
        var seen = new List<Words>();
        var linter = new Linter(new RuleSet([new ReportsWords(seen)]), RuleDataSet.Empty);

        var first = linter.Lint(new SourceText("One long first story here.", "a.txt"), LintSettings.Default);
        var second = linter.Lint(new SourceText("Short one.", "b.txt"), LintSettings.Default);

        Assert.Equal("One long first story here", Assert.Single(first.Diagnostics).Message);
        Assert.Equal("Short one", Assert.Single(second.Diagnostics).Message);
        Assert.Same(seen[0], seen[1]);
        Assert.Equal(2, seen[1].Fills);
    }

    [Fact]
    public void Lints_running_at_once_each_fill_their_own()
    {
        var seen = new List<Words>();
        var linter = new Linter(new RuleSet([new ReportsWords(seen)]), RuleDataSet.Empty);
        var names = Enumerable.Range(0, 400).Select(Letters).ToArray();

        var messages = new string[names.Length];
        Parallel.For(0, names.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            messages[i] = Assert.Single(linter.Lint(new SourceText($"Story {names[i]} says things.", "s.txt"), LintSettings.Default).Diagnostics).Message);

        Assert.Equal(names.Select(name => $"Story {name} says things"), messages);
    }

    /// <summary>A distinct word of letters for each number: "a" to "z", then "ba", "bb", ….</summary>
    private static string Letters(int number) => number < 26 ? ((char)('a' + number)).ToString() : Letters(number / 26) + (char)('a' + (number % 26));
}
