namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2006 on an honorific and a surname one edit from that of a full name before it ("said Michael Sly" … "Mr Slye said"),
/// in a story that names the person only twice; beside it, the spellings that are another person's name and stay unreported.
/// </summary>
public sealed class HonorificSurnameSlipTests
{
    private static string[] Slips(string text) =>
        [.. RuleHarness.Lint(text, "CL2006").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("\"Growers simply cannot sign up to a price that loses them money,\" said Michael Sly, chairman of NFU Sugar.\n\n"
        + "Mr Slye said the union would meet the company again next week.", "Slye")]
    [InlineData("\"The market can absorb these barrels,\" said Jorge Leon, head of geopolitical analysis at Rystad Energy.\n\n"
        + "Mr Leone said inventories were still relatively low.", "Leone")]
    [InlineData("SQM chief executive Ricardo Ramos said the company would invest in new technology.\n\n"
        + "Mr Ramoz said water use would fall by half.", "Ramoz")]
    public void An_honorific_before_a_near_miss_of_a_full_name_before_it_is_reported(string text, string slip) =>
        Assert.Equal([slip], Slips(text));

    [Theory]
    [InlineData("\"Growers cannot sign,\" said Michael Sly, chairman of NFU Sugar.\n\nMr Sly said the union would meet the company again.")]
    [InlineData("Michael Sly chairs the union. His neighbour, Anna Slye, grows beet.\n\nMs Slye said she would sign.")]
    [InlineData("Michael Sly chairs the union and Peter Slay runs the factory.\n\nMr Sla said talks would resume.")]
    [InlineData("Mr Slye said talks would resume.\n\nMichael Sly, chairman of NFU Sugar, disagreed.")]
    public void Another_persons_name_or_no_full_name_before_it_is_left_alone(string text) => Assert.Empty(Slips(text));
}
