namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Sharing labels run together on one line ("Facebook Twitter WhatsApp Email Print"), a note that the article has been updated run on to a
/// paragraph, a newsletter prompt that says how often it comes before the sign-up, and a picture credit after a bar
/// closing a caption ("… on Monday. | Photo Credit: B. Jothi Ramalingam"); beside each, the nearest copy
/// that must stay silent.
/// </summary>
public sealed class RunTogetherShareUpdatedNoteAndBarCreditTests
{
    private const string Before = "The ferry sailed on Tuesday after a week in dock.\n\n";
    private const string After = "\n\nThe crossing takes 35 minutes, the operator said.\n";

    private static int Reports(string id, string text) => RuleHarness.Lint(Before + text + After, id).Count;

    [Theory]
    [InlineData("CL1113", "Facebook Twitter WhatsApp Email Print")]
    [InlineData("CL1112", "The islands elect two members to the Folketing. This article has been updated to correct the number of Løgting members.")]
    [InlineData("CL1103", "Get the best of Icelandic culture every week. Subscribe to our newsletter.")]
    [InlineData("CL1003", "Chief Minister M.K. Stalin flags off the first train at Poonamallee on Monday. | Photo Credit: B. Jothi Ramalingam")]
    public void The_furniture_is_reported(string id, string text) => Assert.Equal(1, Reports(id, text));

    [Theory]
    [InlineData("CL1113", "Facebook Twitter WhatsApp")]
    [InlineData("CL1113", "Facebook, Twitter, WhatsApp and Email were all down for an hour on Monday.")]
    [InlineData("CL1112", "This article has been updated to correct the number of Løgting members.")]
    [InlineData("CL1103", "Get the best of Icelandic culture every week. Then decide for yourself.")]
    [InlineData("CL1003", "Chief Minister M.K. Stalin flags off the first train at Poonamallee on Monday. | Photo Credit: readers may send their own pictures of the line")]
    public void The_nearest_copy_is_not(string id, string text) => Assert.Equal(0, Reports(id, text));
}
