namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a tariff rate a named person threatened or proposed, in a relative clause after it ("tariffs of up to 100%
/// that President Donald Trump has threatened"), and on a company's own headcount ("The company employed about 78,400
/// people"); beside each, the same figure with no owner, which stays reported.
/// </summary>
public sealed class ThreatenedTariffAndCompanyHeadcountTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("In return, the companies received a three-year grace period from pharmaceutical tariffs of up to 100% that President Donald Trump has threatened on branded drugs made abroad.")]
    [InlineData("Exporters are bracing for duties of up to 25 per cent which Brussels proposed last month.")]
    public void A_rate_its_named_levier_threatened_or_proposed_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("In return, the companies received a three-year grace period from pharmaceutical tariffs of up to 100% that Pfizer has avoided on branded drugs made abroad.", "up to 100%")]
    [InlineData("In return, the companies received a three-year grace period from pharmaceutical tariffs of up to 100% on branded drugs made abroad.", "up to 100%")]
    public void A_rate_with_no_named_levier_is_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));

    [Fact]
    public void A_companys_own_headcount_is_left_alone() =>
        Assert.Empty(Flagged("The cuts are the largest in Novo's history. The company employed about 78,400 people worldwide at the end of June."));

    [Theory]
    [InlineData("The cuts are the largest in Novo's history. The company cut about 9,000 jobs worldwide at the end of June.", "about 9,000")]
    [InlineData("The cuts are the largest in the region's history. The plant employed about 7,800 people at the end of June.", "about 7,800")]
    public void A_companys_cuts_and_another_employers_headcount_are_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));
}
