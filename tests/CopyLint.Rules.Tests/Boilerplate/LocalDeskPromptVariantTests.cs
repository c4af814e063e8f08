namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture of local crime and court pages: a share row closing on its print button, a column's plea to share with
/// the neighbours, the call to the comments after "What do you think?", and an update time with its time zone beside
/// the view count; beside each, a line of copy with the same words.
/// </summary>
public sealed class LocalDeskPromptVariantTests
{
    private const string Before = "The sheriff's office logged 41 calls last week.\n\n";
    private const string After = "\n\nThe log is published every Monday, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Share this story: Facebook | Twitter | Email | Print", "CL1102")]
    [InlineData("Like this column? Share it with your neighbors on Facebook and Nextdoor.", "CL1102")]
    [InlineData("What do you think? Join the conversation in the comments below.", "CL1116")]
    [InlineData("Updated: 4:12 PM PST | Views: 2,318", "CL1109")]
    public void A_local_page_s_furniture_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Deputies asked residents to share the appeal on Facebook and print the poster, the sheriff said.", "CL1102")]
    [InlineData("Neighbors said they liked the column and shared it on Nextdoor, the editor said.", "CL1102")]
    [InlineData("What do you think the council should do? Residents joined the conversation at a meeting on Monday.", "CL1116")]
    [InlineData("The log was updated at 4:12 PM PST and viewed 2,318 times, the office said.", "CL1109")]
    public void The_same_words_in_copy_are_still_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
