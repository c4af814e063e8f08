namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1003 and a news agency alone in brackets on a story's last line, the wire credited for the text as Korean English
/// papers credit Yonhap; beside it, the same credit with copy after it and a picture desk's name, still reported.
/// </summary>
public sealed class WireTextCreditTests
{
    private const string Story = "The National Assembly passed the budget on Tuesday.\n\nThe Cabinet is expected to approve the spending plan next week.\n\n";

    private static int Reports(string text) => RuleHarness.Lint(text, "CL1003").Count();

    [Theory]
    [InlineData("(Yonhap)\n")]
    [InlineData("(AFP)")]
    public void A_wire_alone_on_the_last_line_credits_the_text(string credit) => Assert.Equal(0, Reports(Story + credit));

    [Theory]
    [InlineData("(Yonhap)\n\nThe vote was 180 to 95.\n")]
    [InlineData("(Getty Images)\n")]
    [InlineData("(Yonhap Photo)\n")]
    public void A_credit_with_copy_after_it_or_a_picture_desk_is_still_reported(string credit) => Assert.Equal(1, Reports(Story + credit));
}
