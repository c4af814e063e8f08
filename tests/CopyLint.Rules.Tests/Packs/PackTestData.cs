using CopyLint.Engine;
using CopyLint.Engine.Packs;

namespace CopyLint.Rules.Tests.Packs;

/// <summary>Builds rule sets from pack YAML the way a user's configuration adds it, and lints with them.</summary>
internal static class PackTestData
{
    public const string UserPackPath = "/home/editor/house/packs/house.yaml";

    public static RuleDataFile Pack(string yaml, string name = "packs/house.yaml", string path = UserPackPath) => new(name, yaml, path);

    public static IReadOnlyList<Analyzer> Load(params RuleDataFile[] packs) => [.. RulePacks.Load(new RuleDataSet(packs))];

    public static IReadOnlyList<Diagnostic> Lint(string yaml, string text)
    {
        var data = new RuleDataSet([Pack(yaml)]);
        var linter = new Linter(new RuleSet(RulePacks.Load(data)), data);
        return linter.Lint(new CopyLint.Text.SourceText(text), LintSettings.Default).Diagnostics;
    }

    public static string ApplyFixes(string text, IEnumerable<Diagnostic> diagnostics) =>
        FixApplier.Apply(text, FixApplier.FirstFixes(diagnostics)).Text;
}
