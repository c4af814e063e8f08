namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a document of record that lists the figures ("The filing lists"), a class of payer defined by a bound
/// ("guests paying more than"), a second requirement joined to "expected to" by "and to", and a body's membership after
/// "had"; beside each, the nearest claim that stays reported.
/// </summary>
public sealed class ListedDocumentThresholdAndMembershipTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The filing lists 1,100 creditors, including equipment lessors, fuel providers and several hundred owner-operators.")]
    [InlineData("From next March, guests paying more than ¥100,000 per person per night will pay a tax of ¥10,000, up from ¥1,000.")]
    [InlineData("Contractors will be expected to offer at least 20 apprenticeships over the life of the framework and to spend at least 30% of the contract value with small and medium-sized firms.")]
    [InlineData("Marriott Bonvoy, the company's loyalty program, had about 248 million members at the end of the quarter.")]
    public void A_listed_record_a_rule_s_threshold_a_requirement_or_a_membership_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Creditors include equipment lessors, fuel providers and several hundred owner-operators.", "several hundred")]
    [InlineData("The waiting lists include several hundred owner-operators.", "several hundred")]
    [InlineData("Last year guests paid more than ¥100,000 per person per night in Kyoto.", "more than ¥100,000")]
    [InlineData("Contractors offered apprenticeships, and spent at least 30% of the contract value with small firms.", "at least 30%")]
    [InlineData("Marriott Bonvoy lost about 2 million members in the quarter.", "about 2 million")]
    public void The_nearest_claim_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
