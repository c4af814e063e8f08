namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1116 on the call to the comments that follows its own call ("Have your say: join the debate in the comments
/// below."); beside it, prose that asks readers to join a debate somewhere else.
/// </summary>
public sealed class CommentsCallUnderItsCallTests
{
    private const string Before = "The council will decide on the plans next month.\n\n";
    private const string After = "\n\nThe consultation closes on 3 March, a spokesperson said.\n";

    private static int Reports(string line) => RuleHarness.Lint(Before + line + After, "CL1116").Count;

    [Theory]
    [InlineData("Have your say: join the debate in the comments below.")]
    [InlineData("Get involved: join the conversation in the comments.")]
    public void The_call_to_the_comments_under_its_own_call_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Residents can have their say and join the debate at a public meeting in the town hall on Tuesday.")]
    [InlineData("Have your say: the consultation is open until March and residents can join the debate at the town hall.")]
    public void An_invitation_to_a_debate_elsewhere_is_left_alone(string line) => Assert.Equal(0, Reports(line));
}
