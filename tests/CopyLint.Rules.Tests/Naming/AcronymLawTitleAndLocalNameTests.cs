namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on capitals opening a law's title joined by "and" ("the CHIPS and Science Act") and on a name given after a
/// comma by "known locally as"; beside each, capitals of the same shape that stay reported.
/// </summary>
public sealed class AcronymLawTitleAndLocalNameTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Many of the new fabs are supported by subsidies under the CHIPS and Science Act and similar programmes.")]
    [InlineData("The senator voted against the PACT and Veterans Care Bill last year.")]
    public void Capitals_opening_a_law_title_are_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("The loan was agreed with the KFRA and World Bank on Monday.", "KFRA")]
    [InlineData("The NDMB and Science Council met on Monday.", "NDMB")]
    public void Capitals_joined_by_and_to_a_name_that_is_no_law_are_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Flagged(text));

    [Fact]
    public void A_name_given_after_a_comma_by_known_locally_as_is_left_alone() =>
        Assert.Empty(Flagged("The ministry approved mining work plans, known locally as RKAB, covering 220 million tonnes of ore.\n"));

    [Fact]
    public void Known_locally_as_without_the_comma_of_an_apposition_is_still_reported() =>
        Assert.Equal(["RKAB"], Flagged("The ministry said the plans are known locally as RKAB and must be renewed each year.\n"));
}
