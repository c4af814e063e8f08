using System.Diagnostics;
using System.Text.RegularExpressions;
using CopyLint.Engine;
using CopyLint.Engine.Packs;
using CopyLint.Rules;
using CopyLint.Rules.Attribution;
using CopyLint.Rules.Boilerplate;
using CopyLint.Rules.Naming;
using CopyLint.Rules.Typography;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// What each step of a run's construction allocates, in the order a `copylint check` run takes them (first calls, so
/// static data counts where it is first built): <c>dotnet run -c Release --project bench/CopyLint.Benchmarks -- startup [file]</c>.
/// </summary>
internal static class StartupCosts
{
    public static void Run(IReadOnlyList<string> files)
    {
        var file = files.Count > 0 ? files[0] : "out/bench/article.txt";
        var total = 0L;
        T Step<T>(string name, Func<T> step)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = step();
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            total += bytes;
            Console.WriteLine($"{name,-34} {bytes,10:N0} B {clock.Elapsed.TotalMilliseconds,8:F2} ms");
            return result;
        }

        var data = Step("EmbeddedRuleData.Load", EmbeddedRuleData.Load);
        var pack = data.Packs.First();
        Step("  YAML scanner only", () => { var scanner = new YamlDotNet.Core.Scanner(new StringReader(pack.Content)); var n = 0; while (scanner.MoveNext()) n++; return n; });
        Step("  YAML parser events only", () => { var parser = new YamlDotNet.Core.Parser(new StringReader(pack.Content)); var n = 0; while (parser.MoveNext()) n++; return n; });
        Step("  YAML stream (tree)", () => { var stream = new YamlDotNet.RepresentationModel.YamlStream(); stream.Load(new StringReader(pack.Content)); return stream; });
        var rules = Step("RulePackLoader.Load (YAML)", () => RulePackLoader.Load(pack));
        Step("  PackMatcher.Create, text rules", () => rules.Where(r => r.Rule.Scope == PackScope.Text).Select(r => PackMatcher.Create(r.Rule)).ToList());
        Step("  PackMatcher.Create, line rules", () => rules.Where(r => r.Rule.Scope == PackScope.Line).Select(r => PackMatcher.Create(r.Rule)).ToList());
        var lineRules = rules.Select(r => r.Rule).Where(r => r.Scope == PackScope.Line).ToList();
        Step("  MatchEdges.Read, line rules", () => lineRules.Select(r => MatchEdges.Read(JoinedPattern(r), r.IgnoreCase)).ToList());
        var matchers = Step("PackMatcher.Create", () => rules.Select(r => PackMatcher.Create(r.Rule)).ToList());
        Step("PackLineScreen", () => new PackLineScreen(matchers));
        Step("RulePacks.Load (all again)", () => RulePacks.Load(data).ToList());
        Step("BoilerplateRules.Create", () => BoilerplateRules.Create(data).ToList());
        Step("NamingRules.Create", () => NamingRules.Create(data).ToList());
        Step("AttributionRules.Create", () => AttributionRules.Create(data).ToList());
        Step("TypographyRules.Create", () => TypographyRules.Create(data).ToList());
        var linter = Step("BuiltInRules.Create (all again)", () => new Linter(new RuleSet(BuiltInRules.Create(data)), data));
        var source = SourceText.FromFile(file);
        Step("first check", () => linter.Lint(source, LintSettings.Default));
        Step("second check", () => linter.Lint(source, LintSettings.Default));
        Console.WriteLine($"{"total",-34} {total,10:N0} B");
    }

    /// <summary>About the pattern <see cref="PackMatcher.Create"/> reads a line rule's edges from (its tokens as whole words, then its patterns).</summary>
    private static string JoinedPattern(PackRule rule) =>
        string.Join("|", rule.Tokens.Select(t => $@"(?:\b{Regex.Escape(t).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}\b)").Concat(rule.Patterns.Select(p => $"(?:{p})")));
}
