namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 in US markets copy: the payroll processor ADP and the ISM indexes, named by their initials beside the
/// official data (known-acronyms-local.txt), beside the same initials in a story with no such data, still reported.
/// </summary>
public sealed class MarketsDataAcronymTests
{
    [Theory]
    [InlineData("The last jobs report before the Federal Reserve's meeting is due Friday. ADP private payrolls for November come out on Wednesday.")]
    [InlineData("The week ahead\n\nThe last jobs report before the Federal Reserve's meeting is due on Friday.\n\nWednesday, Dec. 2\n\nEuro zone flash inflation for November, from Eurostat (5 a.m.). ADP private payrolls for November (8:15 a.m.). ISM services index for November (10 a.m.).")]
    public void ADP_and_ISM_in_US_markets_copy_are_not_reported(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Fact]
    public void The_same_initials_with_no_US_markets_named_are_still_reported() =>
        Assert.Equal(2, RuleHarness.Lint("The ISM index slipped in November, and ADP said hiring had slowed in the town.", "CL2004").Count);
}
