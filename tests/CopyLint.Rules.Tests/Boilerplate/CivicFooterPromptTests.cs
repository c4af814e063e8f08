namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Footers of local papers: a follow prompt naming the paper with its article (CL1108), a page count with its next-page
/// link (CL1107), a call over a question to the reader that closes on the comments (CL1116) and a related-links cue run on
/// with its headline (CL1001); beside each, prose or a line using the same words, still left alone.
/// </summary>
public sealed class CivicFooterPromptTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Follow the Lakewood Sentinel on Facebook and Instagram for more local government news.", "CL1108")]
    [InlineData("Follow the Kent Messenger on Facebook and X for the latest education news.", "CL1108")]
    [InlineData("Page 1 of 3 | Next page »", "CL1107")]
    [InlineData("Have your say: Is your water bill too high? Comment below.", "CL1116")]
    [InlineData("Have your say: tell us what draught relief means for your pub in the comments below.", "CL1116")]
    [InlineData("You may also like: Cumberland County towns weigh limits on new subdivisions", "CL1001")]
    public void The_footer_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Follow the money on the council's website, she said, and you will see the cost.", "CL1108")]
    [InlineData("Page 1 of 3 of the report lists the sites.", "CL1107")]
    [InlineData("Page 1 of 3", "CL1107")]
    [InlineData("Have your say: the consultation closes on Friday, the council said.", "CL1116")]
    [InlineData("Have your say: tell us what draught relief means for your pub at the consultation, the council said.", "CL1116")]
    [InlineData("You may also like the new garden, which opens on Friday, the council said.", "CL1001")]
    public void The_same_words_in_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
