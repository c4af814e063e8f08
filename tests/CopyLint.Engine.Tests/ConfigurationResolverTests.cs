using CopyLint.Engine.Configuration;

namespace CopyLint.Engine.Tests;

public sealed class ConfigurationResolverTests : IDisposable
{
    private const string Story =
        "Advertisement\n\nSeoul - The minister said the talks had been very productive, according to KCNA. " +
        "The ministry described the outcome as hugely encouraging.\n\nSubscribe to our newsletter\n";

    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ConfigurationResolver Resolver(string? explicitPath = null) => new(TestRules.Create, TestRules.Defaults, explicitPath);

    private static Severity? SeverityOf(FileLintPlan plan, string id) => plan.Settings.EffectiveSeverity(plan.Linter.Rules.Find(id)!);

    [Fact]
    public void Without_a_configuration_every_file_gets_the_defaults()
    {
        var plan = Resolver().Resolve(_tree.Write("world/story.txt", Story));

        Assert.True(plan.IsIncluded);
        Assert.Null(plan.ConfigPath);
        Assert.Same(LintSettings.Default, plan.Settings);
        Assert.Equal(["CL1901", "CL5901", "CL2901", "CL1902"], plan.Lint(Story).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void The_nearest_configuration_wins()
    {
        var root = _tree.Write("copylint.yaml", "severity: { CL5901: off }\n");
        var nested = _tree.Write("world/copylint.yaml", "severity: { CL5901: error }\n");
        var resolver = Resolver();

        var deep = resolver.Resolve(_tree.Write("world/asia/story.txt", Story));
        var top = resolver.Resolve(_tree.Write("story.txt", Story));

        Assert.Equal(nested, deep.ConfigPath);
        Assert.Equal(Severity.Error, SeverityOf(deep, TestRules.Intensifier));
        Assert.Equal(root, top.ConfigPath);
        Assert.Null(SeverityOf(top, TestRules.Intensifier));
        Assert.DoesNotContain(top.Lint(Story).Diagnostics, d => d.Id == TestRules.Intensifier);
    }

    [Fact]
    public void A_rule_ID_beats_its_category_whatever_the_order()
    {
        _tree.Write("copylint.yaml", "severity:\n  CL1901: error\n  Boilerplate: info\n");

        var plan = Resolver().Resolve(_tree.Write("story.txt", Story));
        var diagnostics = plan.Lint(Story).Diagnostics;

        Assert.Equal(Severity.Error, diagnostics.Single(d => d.Id == TestRules.Advertisement).Severity);
        Assert.Equal(Severity.Info, diagnostics.Single(d => d.Id == TestRules.Subscribe).Severity);
    }

    [Fact]
    public void Overrides_apply_in_order_on_top_of_the_top_level()
    {
        _tree.Write("copylint.yaml", """
            severity:
              CL1901: error
              Naming: warning
            overrides:
              - files: ["sport/**"]
                severity: { Boilerplate: hint, Naming: off }
              - files: ["sport/live/**"]
                severity: { CL1902: error }
            """);
        var resolver = Resolver();

        var news = resolver.Resolve(_tree.PathOf("news/story.txt"));
        var sport = resolver.Resolve(_tree.PathOf("sport/story.txt"));
        var live = resolver.Resolve(_tree.PathOf("sport/live/blog.txt"));

        Assert.Equal(Severity.Error, SeverityOf(news, TestRules.Advertisement));
        Assert.Equal(Severity.Hint, SeverityOf(sport, TestRules.Advertisement));
        Assert.Null(SeverityOf(sport, TestRules.ListWord));
        Assert.Equal(Severity.Hint, SeverityOf(live, TestRules.Advertisement));
        Assert.Equal(Severity.Error, SeverityOf(live, TestRules.Subscribe));
        Assert.Same(sport.Settings, resolver.Resolve(_tree.PathOf("sport/other.txt")).Settings);
    }

    [Fact]
    public void Include_and_exclude_globs_are_relative_to_the_configuration()
    {
        _tree.Write("desk/copylint.yaml", "include: [\"**/*.txt\", \"**/*.md\"]\nexclude: archive/**\n");
        var resolver = Resolver();

        Assert.True(resolver.Resolve(_tree.PathOf("desk/story.txt")).IsIncluded);
        Assert.True(resolver.Resolve(_tree.PathOf("desk/world/story.md")).IsIncluded);
        Assert.False(resolver.Resolve(_tree.PathOf("desk/world/notes.html")).IsIncluded);
        Assert.False(resolver.Resolve(_tree.PathOf("desk/archive/2019/story.txt")).IsIncluded);
        Assert.True(resolver.Resolve(_tree.PathOf("desk/world/archive/story.txt")).IsIncluded);
    }

    [Fact]
    public void Options_reach_the_analyzer_and_overrides_replace_them()
    {
        _tree.Write("copylint.yaml", """
            options:
              CL5901: { style: relaxed, extra-words: [hugely, extremely] }
            overrides:
              - files: sport/**
                options: { CL5901: { extra-words: [massively] } }
            """);
        var resolver = Resolver();

        var plan = resolver.Resolve(_tree.PathOf("story.txt"));
        var sport = resolver.Resolve(_tree.PathOf("sport/story.txt"));

        Assert.Equal("relaxed", plan.Settings.OptionsFor(TestRules.Intensifier).GetString("style", "strict"));
        Assert.Equal(["very", "hugely"], plan.Lint(Story).Diagnostics.Where(d => d.Id == TestRules.Intensifier).Select(d => Story[d.Span.Start..d.Span.End]));
        Assert.Equal(["massively"], sport.Settings.OptionsFor(TestRules.Intensifier).GetList("extra-words"));
        Assert.Equal("relaxed", sport.Settings.OptionsFor(TestRules.Intensifier).GetString("style", "strict"));
    }

    [Fact]
    public void Lists_are_extended_inline_or_from_a_file()
    {
        _tree.Write("inline/copylint.yaml", "lists:\n  test-words: [Kursk, Ofcom]\n");
        _tree.Write("file/copylint.yaml", "lists: { test-words: ../extra-words.txt }\n");
        _tree.Write("extra-words.txt", "# house additions\nministry\n");
        var resolver = Resolver();
        const string Copy = "Officials in Kursk told KCNA the ministry had not replied.\n";

        var inline = resolver.Resolve(_tree.PathOf("inline/story.txt")).Lint(Copy).Diagnostics;
        var file = resolver.Resolve(_tree.PathOf("file/story.txt")).Lint(Copy).Diagnostics;

        Assert.Equal(["Kursk", "KCNA"], inline.Select(d => Copy[d.Span.Start..d.Span.End]));
        Assert.Equal(["KCNA", "ministry"], file.Select(d => Copy[d.Span.Start..d.Span.End]));
    }

    [Fact]
    public void Packs_add_rules_that_the_configuration_can_then_set()
    {
        _tree.Write("copylint.yaml", "packs: [house/style.pack]\nseverity: { HS0001: error }\n");
        _tree.Write("house/style.pack", "HS0001 productive\n");

        var plan = Resolver().Resolve(_tree.PathOf("story.txt"));
        var pack = plan.Linter.Data.Packs.Single();

        Assert.Equal(_tree.PathOf("house/style.pack"), pack.DisplayPath);
        Assert.Equal(Severity.Error, plan.Lint(Story).Diagnostics.Single(d => d.Id == "HS0001").Severity);
    }

    [Fact]
    public void A_configuration_without_packs_or_lists_shares_the_default_linter()
    {
        _tree.Write("a/copylint.yaml", "severity: { Naming: off }\n");
        _tree.Write("b/copylint.yaml", "packs: [p.pack]\n");
        _tree.Write("b/p.pack", "HS0001 productive\n");
        var resolver = Resolver();

        var defaults = resolver.Resolve(_tree.PathOf("story.txt")).Linter;

        Assert.Same(defaults, resolver.Resolve(_tree.PathOf("a/story.txt")).Linter);
        Assert.NotSame(defaults, resolver.Resolve(_tree.PathOf("b/story.txt")).Linter);
        Assert.Same(resolver.Resolve(_tree.PathOf("b/x.txt")).Linter, resolver.Resolve(_tree.PathOf("b/y/z.txt")).Linter);
    }

    [Fact]
    public void An_explicit_configuration_serves_every_file_and_files_outside_its_folder_are_included()
    {
        var config = _tree.Write("config/copylint.yaml", "include: [\"**/*.md\"]\nseverity: { CL1901: off }\n");
        _tree.Write("copylint.yaml", "severity: { CL1901: error }\n");
        var resolver = Resolver(config);

        var outside = resolver.Resolve(_tree.PathOf("story.txt"));

        Assert.Equal(config, outside.ConfigPath);
        Assert.True(outside.IsIncluded);
        Assert.Null(SeverityOf(outside, TestRules.Advertisement));
        Assert.False(resolver.Resolve(_tree.PathOf("config/story.txt")).IsIncluded);
    }

    [Fact]
    public void A_missing_explicit_configuration_is_an_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => Resolver(_tree.PathOf("nope.yaml")).Resolve(_tree.PathOf("story.txt")));

        Assert.Equal(_tree.PathOf("nope.yaml"), error.Path);
        Assert.Contains("not found", error.Reason);
    }

