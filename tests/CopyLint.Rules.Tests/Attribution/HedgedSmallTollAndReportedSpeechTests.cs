namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on hedged figures: a hedge standing in for the source of a toll below minimum_figure, a speech
/// verb hedged by "reportedly", and a participle after a preposition ("died of suspected heatstroke"), which is no speech verb.
/// </summary>
public sealed class HedgedSmallTollAndReportedSpeechTests
{
    private static string[] Messages(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => d.Message)];

    [Theory]
    [InlineData("Rain fell all week.\n\nAt least 40 people were reportedly injured by falling trees.", "'At least 40'")]
    [InlineData("Rain fell all week.\n\nSources said more than 60 people have died in the strikes.", "'more than 60'")]
    [InlineData("Rain fell all week.\n\nAt least 40 people have died of heatstroke since last week, officials reportedly said.", "'At least 40'")]
    [InlineData("Rain fell all week.\n\nAt least 400 people have died of heatstroke since last week, officials reportedly said.", "'At least 400'")]
    [InlineData("The strike is in its third day and losses could reach hundreds of millions of euros, industry groups reportedly said.", "'hundreds of millions of euros'")]
    [InlineData("The charge began in April.\n\nThe fee could rise to 15 euros next year, according to sources at city hall.", "'15 euros'")]
    [InlineData("The charge began in April.\n\nThe fee is reportedly set to rise to €15 next year.", "'€15'")]
    [InlineData("Lord Khan replied for the Government.\n\nInsiders say as many as 40 Labour peers were prepared to rebel.", "'as many as 40'")]
    public void A_hedged_toll_of_any_size_and_reported_speech_are_vague(string text, string figure) =>
        Assert.Contains(Messages(text, "CL3002"), m => m.StartsWith(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Rain fell all week.\n\nAt least 40 people were injured by falling trees, police said.")]
    [InlineData("Rain fell all week.\n\nAt least 40 people have died of heatstroke since last week, officials said.")]
    [InlineData("Rain fell all week.\n\nThe council is thought to have hired 40 extra staff for the clean-up.")]
    [InlineData("Lord Khan replied for the Government.\n\nAs many as 40 Labour peers were prepared to rebel, the whips said.")]
    [InlineData("Rain fell all week.\n\nAt least 20 people are suspected to have died of sunstroke in Odisha over the past week.")]
    [InlineData("Air strikes have killed at least 44 people since dawn, according to medical sources and the enclave's civil defence agency.")]
    [InlineData("The charge began in April.\n\nThe fee will rise to 15 euros next year, according to the city council.")]
    public void A_sourced_small_toll_a_small_count_and_a_doubted_cause_are_not_vague(string text) =>
        Assert.Empty(Messages(text, "CL3002"));

    [Fact]
    public void A_hedged_small_toll_is_not_reported_as_unsourced() =>
        Assert.Empty(Messages("Rain fell all week.\n\nAt least 40 people were reportedly injured by falling trees.", "CL3001"));

    [Theory]
    [InlineData("At least 400 people have died of suspected heatstroke since last week.", "'At least 400'")]
    [InlineData("About 300 people have died from suspected cholera.", "'About 300'")]
    public void A_participle_after_a_preposition_is_no_source(string text, string figure) =>
        Assert.Contains(Messages(text, "CL3001"), m => m.StartsWith(figure, StringComparison.Ordinal));

    [Fact]
    public void A_speech_verb_after_a_preposition_still_sources() =>
        Assert.Empty(Messages("At least 400 people have died of heatstroke since last week, the health ministry suspected.", "CL3001"));

    [Theory]
    [InlineData("Flights were cancelled. Damage to crops could run to $1 billion.", "'$1 billion'")]
    [InlineData("Losses may top $5 billion this year.", "'$5 billion'")]
    public void What_a_loss_could_come_to_is_an_estimate(string text, string figure) =>
        Assert.Contains(Messages(text, "CL3001"), m => m.StartsWith(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Damage to crops could run to $1 billion, the farm ministry said.")]
    [InlineData("The new line could run to $1 billion.")]
    public void A_sourced_loss_and_a_cost_with_no_loss_are_not_reported(string text) => Assert.Empty(Messages(text, "CL3001"));

    [Theory]
    [InlineData("Heat-related illnesses were the highest since 2018, when 4,526 cases were reported.")]
    [InlineData("Health officials are preparing for another hot week. Last summer 1,387 cases of heatstroke were reported nationwide.")]
    public void An_exact_count_that_was_reported_is_a_recorded_statistic(string text)
    {
        Assert.Empty(Messages(text, "CL3002"));
        Assert.Empty(Messages(text, "CL3001"));
    }

    [Theory]
    [InlineData("Heat-related illnesses were the highest since 2018, when about 4,500 cases were reported.", "'about 4,500'")]
    [InlineData("Heat-related illnesses were the highest since 2018, when 4,500 cases were reported.", "'4,500'")]
    [InlineData("Heat-related illnesses were the highest since 2018, when 4,526 cases were reportedly found.", "'4,526'")]
    public void A_rough_count_or_a_reportedly_is_still_hearsay(string text, string figure) =>
        Assert.Contains(Messages(text, "CL3002"), m => m.StartsWith(figure, StringComparison.Ordinal));
}
