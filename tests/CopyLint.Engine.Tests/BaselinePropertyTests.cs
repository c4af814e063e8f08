using CopyLint.Engine.Baselines;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Engine.Tests;

public sealed class BaselinePropertyTests
{
    private static readonly string[] Flagged =
    [
        "Advertisement",
        "The minister said the talks had been very productive, KCNA reported.",
        "Subscribe to our newsletter",
        "It was a very, very long night for the rescue teams.",
    ];

    private static readonly string[] Clean =
    [
        "Officials declined to comment on Wednesday.",
        "The factory, north of Pyongyang, was visited by foreign reporters last year.",
        "Prices rose by 3% in the year to March.",
    ];

    private static Arbitrary<(string[] Story, string[] Reordered)> Stories { get; } =
        Gen.NonEmptyListOf(Gen.Elements(Flagged.Concat(Clean)))
            .SelectMany(story => Gen.Shuffle(story.ToArray()).SelectMany(shuffled =>
                Gen.ListOf(Gen.Elements(Clean)).Select(extra => (story.ToArray(), shuffled.Concat(extra).ToArray()))))
            .ToArbitrary();

    private static readonly Linter Linter = TestRules.DefaultLinter();

    private static LintResult Lint(IEnumerable<string> paragraphs) =>
        Linter.Lint(new SourceText(string.Join("\n\n", paragraphs) + "\n", "/desk/story.txt"), LintSettings.Default);

    [Property(MaxTest = 100)]
    public Property A_baseline_hides_its_findings_however_the_paragraphs_move() =>
        Prop.ForAll(Stories, input =>
        {
            var baseline = Baseline.FromResults([Lint(input.Story)], "/desk");
            return baseline.Filter(Lint(input.Reordered), "/desk").Count == 0;
        });

    [Property(MaxTest = 100)]
    public Property A_baseline_hides_exactly_as_many_findings_as_it_holds() =>
        Prop.ForAll(Stories, input =>
        {
            var baseline = Baseline.FromResults([Lint(input.Story)], "/desk");
            var doubled = Lint([.. input.Story, .. input.Story]);
            return baseline.Filter(doubled, "/desk").Count == doubled.Diagnostics.Count - baseline.Entries.Count;
        });
}
