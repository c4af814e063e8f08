using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5001 reads each paragraph's content tokens, so what parted two words (only spaces, or a line break or a comment)
/// is read from the text between them.
/// </summary>
public sealed class RepeatedWordTests
{
    [Theory]
    [InlineData("He said the the budget was ready.", "the")]
    [InlineData("He said the  the budget was ready.", "the")]
    [InlineData("He said the\tthe budget was ready.", "the")]
    [InlineData("He said The the budget was ready.", "the")]
    [InlineData("Officials said they would would\nnot comment on the plan's cost.", "would")]
    [InlineData("The the the vote was close.", "the")]
    public void A_word_repeated_after_spaces_is_reported(string text, string word)
    {
        var found = RuleHarness.Lint(text, ["CL5001"]);

        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal($"'{word}' is repeated", d.Message));
    }

    [Theory]
    [InlineData("He said the the the budget was ready.", "He said the budget was ready.")]
    [InlineData("It raised the tax on on on remote betting.", "It raised the tax on remote betting.")]
    [InlineData("It raised the tax on on on  on remote betting.", "It raised the tax on remote betting.")]
    public void A_run_of_repeats_is_one_slip_with_one_fix(string text, string fixedText)
    {
        var found = RuleHarness.Lint(text, ["CL5001"]);

        Assert.Single(found);
        Assert.Equal(fixedText, FixApplier.Apply(text, FixApplier.FirstFixes(found)).Text);
    }

    [Fact]
    public void Two_slips_in_a_sentence_are_two_findings() =>
        Assert.Equal(2, RuleHarness.Lint("He said the the budget was was ready.", ["CL5001"]).Count);

    [Fact]
    public void A_run_broken_by_a_line_break_is_reported_where_it_is_unbroken() =>
        Assert.Single(RuleHarness.Lint("He said the\nthe the budget was ready.", ["CL5001"]));

    [Theory]
    [InlineData("The budget was published on the\nthe day the minister chose.")]
    [InlineData("The budget was published on the <!-- x --> the day the minister chose.")]
    [InlineData("The budget was published on the, the day the minister chose.")]
    [InlineData("The budget was published on. The day the minister chose was Tuesday.")]
    [InlineData("He had had enough of the delays, she said.")]
    public void A_line_break_a_comment_or_punctuation_between_leaves_it_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5001"]));

    [Theory]
    [InlineData("What it is is a start, the minister said.")]
    [InlineData("All it was was a clerical mistake, the council said.")]
    [InlineData("What the club's real problem is is the lack of a striker.")]
    public void Is_after_a_clause_that_is_its_subject_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5001"]));

    [Theory]
    [InlineData("Experts say the energy war is is likely to intensify as winter approaches.", "is")]
    [InlineData("The report was was published on Monday.", "was")]
    public void Is_after_a_plain_subject_is_a_repeat(string text, string word) =>
        Assert.Equal(word, Assert.Single(RuleHarness.Lint(text, ["CL5001"])).Message.Split('\'')[1]);

    [Theory]
    [InlineData("The coach gave her her first cap against Wales in 2019.")]
    [InlineData("Nobody had told her her contract would not be renewed.")]
    public void An_object_and_a_possessive_her_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5001"]));

    [Theory]
    [InlineData("It was a meeting of the only two unbeaten teams in the Champions League league phase.")]
    [InlineData("Arsenal lead the Premier League league table by four points.")]
    public void A_name_followed_by_the_noun_it_qualifies_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5001"]));

    [Theory]
    [InlineData("League league tables were published on Monday.", "league")]
    [InlineData("The draw for the Champions League the the final is on Friday.", "the")]
    public void A_capitalised_copy_that_ends_no_name_is_still_a_repeat(string text, string word) =>
        Assert.Equal($"'{word}' is repeated", Assert.Single(RuleHarness.Lint(text, ["CL5001"])).Message);

    [Theory]
    [InlineData("There are more than 1.2 million boda boda motorbike taxis in Kenya, the association said.")]
    [InlineData("She hailed a tuk tuk outside the station and ordered the mahi mahi at the harbour.")]
    [InlineData("The firm sells ylang ylang oil and piri piri sauce.")]
    [InlineData("The crackdown in North West was meant to break the zama zama networks in the disused shafts.")]
    public void A_reduplicated_loanword_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5001"]));

    [Fact]
    public void A_slip_beside_a_reduplicated_loanword_is_still_a_repeat() =>
        Assert.Equal("'the' is repeated", Assert.Single(RuleHarness.Lint("Riders of the the boda boda taxis protested on Monday.", ["CL5001"])).Message);
}
