namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2003 where two people share a surname: the honorific tells a father from his son ("Mr Adeyemi said" beside
/// "Adeyemi said"), so neither is a slip of style; one person named both ways is still reported.
/// </summary>
public sealed class HonorificSharedSurnameTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2003").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void An_honorific_that_tells_a_father_from_his_son_is_left_alone() =>
        Assert.Empty(Reported(
            "LAGOS — Tobi Adeyemi, 12, won the Nigerian National Chess Championship on Sunday.\n\n"
            + "\"I have been studying with my coach every day after school,\" Adeyemi said.\n\n"
            + "Adeyemi's father, Babatunde Adeyemi, a secondary school teacher in Yaba, taught him the game at six. \"He beat me within one year,\" Mr Adeyemi said."));

    [Fact]
    public void One_person_named_with_and_without_the_honorific_is_still_reported() =>
        Assert.Equal(["Mr Adeyemi"], Reported(
            "LAGOS — Tobi Adeyemi, 12, won the Nigerian National Chess Championship on Sunday.\n\n"
            + "\"I have been studying with my coach every day after school,\" Adeyemi said.\n\n"
            + "Adeyemi, a pupil at King's College, is the youngest winner. \"He beat me within one year,\" Mr Adeyemi said."));
}
