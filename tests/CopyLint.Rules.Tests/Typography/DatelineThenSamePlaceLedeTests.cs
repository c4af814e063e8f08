namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a dateline in capitals followed by a lede whose subject opens with the same place in title case, as a state
/// or province shares its capital's name ("SÃO PAULO — São Paulo state police …"), beside the doubled dateline that
/// still has a dash, a comma or capitals after its second copy.
/// </summary>
public sealed class DatelineThenSamePlaceLedeTests
{
    private static string[] Repeats(string text) =>
        [.. RuleHarness.Lint(text, "CL5002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("SÃO PAULO — São Paulo state civil police arrested 12 people on Thursday, the state security secretariat said.")]
    [InlineData("RIO DE JANEIRO — Rio de Janeiro state police killed three suspects in a raid on Tuesday, officials said.")]
    [InlineData("BUENOS AIRES — Buenos Aires province will raise bus fares by 20% from March, the provincial government said.")]
    public void A_lede_opening_with_the_dateline_s_place_in_title_case_is_not_a_repeat(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("SÃO PAULO — São Paulo — State civil police arrested 12 people on Thursday, the secretariat said.")]
    [InlineData("SÃO PAULO — SÃO PAULO state civil police arrested 12 people on Thursday, the secretariat said.")]
    [InlineData("BUENOS AIRES — Buenos Aires, Argentina — The province will raise bus fares by 20% from March.")]
    public void A_second_copy_set_off_by_punctuation_or_in_capitals_is_still_reported(string text) => Assert.NotEmpty(Repeats(text));
}
