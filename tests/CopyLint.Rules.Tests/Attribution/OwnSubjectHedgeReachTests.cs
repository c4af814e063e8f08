namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3002: "Bidders are said to value …" hedges what its own subject does, so it does not reach a figure of record in the
/// next sentence (whose estimate, if unsourced, is CL3001's); a hedge whose subject is "there" or "it" frames what
/// follows and still does.
/// </summary>
public sealed class OwnSubjectHedgeReachTests
{
    private static string[] Flagged(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Bidders are said to value the network at about £5 billion. Free cash flow improved to £212 million.", "about £5 billion")]
    [InlineData("The painting was said to have fetched about $2 million in 1990. It sold for $4.5 million on Tuesday.", "about $2 million")]
    public void A_hedge_with_its_own_subject_hedges_only_its_own_sentence(string text, string hedged) =>
        Assert.Equal([hedged], Flagged(text, "CL3002"));

    [Theory]
    [InlineData("There are said to be about 500 fighters in the town. About 200 more are in the hills.")]
    public void A_hedge_with_an_empty_subject_still_reaches_the_next_sentence(string text) =>
        Assert.Equal(["about 500", "About 200"], Flagged(text, "CL3002"));

    [Fact]
    public void The_next_sentence_s_estimate_out_of_the_hedge_s_reach_is_still_reported_as_unsourced() =>
        Assert.Equal(["About 200"], Flagged("The firm is said to be planning about 500 job cuts. About 200 posts will go in Leeds.", "CL3001"));
}
