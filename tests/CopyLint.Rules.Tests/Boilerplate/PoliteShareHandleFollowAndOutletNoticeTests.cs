namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Footer lines of West African and Caribbean news sites: a polite request to share and a share counter (CL1102), an
/// advertising slot's "Story continues" label (CL1101), a newsletter box led by its label (CL1103), a follow prompt with
/// handles (CL1108), an update time with a view count (CL1109), a notice naming the outlet with no year and a readers'
/// views disclaimer (CL1110), a feedback question with its address (CL1116); beside each, prose using the same words.
/// </summary>
public sealed class PoliteShareHandleFollowAndOutletNoticeTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Kindly share this story", "CL1102")]
    [InlineData("Like and share this post with your friends!", "CL1102")]
    [InlineData("Shares 0 0 0", "CL1102")]
    [InlineData("Story continues below", "CL1101")]
    [InlineData("Story continues after advertisement", "CL1101")]
    [InlineData("Newsletter: Get the day's top stories delivered to your inbox every morning. Sign up now.", "CL1103")]
    [InlineData("Follow us on X @MobilePunch and Instagram @punchnewspapers for the latest updates.", "CL1108")]
    [InlineData("Follow @GraphicOnline on X for more.", "CL1108")]
    [InlineData("Updated: 11:32 AM | Views: 1,204", "CL1109")]
    [InlineData("Copyright PUNCH. All rights reserved. This material, and other digital content on this website, may not be reproduced without prior express written permission from PUNCH.", "CL1110")]
    [InlineData("DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on this platform do not necessarily represent the views or policy of Multimedia Group Limited.", "CL1110")]
    [InlineData("Have feedback? Email us at feedback@gleanerjm.com", "CL1116")]
    public void The_footer_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Kindly share this story with the police if you saw the crash, the commander said.", "CL1102")]
    [InlineData("Shares in the bank rose 4 per cent on Friday.", "CL1102")]
    [InlineData("The story continues below the fold in the print edition, the editor said.", "CL1101")]
    [InlineData("The newsletter lands in the inbox of every member, and readers sign up at the library.", "CL1103")]
    [InlineData("Fans follow @GraphicOnline on X because its scores come first, she said.", "CL1108")]
    [InlineData("The page was updated at 11:32 AM and drew 1,204 views, the ministry said.", "CL1109")]
    [InlineData("Copyright PUNCH is a phrase the paper's lawyers use in every letter, the editor said.", "CL1110")]
    [InlineData("The disclaimer said the views do not necessarily represent the bank's policy.", "CL1110")]
    [InlineData("Have feedback on the plan? The council asked residents to write in by Friday.", "CL1116")]
    public void The_same_words_in_prose_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
