namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3002 on a hedge whose verb an adverb splits ("are still thought to") or that has no verb before it ("damage,
/// thought to run into …"), and on a magnitude that closes "into the" or "in the" ("run into the tens of millions");
/// the same words with a named source, or a magnitude that describes, are left alone.
/// </summary>
public sealed class SplitHedgeAndReachedRangeTests
{
    private static string[] Flagged(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("More than 2 million of the loungers are still thought to be in use across the country.", "More than 2 million")]
    [InlineData("About 300 fighters are widely believed to have crossed the border last week.", "About 300")]
    [InlineData("The company was also understood to have paid more than $2m to the contractor.", "more than $2m")]
    public void A_hedge_split_by_an_adverb_is_still_a_hedge(string text, string figure) => Assert.Equal([figure], Flagged(text, "CL3002"));

    [Theory]
    [InlineData("Damage to the town as a whole is thought to run into the tens of millions.", "tens of millions")]
    [InlineData("The cost of the repairs, thought to run into the millions, will fall on the council.", "millions")]
    public void A_magnitude_a_sum_is_thought_to_reach_is_hedged(string text, string figure) => Assert.Equal([figure], Flagged(text, "CL3002"));

    [Theory]
    // A named source beside the split hedge, and a split hedge on no figure.
    [InlineData("More than 2 million of the loungers are still thought to be in use, the commission said.")]
    [InlineData("His condition was not thought to be life-threatening, police said.")]
    // A magnitude that the sentence sources, and one that goes on ("in the thousands of") or describes.
    [InlineData("In England, the number of patients waiting more than two years is in the hundreds, according to NHS England.")]
    [InlineData("Fans lined the streets in the thousands of villages along the route.")]
    [InlineData("The old mill still stands among the thousands of trees planted in the 1950s.")]
    public void Sourced_or_descriptive_figures_are_left_alone(string text)
    {
        Assert.Empty(Flagged(text, "CL3002"));
        Assert.Empty(Flagged(text, "CL3001"));
    }

    [Fact]
    public void A_magnitude_reached_with_no_source_at_all_is_reported_by_neither_rule_unless_hedged() =>
        // Without a hedge a bare magnitude is a claim only in a toll (CL3001); the reached range is a figure for CL3002's hedges.
        Assert.Empty(Flagged("The bill for the repairs will run into the millions.", "CL3001"));
}
