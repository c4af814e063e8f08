using CopyLint.Engine.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Engine.Tests;

/// <summary>
/// <see cref="ConfigurationResolver.ResolveAll"/> matches each glob against many files at once; every file must get
/// the plan <see cref="ConfigurationResolver.Resolve"/> gives it alone, whatever the globs and the folders.
/// </summary>
public sealed class ResolveAllProperties : IDisposable
{
    private static readonly string[] Globs =
    [
        "**/*.txt", "**/*.md", "*.txt", "wire/**", "**/wire/**", "news/*", "news/*.md", "**/drafts/**", "**/NOTES.md", "a.txt",
        "news/a.txt", "**/a.*", "wire/*/b.md", "*", "**", "../**", "Wire/*.TXT", "**/x?.txt", "news/**/*.txt",
    ];

    private static readonly string[] Folders = ["", "wire/", "Wire/", "news/", "news/wire/", "drafts/", "wire/live/", "desk/", "desk/news/"];

    private static readonly string[] Names = ["a.txt", "b.md", "NOTES.md", "c.TXT", "x1.txt", "notes.html", "a.md"];

    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static Gen<string> GlobList() => Gen.NonEmptyListOf(Gen.Elements(Globs)).Select(g => "[" + string.Join(", ", g.Select(x => $"\"{x}\"")) + "]");

    private static Gen<string> Configuration() =>
        from include in Gen.OneOf(Gen.Constant(""), GlobList().Select(g => $"include: {g}\n"))
        from exclude in Gen.OneOf(Gen.Constant(""), GlobList().Select(g => $"exclude: {g}\n"))
        from count in Gen.Choose(0, 3)
        from overrides in Gen.ArrayOf(GlobList(), count)
        select include + exclude + (overrides.Length == 0 ? "" :
            "overrides:\n" + string.Concat(overrides.Select((g, i) => $"  - files: {g}\n    severity: {{ {(i % 2 == 0 ? "CL5901: error" : "Boilerplate: hint")} }}\n")));

    private static Gen<string[]> Files() => Gen.NonEmptyListOf(from folder in Gen.Elements(Folders) from name in Gen.Elements(Names) select folder + name).Select(f => f.ToArray());

    [Property(MaxTest = 150)]
    public Property Each_file_gets_the_plan_it_gets_alone() =>
        Prop.ForAll(Configuration().ToArbitrary(), Gen.Elements("", "desk/").ToArbitrary(), Files().ToArbitrary(), (yaml, at, files) =>
        {
            var root = _tree.PathOf(Guid.NewGuid().ToString("N"));
            _tree.Write(Path.Combine(root, at, "copylint.yaml"), yaml);
            var paths = files.Select(f => Path.Combine(root, f)).Append(Path.Combine(root, "desk/../news/a.txt")).ToArray();

            var together = new ConfigurationResolver(TestRules.Create, TestRules.Defaults).ResolveAll(paths);
            var alone = new ConfigurationResolver(TestRules.Create, TestRules.Defaults);

            return paths.Select(alone.Resolve).Select(Describe).SequenceEqual(together.Select(p => Describe(p!)));
        });

    [Fact]
    public void Plans_match_resolving_one_by_one_with_nested_and_explicit_configurations()
    {
        _tree.Write("copylint.yaml", "include: [\"**/*.txt\"]\nexclude: [\"**/drafts/**\"]\noverrides:\n  - files: [\"wire/**\"]\n    severity: { CL5901: error }\n");
        _tree.Write("desk/copylint.yaml", "severity: { Boilerplate: off }\n");
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "story.txt");
        string[] files = ["story.txt", "notes.md", "wire/story.txt", "drafts/story.txt", "desk/story.txt", "desk/wire/story.md", outside];
        var paths = files.Select(_tree.PathOf).ToArray();

        foreach (var config in new[] { null, _tree.PathOf("copylint.yaml"), _tree.PathOf("desk/copylint.yaml") })
        {
            var alone = new ConfigurationResolver(TestRules.Create, TestRules.Defaults, config);
            var together = new ConfigurationResolver(TestRules.Create, TestRules.Defaults, config).ResolveAll(paths);

            Assert.Equal(paths.Select(alone.Resolve).Select(Describe), together.Select(p => Describe(p!)));
        }

        var included = new ConfigurationResolver(TestRules.Create, TestRules.Defaults).ResolveAll(paths).Select(p => p!.IsIncluded);
        Assert.Equal([true, false, true, false, true, true, true], included);
    }

    [Fact]
    public void A_configuration_that_fails_to_load_leaves_its_files_to_Resolve()
    {
        _tree.Write("bad/copylint.yaml", "severity: { Nonsense: error }\n");
        var resolver = new ConfigurationResolver(TestRules.Create, TestRules.Defaults);

        var plans = resolver.ResolveAll([_tree.PathOf("good/story.txt"), _tree.PathOf("bad/story.txt")]);

        Assert.NotNull(plans[0]);
        Assert.Null(plans[1]);
        Assert.Throws<ConfigurationException>(() => resolver.Resolve(_tree.PathOf("bad/story.txt")));
    }

    /// <summary>What a plan decides: whether the file is checked, with which configuration, and each rule's severity.</summary>
    private static string Describe(FileLintPlan plan) =>
        $"{plan.IsIncluded} {plan.ConfigPath} " + string.Join(",", plan.Linter.Rules.Descriptors.Select(d => plan.Settings.EffectiveSeverity(d)));
}
