namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture as review and lifestyle sites print it: the affiliate disclosure, a consent platform's cookie banner
/// and a feedback box with its buttons; beside each, prose with the same words that must stay silent.
/// </summary>
public sealed class ReviewSiteFurnitureTests
{
    private const string Before = "The kettle boiled a litre in under three minutes.\n\n";
    private const string After = "\n\nIt costs £45 and comes in four colours.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1101", "Prices were correct at the time of writing. We may earn a commission if you buy through links in this article.")]
    [InlineData("CL1101", "We may earn a commission from links on this page.")]
    [InlineData("CL1105", "Cookie settings: We and our partners use cookies to personalise content and ads. Accept all | Manage preferences")]
    [InlineData("CL1116", "Was this article helpful? Yes / No")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1101", "Brokers said: \"We may earn a commission, but the advice is independent.\"")]
    [InlineData("CL1105", "The regulator said websites and their partners use cookies to track readers.")]
    [InlineData("CL1116", "Was this article helpful to the campaign? Yes, its organisers said.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));
}
