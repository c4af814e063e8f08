using CopyLint.Engine;
using CopyLint.Engine.Packs;

namespace CopyLint.Rules.Tests.Packs;

/// <summary>
/// The built-in packs' compiled form (<see cref="CompiledPack"/>, written at build time and read at start-up instead
/// of the YAML) is what the YAML path builds from rules/ as it is now: a pack edited without a rebuild, or a reader
/// that drops something, fails here.
/// </summary>
public sealed class CompiledPackTests
{
    public static TheoryData<string> BuiltInPacks() => new(EmbeddedRuleData.Load().Packs.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(BuiltInPacks))]
    public void The_embedded_compiled_pack_is_what_the_yaml_in_rules_builds(string name)
    {
        var embedded = EmbeddedRuleData.Load().GetFile(name)!;
        var yaml = new RuleDataFile(name, File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", name)), embedded.DisplayPath, BuiltIn: true);

        Assert.NotNull(embedded.CompiledPack);
        Assert.Equal(CompiledPack.Compile(yaml), embedded.CompiledPack.Value.ToArray());
    }

    [Theory]
    [MemberData(nameof(BuiltInPacks))]
    public void Reading_the_compiled_pack_gives_back_all_it_was_written_from(string name)
    {
        var file = EmbeddedRuleData.Load().GetFile(name)!;
        var image = file.CompiledPack!.Value.ToArray();

        Assert.Equal(image, CompiledPack.Write(CompiledPack.Read(image, file)));
    }

    [Theory]
    [MemberData(nameof(BuiltInPacks))]
    public void The_compiled_rules_equal_the_yaml_rules_property_by_property(string name)
    {
        var file = EmbeddedRuleData.Load().GetFile(name)!;
        var fromYaml = RulePackLoader.Load(file with { CompiledPack = null });
        var compiled = CompiledPack.Read(file.CompiledPack!.Value.Span, file);

        Assert.Equal(fromYaml.Count, compiled.Count);
        foreach (var (yaml, image) in fromYaml.Zip(compiled))
        {
            Assert.Equal((yaml.Line, yaml.Column), (image.Line, image.Column));
            foreach (var property in typeof(PackRule).GetProperties())
            {
                var (expected, actual) = (property.GetValue(yaml.Rule), property.GetValue(image.Rule));
                if (expected is System.Collections.IEnumerable list and not string)
                {
                    Assert.Equal(list.Cast<object>(), ((System.Collections.IEnumerable)actual!).Cast<object>());
                }
                else
                {
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void A_users_pack_replacing_a_built_in_one_is_read_from_its_yaml()
    {
        var user = new RuleDataFile("packs/boilerplate.yaml", "rules: []", "house/packs/boilerplate.yaml");

        var data = EmbeddedRuleData.Load().With([user]);

        Assert.Null(data.GetFile("packs/boilerplate.yaml")!.CompiledPack);
        Assert.Empty(RulePacks.Load(data));
    }
}
