namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Furniture of letters pages, corrections columns and readers' editor columns: a story's update note run on to a
/// correction (CL1112), a share prompt with its platforms (CL1102, and run on to a line, CL1111), a call to the comments
/// under its label (CL1116) and a copyright notice in a sentence with its ban on reproduction (CL1110); beside each, the
/// nearest copy that must stay silent.
/// </summary>
public sealed class LettersAndCorrectionsFurnitureTests
{
    private const string Before = "The ferry sailed on Tuesday after a week in dock.\n\n";
    private const string After = "\n\nThe crossing takes 35 minutes, the operator said.\n";

    private static int Reports(string id, string text) => RuleHarness.Lint(Before + text + After, id).Count;

    [Theory]
    [InlineData("CL1112", "A story about the prize gave the artist's age as 37. She is 39. This story was updated on 17 February 2026. An earlier version gave the wrong age.")]
    [InlineData("CL1102", "Share your views: Facebook | X | WhatsApp | Email")]
    [InlineData("CL1111", "You can contact the Samaritans free on 116 123, at any time of the day or night. Share this with friends: Facebook | X | WhatsApp")]
    [InlineData("CL1116", "Join the conversation: tell us what you think in the comments.")]
    [InlineData("CL1110", "This article is © 2026 Sunday Post Media. Reproduction without permission is prohibited.")]
    public void The_furniture_is_reported(string id, string text) => Assert.Equal(1, Reports(id, text));

    [Theory]
    [InlineData("CL1112", "This story was updated on 17 February 2026. An earlier version gave the wrong age.")]
    [InlineData("CL1112", "The editor said this story was updated on 17 February after a complaint.")]
    [InlineData("CL1102", "Share your views with the council before the consultation closes on Facebook or by email.")]
    [InlineData("CL1111", "You can contact the Samaritans free on 116 123. Share this with friends who may need it.")]
    [InlineData("CL1116", "Join the conversation: readers told us what they think of the plan.")]
    [InlineData("CL1110", "The photographer said reproduction without permission is prohibited under the licence.")]
    public void The_nearest_copy_is_not(string id, string text) => Assert.Equal(0, Reports(id, text));
}
