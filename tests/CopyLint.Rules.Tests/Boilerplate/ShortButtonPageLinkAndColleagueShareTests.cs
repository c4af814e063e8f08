namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Round 32 (bond and pensions copy): CL1103 on a named newsletter with the short button after it, CL1107 on a page count
/// with a bare "Next »", CL1102 on a request to share with the reader's colleagues or a friend, and CL1001 on "More on this
/// story:" run on with its links; each beside the nearest prose that is left alone.
/// </summary>
public sealed class ShortButtonPageLinkAndColleagueShareTests
{
    private const string Before = "The fund said on Tuesday it had cut its fees for the second time this year.\n\n";
    private const string After = "\n\nThe cut applies from January, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Get the Rates Week newsletter every Friday. Subscribe now.", "CL1103")]
    [InlineData("Page 1 of 2 | Next »", "CL1107")]
    [InlineData("Page 2 of 2 | « Previous", "CL1107")]
    [InlineData("Share this article with your colleagues.", "CL1102")]
    [InlineData("Found this useful? Share it with a friend.", "CL1102")]
    [InlineData("More on this story: Auto-enrolment at 10: what went right | Young workers and pensions", "CL1001")]
    public void Page_furniture_alone_on_its_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Get the Rates Week newsletter every Friday. Subscribe now, the bank told clients, and it will come by email.", "CL1103")]
    [InlineData("Page 1 of 2 of the filing lists the next payment date.", "CL1107")]
    [InlineData("Share this article with your colleagues, the union told its members in a circular.", "CL1102")]
    [InlineData("Found this useful? Trustees who read the guidance said they had.", "CL1102")]
    [InlineData("More on this story came from a second trustee, who asked not to be named.", "CL1001")]
    public void The_same_words_in_a_sentence_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
