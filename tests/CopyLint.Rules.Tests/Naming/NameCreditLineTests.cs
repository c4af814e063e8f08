namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 on a wire credit line ("Additional reporting by …") that names the byline's author with the surname one letter out.</summary>
public sealed class NameCreditLineTests
{
    private static string[] Flagged(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Story = "Exchange halts withdrawals after hack\n\nBy Marta Lewandowska\n\n"
        + "The exchange suspended withdrawals on Sunday after hackers stole about $90 million, the company said.\n\n";

    [Fact]
    public void The_author_misspelt_in_the_credit_line_is_reported() =>
        Assert.Equal(["Marta Lewandowski"], Flagged(Story + "Additional reporting by Marta Lewandowski"));

    [Theory]
    [InlineData("Additional reporting by Marta Lewandowska")]
    [InlineData("Additional reporting by Piotr Lewandowski")]
    [InlineData("Photographs by Marta Lewandowski")]
    public void The_author_spelt_right_another_name_or_another_credit_is_left_alone(string credit) =>
        Assert.Empty(Flagged(Story + credit));
}
