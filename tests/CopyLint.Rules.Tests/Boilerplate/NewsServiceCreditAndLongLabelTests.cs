namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture as religion and campus papers print it: a news service's own picture credit ("(CNS photo/Bob Roller)"),
/// a tag field whose labels run to five words and an outlet's "Read more from …:" over its headlines; beside each, prose
/// with the same words that must stay silent.
/// </summary>
public sealed class NewsServiceCreditAndLongLabelTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1003", "Photo: Bishop Daniel E. Flores of Brownsville, Texas, speaks during the fall general assembly in Baltimore. (CNS photo/Bob Roller)")]
    [InlineData("CL1003", "Pilgrims gather in St Peter's Square on Sunday. (OSV News photo/Lola Gomez)")]
    [InlineData("CL1109", "Tags: Faculty of Arts and Sciences, Divestment, Protests")]
    [InlineData("CL1001", "Read more from Crux:\nPope Leo XIV meets Chinese delegation at Vatican\nHong Kong cardinal urges prayers for mainland Catholics")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1003", "Pilgrims gather in St Peter's Square on Sunday (before and after photo/video).")]
    [InlineData("CL1109", "Topics: the budget of the faculty, the vote and the protests")]
    [InlineData("CL1001", "Read more from the minister's speech below, which ran for an hour.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));

    [Fact]
    public void A_news_services_name_in_its_own_credit_needs_no_spelling_out() =>
        Assert.Empty(RuleHarness.Lint(Before + "Bishop Flores speaks in Baltimore. (CNS photo/Bob Roller)" + After, "CL2004"));

    [Fact]
    public void The_same_capitals_before_another_noun_and_a_slash_are_still_reported() =>
        Assert.Single(RuleHarness.Lint(Before + "Bishop Flores spoke at length on Sunday (CNS transcript/Vatican text)." + After, "CL2004"));
}
