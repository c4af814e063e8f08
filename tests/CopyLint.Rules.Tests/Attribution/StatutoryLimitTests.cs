namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on the limits the law sets in legal copy: the limit of a court's power ("a tribunal can increase … by up to 25
/// per cent"), a bound a named rule requires ("Under the new law, a conviction will need at least two thirds of the
/// jurors") and a band that applies where its condition holds; each beside the estimate of the same shape that is still
/// reported.
/// </summary>
public sealed class StatutoryLimitTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("If an employer unreasonably fails to follow the code, a tribunal can increase an employee's compensation by up to 25 per cent.")]
    [InlineData("The tribunal may award up to £25,000 for injury to feelings.")]
    public void The_limit_of_a_court_s_power_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The change can increase household bills by up to 25 per cent.", "up to 25 per cent")]
    [InlineData("Landlords can increase rents by up to 25 per cent.", "up to 25 per cent")]
    public void An_estimate_of_what_something_can_do_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Under the new law, a conviction will need at least two thirds of the jurors.")]
    [InlineData("Under the new rules, a resolution needs at least two-thirds of the members.")]
    public void A_bound_a_named_rule_requires_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("A conviction will need at least two thirds of the jurors.", "at least two thirds")]
    [InlineData("Under the new law, prisons will need at least 2,000 more places.", "at least 2,000")]
    public void A_bound_with_no_rule_named_or_more_to_come_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_band_that_applies_where_its_condition_holds_is_not_reported() =>
        Assert.Empty(Figures("An additional residence nil-rate band of up to £175,000 applies where a home is left to children or grandchildren."));

    [Fact]
    public void A_share_of_people_who_apply_is_still_reported() =>
        Assert.Contains("More than 60 per cent", Figures("More than 60 per cent apply online for their first job."));
}
