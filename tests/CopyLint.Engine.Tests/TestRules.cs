using CopyLint.Engine.Configuration;
using CopyLint.Text;

namespace CopyLint.Engine.Tests;

/// <summary>Flags every occurrence of some words; stands in for real rules so engine tests do not depend on the rule families.</summary>
internal class WordAnalyzer(DiagnosticDescriptor descriptor, params string[] words) : Analyzer
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override string Name => Descriptor.Id;

    public override void Analyze(AnalysisContext context)
    {
        var flagged = Words(context).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var token in context.Document.Tokens.Where(t => t.IsWord && flagged.Contains(t.Text)))
        {
            context.Report(Descriptor, token.Span, token.Text);
        }
    }

    protected virtual IEnumerable<string> Words(AnalysisContext context) => words;

    public static DiagnosticDescriptor Describe(string id, RuleCategory category) =>
        new(id, $"Test rule {id}", "Avoid '{0}'", category, Severity.Warning, "A rule for engine tests.");
}

/// <summary>Flags "very", plus the words of its "extra-words" option; its "style" option is a choice, its "limit" a number.</summary>
internal sealed class IntensifierAnalyzer() : WordAnalyzer(WordAnalyzer.Describe(TestRules.Intensifier, RuleCategory.Typography), "very")
{
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("style", "How strict to be.", "strict", ["strict", "relaxed"]),
        new("extra-words", "More intensifiers to flag.", ""),
        new("limit", "At most how many to flag.", "10") { Accepts = value => int.TryParse(value, out _), Expected = "a whole number" },
    ];

    protected override IEnumerable<string> Words(AnalysisContext context) =>
        base.Words(context).Concat(context.OptionsFor(Descriptor).GetList("extra-words"));
}

/// <summary>Flags the words of the "test-words" list, so configurations can extend it.</summary>
internal sealed class ListAnalyzer() : WordAnalyzer(WordAnalyzer.Describe(TestRules.ListWord, RuleCategory.Naming))
{
    protected override IEnumerable<string> Words(AnalysisContext context) => context.Data.GetList("test-words");
}

internal static class TestRules
{
    public const string Advertisement = "CL1901";
    public const string Subscribe = "CL1902";
    public const string ListWord = "CL2901";
    public const string Intensifier = "CL5901";

    public static RuleDataSet Defaults { get; } = new([new RuleDataFile("lists/test-words.txt", "# default entries\nKCNA\n", "<defaults>/test-words.txt")]);

    /// <summary>The test rules, plus one house rule per line "ID word" of every pack file.</summary>
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        yield return new WordAnalyzer(WordAnalyzer.Describe(Advertisement, RuleCategory.Boilerplate), "Advertisement");
        yield return new WordAnalyzer(WordAnalyzer.Describe(Subscribe, RuleCategory.Boilerplate), "Subscribe");
        yield return new ListAnalyzer();
        yield return new IntensifierAnalyzer();
        foreach (var pack in data.Packs)
        {
            foreach (var line in pack.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split(' ');
                yield return new WordAnalyzer(WordAnalyzer.Describe(parts[0], RuleCategory.House), parts[1]);
            }
        }
    }

    public static Linter DefaultLinter() => new(new RuleSet(Create(Defaults)), Defaults);

    public static LintResult Lint(this FileLintPlan plan, string text, string path = "story.txt") =>
        plan.Linter.Lint(new SourceText(text, path), plan.Settings);

    public static LintResult Lint(string text, string path = "story.txt") =>
        DefaultLinter().Lint(new SourceText(text, path), LintSettings.Default);
}
