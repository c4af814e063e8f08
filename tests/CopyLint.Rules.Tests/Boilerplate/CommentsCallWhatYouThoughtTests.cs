namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1116 on the call to the comments that asks what the reader thought, after a question to the reader; beside it,
/// prose that asks the same of someone else.
/// </summary>
public sealed class CommentsCallWhatYouThoughtTests
{
    private const string Before = "The company opened its tour on Tuesday.\n\n";
    private const string After = "\n\nThe tour runs until March, a spokesperson said.\n";

    private static int Reports(string line) => RuleHarness.Lint(Before + line + After, "CL1116").Count;

    [Theory]
    [InlineData("Have you seen Breakin' Point? Tell us what you thought in the comments below.")]
    [InlineData("Tell us your thoughts in the comments.")]
    public void The_call_to_the_comments_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Tell us what you thought of the show, the director asked the audience after the curtain call.")]
    [InlineData("Readers told us what they thought in the comments below the review, she said.")]
    public void Prose_with_the_same_words_is_left_alone(string line) => Assert.Equal(0, Reports(line));
}
