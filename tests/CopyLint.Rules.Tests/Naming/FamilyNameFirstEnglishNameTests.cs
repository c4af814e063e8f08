namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2002 on a Hong Kong name with an English given name before the family name ("Tony Lee Kar-yun"): the Chinese given
/// names alone are a wrong reference, as they are after "Lee Kar-yun"; the family name is right.
/// </summary>
public sealed class FamilyNameFirstEnglishNameTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Delay = "Signal fault halts Tsuen Wan line\n\nTrains on the Tsuen Wan line were suspended for two hours on Thursday morning.\n\n"
        + "Tony Lee Kar-yun, the operator's operations director, apologised at a press conference on Thursday afternoon.\n\n";

    [Fact]
    public void The_chinese_given_names_alone_are_reported() =>
        Assert.Equal(["Kar-yun"], Wrong(Delay + "Kar-yun said the fault was \"rare\"."));

    [Theory]
    [InlineData(Delay + "Lee said the fault was \"rare\".")]
    [InlineData("Band plays Sha Tin\n\nJohn Lee Hooker's songs were played at the hall on Friday.\n\nHooker died in 2001.")]
    public void The_family_name_or_a_western_name_is_left_alone(string text) => Assert.Empty(Wrong(text));
}
