namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a phrase of place taken up by a second whose noun runs on into a longer one ("in the car in the car park"),
/// beside the slips of the same words that stay reported.
/// </summary>
public sealed class PlaceWithinPlaceTests
{
    private static string[] Repeats(string text) =>
        [.. RuleHarness.Lint(text, "CL5002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("\"Afterwards I'd sit in the car in the car park because I couldn't face driving home yet.\"")]
    [InlineData("She waited on the bus on the bus lane for twenty minutes.")]
    public void A_place_within_a_place_is_not_a_repeat(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("\"Afterwards I'd sit in the car in the car and wait,\" she said.")]
    [InlineData("Afterwards he sat in the in the car park for an hour.")]
    [InlineData("The minister said the plan the plan would be published in March.")]
    public void The_same_words_doubled_as_a_slip_are_still_reported(string text) => Assert.NotEmpty(Repeats(text));

    [Fact]
    public void A_dateline_doubled_alone_on_its_line_above_the_story_is_reported() =>
        Assert.Equal(["Seoul - Seoul"], Repeats(
            "Jin announces solo world tour\nBy Staff Reporter\nSeoul - Seoul -\nKim Seok-jin will play 20 stadium concerts next year, his agency said."));

    [Theory]
    [InlineData("Students protest fee hike\n\nSpecial Correspondent\n\nBENGALURU\n\nBENGALURU\n\nHundreds of students staged a protest on Tuesday.", "BENGALURU\n\nBENGALURU")]
    [InlineData("Court denies bail\n\nNEW DELHI\nNEW DELHI\nThe high court on Monday denied bail to the developer.", "NEW DELHI\nNEW DELHI")]
    public void A_dateline_alone_on_its_line_written_again_on_the_next_is_reported(string text, string both) => Assert.Equal([both], Repeats(text));

    [Theory]
    [InlineData("Court denies bail\n\nNEW DELHI\n\nThe high court on Monday denied bail to the developer.")]
    [InlineData("The tour was announced on Monday.\n\nSEOUL\n\nSEOUL\n\nThe fans queued all night.")]
    [InlineData("Court denies bail\n\nNew Delhi\n\nNew Delhi\n\nThe high court on Monday denied bail to the developer.")]
    public void A_single_dateline_or_a_line_repeated_below_the_story_start_is_left_alone(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("Jin announces solo world tour\nSeoul - Seoul -")]
    [InlineData("The tour was announced on Monday.\n\nSeoul - Seoul -\nThe fans queued all night.")]
    [InlineData("London — London — The mayor said it was a mistake.")]
    public void A_title_case_word_doubled_with_no_story_below_or_below_the_story_start_is_left_alone(string text) =>
        Assert.Empty(Repeats(text));

    [Fact]
    public void The_pronoun_doubled_in_a_quotation_is_a_repeated_word() =>
        Assert.Single(RuleHarness.Lint("\"Nobody comes out before sunset,\" said Ramesh Kumar. \"I I throw away half my stock every day.\"", "CL5001"));

    [Fact]
    public void The_pronoun_contraction_doubled_in_a_quotation_is_a_repeated_word() =>
        Assert.Single(RuleHarness.Lint("\"I'm I'm not fully convinced,\" said Marco Pigatti, who was not involved in the study.", "CL5001"));

    [Fact]
    public void A_capitalised_name_doubled_is_still_left_alone() =>
        Assert.Empty(RuleHarness.Lint("The couple flew to Bora Bora for their honeymoon, she said.", "CL5001"));
}
