namespace CopyLint.Rules.Tests.Typography;

/// <summary>Round-4 held-out surveys: CL5002 and CL5003 misses, and what the fixes leave alone.</summary>
public sealed class RepeatedPhraseAndSentenceTests
{
    private static List<string> Flagged(string text, string id) =>
        [.. RuleHarness.Lint(text, id).Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_phrase_of_words_that_may_each_double_is_still_a_repeated_phrase() =>
        Assert.Equal(["That was that was"], Flagged("\"That was that was the easy part,\" a minister was heard to murmur.", "CL5002"));

    [Theory]
    [InlineData("What he had had was taken from him.")]
    [InlineData("She said that that was the end of it.")]
    [InlineData("And that was that, was it not?")]
    public void A_single_word_that_may_double_is_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL5002"));

    [Fact]
    public void A_sentence_written_twice_in_a_row_and_run_on_is_reported()
    {
        const string text = "Parents wrote in numbers. Teachers say that the ban has improved concentration in lessons. "
            + "Teachers say that the ban has improved concentration in lessons, and my own experience as a governor supports that.";
        Assert.Equal(["Teachers say that the ban has improved concentration in lessons"], Flagged(text, "CL5003"));
    }

    [Fact]
    public void The_fix_deletes_the_earlier_copy()
    {
        const string text = "Parents wrote in numbers. The council will meet again on Tuesday to vote. The council will meet again on Tuesday to vote.";
        var fix = Assert.Single(RuleHarness.Lint(text, "CL5003")).Fixes.Single();
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("Parents wrote in numbers. The council will meet again on Tuesday to vote.", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Theory]
    // A speaker saying it twice.
    [InlineData("\"We will not give up this fight. We will not give up this fight,\" she told the crowd.")]
    // Too short to be more than rhetoric.
    [InlineData("Then nothing. Then nothing at all happened for a week.")]
    // Another sentence in between.
    [InlineData("The council will meet again on Tuesday. Residents are angry. The council will meet again on Tuesday.")]
    public void Repeats_that_are_not_a_draft_left_in_are_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL5003"));
}
