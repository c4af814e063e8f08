namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A sharing plugin's slogan, a reminder to share and a call to the comments, each on a line of its own under the copy;
/// beside each, the same words in a sentence of prose, which stay silent.
/// </summary>
public sealed class SharingAndCommentPromptTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1102", "Sharing is caring! Click the icons below to share this story.")]
    [InlineData("CL1102", "Sharing is caring!")]
    [InlineData("CL1102", "Don't forget to share this article with friends!")]
    [InlineData("CL1102", "Don’t forget to share this story!")]
    [InlineData("CL1102", "Enjoyed this article? Share it with your friends.")]
    [InlineData("CL1102", "Enjoyed this story?")]
    [InlineData("CL1102", "Like this story? Share it with your network.")]
    [InlineData("CL1102", "Like this story? Share it with a colleague.")]
    [InlineData("CL1102", "Enjoyed this article? Please share it with your friends!")]
    [InlineData("CL1116", "Join the conversation in the comments below.")]
    [InlineData("CL1116", "Do you have a tribute to share? Let us know in the comments below.")]
    [InlineData("CL1116", "We'd love to hear from you! Send your pictures and stories to news@exeterexpress.co.uk")]
    public void A_prompt_on_its_own_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1102", "Sharing is caring, the nursery's motto says, and the children learn it early.")]
    [InlineData("CL1102", "Don't forget to share this article's warning with older relatives, police said.")]
    [InlineData("CL1102", "Enjoyed this article? Readers said they did, and the council shared it with schools.")]
    [InlineData("CL1102", "Like this story? Share it with your network, the union told members, and thousands did.")]
    [InlineData("CL1102", "Like this story? Share it with a colleague, the union told members, and thousands did.")]
    [InlineData("CL1116", "Join the conversation in the comments below the council's post, the mayor urged residents.")]
    [InlineData("CL1116", "Residents were asked to let us know in the comments below the council's post whether they agreed.")]
    [InlineData("CL1116", "Send your pictures to the council, the mayor said, and they will be shown at the festival.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));
}
