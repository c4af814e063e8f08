namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 and CL3002 on who counts as a source: a stance sentence whose subject is a named person stands for a speech
/// tag, the words parties agreed to are theirs, and "Some critics argue" or "Some analysts expect" name nobody.
/// </summary>
public sealed class SourceShapeTests
{
    private const string Scene = "At the Royal Hotel, the crowd is mostly retired. Dennis Archer, 74, says he switched to Ukip in 2014. "
        + "\"Farage says what we think. He's still the only one who listens,\" he says.\n\n";

    [Theory]
    [InlineData(Scene + "His wife, Pat, is less sure. \"I want someone who's going to get the GP surgery sorted. Nobody's fixed that.\"")]
    [InlineData(Scene + "She is not convinced. \"I want someone who's going to get the GP surgery sorted. Nobody's fixed that.\"")]
    public void A_stance_of_a_named_person_beside_a_quotation_names_the_speaker(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData(Scene + "His wife, Pat, runs the cafe. \"I want someone who's going to get the GP surgery sorted. Nobody's fixed that.\"")]
    [InlineData("The crowd is mostly retired.\n\nHis wife, Pat, is less sure. \"I want someone who's going to get the GP surgery sorted. Nobody's fixed that.\"")]
    public void A_sentence_with_no_stance_or_no_speaker_in_reach_names_no_one(string text) => Assert.NotEmpty(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void The_words_parties_agreed_to_are_theirs() =>
        Assert.Empty(RuleHarness.Lint("At COP28 in Dubai in 2023, countries agreed to \"transition away from fossil fuels in energy systems\".", "CL3003"));

    [Fact]
    public void Words_agreed_in_the_passive_name_no_one() =>
        Assert.NotEmpty(RuleHarness.Lint("At COP28 in Dubai in 2023, it was agreed to \"transition away from fossil fuels in energy systems\".", "CL3003"));

    [Theory]
    [InlineData("Some analysts expect turnout to fall below 25 per cent.", "'25 per cent' is sourced only by 'analysts expect'")]
    [InlineData("Some critics argue the cull cost the industry more than 40 million hens.", "'more than 40 million' is sourced only by 'critics argue'")]
    [InlineData("Critics point out that the deficit will rise to 3.4 percent of GDP next year.", "'3.4 percent' is sourced only by 'Critics point out'")]
    public void A_generic_speaker_who_expects_or_argues_is_a_hedge(string text, string message) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Message.StartsWith(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("Analysts at Nomura expect turnout to fall below 25 per cent.")]
    [InlineData("Egg producers' critics argue the cull cost the industry more than 40 million hens, the Humane League said.")]
    [InlineData("Critics point out that the deficit will rise to 3.4 percent of GDP next year, the Fiscal Council said.")]
    public void A_named_or_narrowed_speaker_is_still_a_source(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
}
