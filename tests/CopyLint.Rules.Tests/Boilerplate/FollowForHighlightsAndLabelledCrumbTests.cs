namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1108 on a call to follow an account for its highlights, CL1103 on a newsletter prompt that says how often it comes, and CL1107 on a breadcrumb trail ending on a headline
/// that opens on its label and a colon, each beside a sentence of copy in the same words.
/// </summary>
public sealed class FollowForHighlightsAndLabelledCrumbTests
{
    private static int Reports(string line, string id) => RuleHarness.Lint("The Thunder won again.\n\n" + line + "\n", id).Count;

    [Theory]
    [InlineData("Follow Netball Super League on Instagram and TikTok for highlights from every round.", "CL1108")]
    [InlineData("Follow us on Instagram for highlights.", "CL1108")]
    [InlineData("Home » Sport » GAA » Explainer: How the new All-Ireland football format works", "CL1107")]
    [InlineData("Home > Sport > Football > Analysis: Why the club sold its best player this summer", "CL1107")]
    [InlineData("Get the best of women's sport in your inbox every week. Sign up to our newsletter.", "CL1103")]
    public void The_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Follow Netball Super League on Instagram for highlights, the club told its members on Monday.", "CL1108")]
    [InlineData("Follow the highlights on the big screen, the coach told the crowd.", "CL1108")]
    [InlineData("Get the best of women's sport in your inbox every week, the editor said, and sign up to our newsletter.", "CL1103")]
    [InlineData("Home: that is how the new All-Ireland football format works for the team, said the manager.", "CL1107")]
    public void The_same_words_in_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
