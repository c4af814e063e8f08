using CopyLint.Engine.Configuration;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>The naming rules configured through a real copylint.yaml: options are accepted and lists extend the defaults.</summary>
public sealed class NamingConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copylint-naming-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Copylint_yaml_sets_honorific_style_known_acronyms_and_the_name_authority()
    {
        File.WriteAllText(Path.Combine(_folder, "copylint.yaml"), """
            options:
              CL2003: { honorifics: never }
              CL2004: { known_acronyms: [IAEA] }
            lists:
              name-authority: ["Volodymyr Zelenskyy = Volodymyr Zelensky"]
            """);
        var article = Path.Combine(_folder, "story.txt");
        File.WriteAllText(article, "Volodymyr Zelensky met the IAEA chief in Kiev. Mr Zelensky said the plant was safe.\n");

        var plan = new ConfigurationResolver(BuiltInRules.Create, RuleHarness.Data).Resolve(article);
        var source = Text.SourceText.FromFile(article);
        var found = plan.Linter.Lint(source, plan.Settings).Diagnostics
            .Where(d => d.Id.StartsWith("CL2", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {source.ToString(d.Span)}");

        Assert.Equal(["CL2005 Volodymyr Zelensky", "CL2005 Kiev", "CL2003 Mr Zelensky"], found);
    }
}