    [Fact]
    public void A_changed_configuration_is_read_again()
    {
        var config = _tree.Write("copylint.yaml", "severity: { CL1901: error }\n");
        var resolver = Resolver();
        var story = _tree.PathOf("story.txt");
        Assert.Equal(Severity.Error, SeverityOf(resolver.Resolve(story), TestRules.Advertisement));

        File.WriteAllText(config, "severity: { CL1901: hint }\n");
        File.SetLastWriteTimeUtc(config, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal(Severity.Hint, SeverityOf(resolver.Resolve(story), TestRules.Advertisement));
    }

    [Fact]
    public void A_changed_pack_or_a_fixed_error_is_picked_up()
    {
        _tree.Write("copylint.yaml", "packs: [house.pack]\n");
        var resolver = Resolver();
        var story = _tree.PathOf("story.txt");
        Assert.Throws<ConfigurationException>(() => resolver.Resolve(story));

        var pack = _tree.Write("house.pack", "HS0001 productive\n");
        Assert.NotNull(resolver.Resolve(story).Linter.Rules.Find("HS0001"));

        File.WriteAllText(pack, "HS0002 encouraging\n");
        File.SetLastWriteTimeUtc(pack, DateTime.UtcNow.AddMinutes(1));
        Assert.Null(resolver.Resolve(story).Linter.Rules.Find("HS0001"));
        Assert.NotNull(resolver.Resolve(story).Linter.Rules.Find("HS0002"));
    }

    [Fact]
    public void Invalidate_drops_cached_linters()
    {
        _tree.Write("copylint.yaml", "lists: { test-words: [Kursk] }\n");
        var resolver = Resolver();
        var before = resolver.Resolve(_tree.PathOf("story.txt")).Linter;

        Assert.Same(before, resolver.Resolve(_tree.PathOf("story.txt")).Linter);
        resolver.Invalidate();
        Assert.NotSame(before, resolver.Resolve(_tree.PathOf("story.txt")).Linter);
    }

    [Fact]
    public void Where_the_configuration_is_is_looked_up_once_per_folder_until_Invalidate()
    {
        var story = _tree.Write("world/story.txt", Story);
        var resolver = Resolver();
        Assert.Null(resolver.Resolve(story).ConfigPath);

        var config = _tree.Write("copylint.yaml", "severity: { CL5901: off }\n");
        Assert.Null(resolver.Resolve(story).ConfigPath);
        resolver.Invalidate();
        Assert.Equal(config, resolver.Resolve(story).ConfigPath);
    }

    [Fact]
    public void Concurrent_resolution_builds_one_linter_per_configuration()
    {
        _tree.Write("copylint.yaml", "lists: { test-words: [Kursk] }\noverrides:\n  - files: sport/**\n    severity: { Naming: off }\n");
        var resolver = Resolver();
        var paths = Enumerable.Range(0, 200).Select(i => _tree.PathOf(i % 2 == 0 ? $"news/{i}.txt" : $"sport/{i}.txt")).ToArray();

        var plans = new FileLintPlan[paths.Length];
        Parallel.For(0, paths.Length, i => plans[i] = resolver.Resolve(paths[i]));

        Assert.Single(plans.Select(p => p.Linter).Distinct());
        Assert.Equal(2, plans.Select(p => p.Settings).Distinct().Count());
    }
}
