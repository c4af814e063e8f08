namespace CopyLint.Rules.Tests.Typography;

/// <summary>CL5002: a whole short sentence or line written again straight after itself, and the speech it leaves alone.</summary>
public sealed class RepeatedSentenceTests
{
    private static List<string> Flagged(string text, string id = "CL5002") =>
        [.. RuleHarness.Lint(text, id).Select(d => text[d.Span.Start..d.Span.End])];

    private static string Fixed(string text)
    {
        var edit = Assert.Single(Assert.Single(RuleHarness.Lint(text, "CL5002")).Fixes.Single().Edits);
        return text.Remove(edit.Span.Start, edit.Span.Length);
    }

    [Theory]
    [InlineData("\"Japan is very disciplined,\" coach Brian Idalski said. \"It's a good test for us. It's a good test for us.\"",
        "\"Japan is very disciplined,\" coach Brian Idalski said. \"It's a good test for us.\"")]
    [InlineData("\"I love this race. I love this race,\" Ledecky said. \"It never gets easier, but I love it.\"",
        "\"I love this race,\" Ledecky said. \"It never gets easier, but I love it.\"")]
    [InlineData("Migrants are leaving Russia. Migrants are leaving Russia for Europe, Korea and the Gulf states, according to analysts.",
        "Migrants are leaving Russia for Europe, Korea and the Gulf states, according to analysts.")]
    // Full stops inside tokens before it ("U.S.", "3.5"), which the search for full stops passes over.
    [InlineData("\"The U.S. side won by 3.5 points. It's a good test for us. It's a good test for us.\"",
        "\"The U.S. side won by 3.5 points. It's a good test for us.\"")]
    public void A_short_sentence_written_again_straight_after_itself_is_reported(string text, string expected) =>
        Assert.Equal(expected, Fixed(text));

    [Fact]
    public void A_line_of_copy_written_again_on_the_next_line_is_reported()
    {
        const string text = "The team next plays Finland on Saturday.\n\n(Reporting by Johan Ahlander; Editing by Ed Osmond)\n\n(Reporting by Johan Ahlander; Editing by Ed Osmond)\n";
        Assert.Equal(["(Reporting by Johan Ahlander; Editing by Ed Osmond)\n\n(Reporting by Johan Ahlander; Editing by Ed Osmond)"], Flagged(text));
        Assert.Equal("The team next plays Finland on Saturday.\n\n(Reporting by Johan Ahlander; Editing by Ed Osmond)\n", Fixed(text));
    }

    [Theory]
    // Rhetoric after a comma.
    [InlineData("\"We train even in the middle of summer, even in the middle of summer,\" she said.")]
    // Shouted.
    [InlineData("\"Never again will we let this happen! Never again will we let this happen!\" the crowd chanted.")]
    // The speaker goes on: a sentence built up.
    [InlineData("\"We have to win this. We have to win this for the fans,\" he said.")]
    // A refrain holding a comma.
    [InlineData("He ended with his refrain: \"Country first, party second. Country first, party second. That's who we are.\"")]
    // Too short to be more than speech.
    [InlineData("\"Thank you. Thank you,\" she said.")]
    // Not straight after: another sentence in between.
    [InlineData("\"It's a good test for us. Japan is strong. It's a good test for us.\"")]
    // A line of fewer than four words: a label.
    [InlineData("Advertisement\n\nAdvertisement\n")]
    public void Speech_and_labels_are_left_alone(string text) =>
        Assert.Empty(Flagged(text));

    [Fact]
    public void A_longer_sentence_written_twice_outside_quotation_marks_is_still_reported_once_by_CL5003()
    {
        const string text = "Parents wrote in numbers. The council will meet again on Tuesday to vote. The council will meet again on Tuesday to vote.";
        Assert.Empty(Flagged(text));
        Assert.Single(Flagged(text, "CL5003"));
    }

    [Fact]
    public void A_phrase_doubled_inside_a_quotation_is_still_reported() =>
        Assert.Equal(["in the in the"], Flagged("\"It was a good test for us in the in the end,\" he said."));
}
