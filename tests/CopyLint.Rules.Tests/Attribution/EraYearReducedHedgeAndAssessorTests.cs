namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002: a number beside an era ("around 2600 B.C.") is a year, not a count; a hedge with no verb before it
/// ("a villa believed to have belonged to …") hedges only its own sentence; a body that lists a species' status ("listed
/// as endangered by the IUCN") sources the figures beside it. The nearest defects are still reported.
/// </summary>
public sealed class EraYearReducedHedgeAndAssessorTests
{
    private static string[] Flagged(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Altar Stone was probably placed at Stonehenge around 2600 B.C., during the monument's second construction phase.")]
    [InlineData("The first ditch was dug around 3000 BC, and the stones followed centuries later.")]
    [InlineData("The city was abandoned by about 2,900 BCE, after the river changed its course.")]
    [InlineData("The abbey was rebuilt in A.D. 1200 and again after the fire.")]
    public void A_number_beside_an_era_is_a_year(string text) => Assert.Empty(Flagged(text, "CL3001"));

    [Fact]
    public void A_count_before_an_everyday_word_is_still_reported() =>
        Assert.Equal(["more than 2,600"], Flagged("The campaign placed more than 2,600 ad slots on local radio last month.", "CL3001"));

    [Fact]
    public void A_hedge_on_the_noun_before_it_does_not_reach_the_next_sentence() =>
        Assert.Empty(Flagged(
            "The scrolls were discovered in the 1750s in a villa at Herculaneum believed to have belonged to Julius Caesar's father-in-law. "
            + "About 800 of them survive, the library said.", "CL3002"));

    [Fact]
    public void A_hedge_on_the_figure_in_its_own_sentence_is_still_reported() =>
        Assert.Equal(["about 800"], Flagged(
            "The scrolls were found in a villa at Herculaneum believed to have held about 800 of them.", "CL3002"));

    [Fact]
    public void A_framing_hedge_still_reaches_the_next_sentence() =>
        Assert.Equal(["About 800"], Flagged(
            "It is believed the villa belonged to Julius Caesar's father-in-law. About 800 scrolls were found there.", "CL3002"));

    [Fact]
    public void A_body_listing_a_species_sources_the_figure_beside_it() =>
        Assert.Empty(Flagged(
            "Asian elephants are listed as endangered by the International Union for Conservation of Nature (IUCN), with fewer than 50,000 thought to remain in the wild.",
            "CL3002"));

    [Fact]
    public void A_listing_with_no_named_body_still_leaves_the_hedge_as_the_only_source() =>
        Assert.Equal(["fewer than 50,000"], Flagged(
            "Asian elephants are listed as endangered, with fewer than 50,000 thought to remain in the wild.", "CL3002"));
}
