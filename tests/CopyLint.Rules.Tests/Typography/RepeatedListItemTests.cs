namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a lower-case item of a list written twice between its commas ("start slowly, start slowly,"), a slip of
/// editing, beside the repeats after a comma that stay left alone: rhetoric, a place, and a speaker's words.
/// </summary>
public sealed class RepeatedListItemTests
{
    private static string[] Repeats(string text) =>
        [.. RuleHarness.Lint(text, "CL5002").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_list_item_doubled_between_its_commas_is_reported() =>
        Assert.Equal(["start slowly, start slowly"], Repeats("Find a club, start slowly, start slowly, and be patient."));

    [Theory]
    [InlineData("Protesters chanted no war, no war outside the embassy.")]
    [InlineData("The band closed with New York, New York, and left the stage.")]
    [InlineData("\"Find a club, start slowly, start slowly, and be patient,\" she said.")]
    [InlineData("He added: step by step, day by day, the team improved.")]
    public void Rhetoric_a_place_or_a_speaker_s_words_after_a_comma_are_left_alone(string text) => Assert.Empty(Repeats(text));
}
