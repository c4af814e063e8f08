namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002: a fraction of playing time, an emphatic bound on an exact count and a move in a sentence about
/// cryptocurrencies need no source, nor does a poll's margin of error; the real claims beside them still do, and a hedge
/// is one in every person and tense, Indian English's "it is learnt" and agentless "some estimates suggest" among them.
/// </summary>
public sealed class PlayTimeEmphasisAndHedgeFormTests
{
    [Theory]
    [InlineData("Leinster, 17 points down with a third of the game remaining, scored three tries to win.")]
    [InlineData("Verstappen was stuck behind the safety car for a third of the race and finished fourth.")]
    [InlineData("The visitors, who had been camped in their own half, led for a third of the match before the break.")]
    public void A_fraction_of_playing_time_is_a_duration(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("A third of the players tested positive before the final.")]
    [InlineData("A quarter of the staff at the stadium lost their jobs after the relegation.")]
    public void A_fraction_of_people_or_things_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("As many as 12,386 candidates passed the state entrance examination this year, up from 11,902.")]
    [InlineData("As much as $1,284,650 was returned to the applicants last month, up from $990,000.")]
    public void An_emphatic_bound_on_an_exact_count_is_no_estimate(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("As many as 12,000 candidates passed the state entrance examination this year.")]
    [InlineData("As many as 1,752 people were killed in the landslides.")]
    [InlineData("Up to 12,386 candidates passed the state entrance examination this year.")]
    public void A_round_or_harmful_count_after_an_emphatic_bound_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Ether lost 5.2% to $3,110, while smaller tokens fell more than 8%.")]
    [InlineData("The cryptocurrency has dropped about 18% since its record in October.")]
    public void A_move_in_a_sentence_about_cryptocurrencies_is_market_data(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Celtic are understood to be asking for £25m for the midfielder.")]
    [InlineData("The two clubs were thought to be about £5m apart on Friday.")]
    [InlineData("The agency was understood to have paid more than $2m to the contractor.")]
    [InlineData("It is learnt that more than 400 guest lecturers have not been paid since June.")]
    [InlineData("Some estimates suggest as many as 1,500 students could drop out.")]
    public void A_hedge_in_any_person_or_tense_is_vague(string text) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Descriptor.Id == "CL3002");

    [Theory]
    [InlineData("The registrar has learnt that more than 400 guest lecturers have not been paid since June.")]
    [InlineData("Estimates from the university suggest more than 1,500 students could drop out.")]
    public void A_named_learner_or_estimate_is_no_hedge(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3002"));

    [Theory]
    [InlineData("The poll was conducted among 1,200 voters. The margin of error is estimated at plus or minus 2.8 per cent.")]
    [InlineData("The margin of sampling error for the full sample is about 2.5%.")]
    public void A_margin_of_error_is_the_poll_s_methodology(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Fact]
    public void A_hedged_poll_figure_beside_the_margin_of_error_is_still_vague() =>
        Assert.Contains(
            RuleHarness.Lint("Support for the party is estimated at about 22 per cent. The margin of error is estimated at plus or minus 2.8 per cent.", "CL3002"),
            d => d.Message.StartsWith("'about 22 per cent'", StringComparison.Ordinal));

    [Fact]
    public void A_named_source_beside_the_same_form_is_firm() =>
        Assert.Empty(RuleHarness.Lint("Celtic are understood to be asking for £25m for the midfielder, the club's manager said.", "CL3002"));
}
