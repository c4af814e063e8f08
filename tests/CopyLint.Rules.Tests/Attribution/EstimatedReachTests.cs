namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// A figure the copy itself calls estimated ("an estimated 12,000") wants its source in its own sentence: a speech verb
/// in the sentence beside it speaks of something else. Other hedged figures keep the neighbouring sentences' reach.
/// </summary>
public sealed class EstimatedReachTests
{
    [Theory]
    [InlineData("Local fishermen say their catches have halved in the past decade. An estimated 12,000 households depend on the swamp for fish, papyrus and grazing.", "An estimated 12,000")]
    [InlineData("An estimated 12,000 people have left the coast since the spring. Local fishermen say their catches have halved.", "An estimated 12,000")]
    [InlineData("The contract is worth RM412 million, according to the ministry. An estimated 300 foreign vessels enter the zone illegally every month.", "An estimated 300")]
    [InlineData("Security analysts have warned for months that the army is unprepared. An estimated 4,000 fighters now belong to the dissident factions.", "An estimated 4,000")]
    [InlineData("Passenger groups said delays had taken their toll. Commuters have switched to driving, with an estimated 12,000 fewer journeys a day on the route.", "an estimated 12,000")]
    [InlineData("The studio said the film had opened well. It cost an estimated $150 million to make.", "an estimated $150 million")]
    [InlineData("No ticket matched all six numbers, pushing the jackpot for Saturday to $820 million, according to the Multi-State Lottery Association. The cash option is an estimated $378 million.", "an estimated $378 million")]
    [InlineData("The storm caused an estimated $2 billion in damage, according to the insurers' association. An estimated 4,000 homes were destroyed.", "An estimated 4,000")]
    [InlineData("Thailand received about 35 million foreign visitors last year, according to the Ministry of Tourism and Sports.\n\nAn estimated 20,000 street vendors operate in the city.", "An estimated 20,000")]
    public void An_estimated_figure_is_not_sourced_by_a_speech_verb_in_the_next_sentence(string text, string figure)
    {
        var found = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3001", $"'{figure}' has no source: say who counted, estimated or reported it"), (found.Id, found.Message));
    }

    [Theory]
    [InlineData("An estimated 12,000 people have left the coast since the spring, according to the fisheries ministry.")]
    [InlineData("The fisheries ministry said an estimated 12,000 people have left the coast since the spring.")]
    [InlineData("Local fishermen say their catches have halved. An estimated 12,000 households depend on the swamp, the district council said.")]
    [InlineData("\"An estimated 12,000 people have left the coast. It is a disaster,\" the mayor said.")]
    [InlineData("No ticket matched all six numbers, pushing the estimated jackpot for Saturday to $820 million, according to the Multi-State Lottery Association. The cash option is an estimated $378 million.")]
    [InlineData("The ministry said:\n\n- An estimated 12,000 people have left the coast.\n")]
    public void An_estimated_figure_sourced_in_its_own_sentence_is_left_alone(string text)
    {
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
    }

    [Theory]
    [InlineData("Local fishermen say their catches have halved in the past decade. About 12,000 households depend on the swamp for fish.")]
    [InlineData("The ministry said on Monday that troops had moved. Nearly 15,000 soldiers have been sent.")]
    [InlineData("More than 12,000 people have left the coast since the spring. The fisheries ministry said the figure could rise.")]
    [InlineData("Thailand received about 35 million foreign visitors last year, according to the Ministry of Tourism and Sports.\n\nAbout 30 million visitors came the year before.")]
    public void Another_hedged_figure_keeps_the_neighbouring_sentences_reach(string text)
    {
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
    }

    [Fact]
    public void A_hedge_in_the_sentence_before_still_sources_an_estimated_figure_vaguely()
    {
        var found = Assert.Single(RuleHarness.Lint("It is understood the plant is losing money. An estimated 500 jobs will go.", "CL3001", "CL3002"));

        Assert.Equal("CL3002", found.Id);
    }
}
