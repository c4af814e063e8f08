namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A follow prompt naming Viber beside another platform ("Follow X on Telegram and Viber …"), a newsletter prompt whose
/// sign-up follows a colon ("… in your inbox: sign up for our weekly newsletter."), and a wire-style correction note
/// ("Correction: An earlier version …") run on to a paragraph, and a block of sharing labels with no prompt closing the
/// story; beside each, the nearest copy that must stay silent.
/// </summary>
public sealed class ViberFollowInboxColonAndWireCorrectionTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string text) => RuleHarness.Lint(Before + text + After, id).Count;

    [Theory]
    [InlineData("CL1108", "Follow Radio Sarajevo on Telegram and Viber for the latest news.")]
    [InlineData("CL1108", "Follow Nova on Viber and Telegram.")]
    [InlineData("CL1103", "Get the best of our weekend reads in your inbox: sign up for our newsletter.")]
    [InlineData("CL1112", "The verdict can be appealed to the Higher Court. Correction: An earlier version of this article misstated the name of the court.")]
    public void The_furniture_is_reported(string id, string text) => Assert.Equal(1, Reports(id, text));

    [Theory]
    [InlineData("CL1108", "Follow the money on Viber and Telegram, investigators told the court, and the trail ends in Cyprus.")]
    [InlineData("CL1103", "Get the best of both worlds in your inbox: that was the pitch, and readers signed up in their thousands.")]
    [InlineData("CL1112", "Correction: An earlier version of this article misstated the name of the court.")]
    [InlineData("CL1112", "The paper printed a note: \"Correction: An earlier version of this article misstated the court.\"")]
    public void The_nearest_copy_is_not(string id, string text) => Assert.Equal(0, Reports(id, text));

    private const string Labels = "Facebook\nTwitter\nLinkedIn\nWhatsApp\nEmail";

    [Fact]
    public void Share_labels_with_no_prompt_closing_the_story_are_reported() =>
        Assert.Single(RuleHarness.Lint(Before + "The stadium will open in 2029.\n\n" + Labels + "\n", "CL1113"));

    [Theory]
    [InlineData(Labels + "\n\nThe company said all five would carry the campaign.\n")]
    [InlineData("Facebook\nTwitter\nEmail\n")]
    public void Such_labels_with_copy_after_them_or_fewer_than_four_are_not(string text) =>
        Assert.Empty(RuleHarness.Lint(Before + "The campaign runs on these platforms:\n\n" + text, "CL1113"));
}
