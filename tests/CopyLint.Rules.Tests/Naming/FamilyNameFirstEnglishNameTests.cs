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

    private const string Clinic = "Waiting times hit record\n\nPatients waited more than eight hours on Monday.\n\n"
        + "Lawmaker David Lam Tzit-yuen, a doctor, said the city needed more primary care.\n\n";

    [Fact]
    public void The_cantonese_given_name_after_a_family_name_listed_as_vietnamese_is_reported() =>
        Assert.Equal(["Tzit-yuen"], Wrong(Clinic + "\"Hospitals are the last line,\" Tzit-yuen said."));

    [Theory]
    [InlineData(Clinic + "\"Hospitals are the last line,\" Lam said.")]
    [InlineData("Talks resume in Hanoi\n\nLam Quang Minh, a trade official, met the delegation on Monday.\n\nMinh said the talks went well.")]
    public void The_family_name_or_a_vietnamese_last_given_name_is_left_alone(string text) => Assert.Empty(Wrong(text));
}
