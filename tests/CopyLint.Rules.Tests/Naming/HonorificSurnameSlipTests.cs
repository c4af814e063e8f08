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

    [Theory]
    [InlineData("Woodside chief executive Meg O'Neill said the project would supply LNG to Asia.\n\n"
        + "Ms O'Neil said Woodside would offset reservoir emissions.", "O'Neil")]
    [InlineData("\"Our funding costs have jumped,\" said Mark Harris, chief executive of the broker SPF Private Clients.\n\n"
        + "Mr Harriss added that trackers could suit some buyers.", "Harriss")]
    public void An_honorific_before_a_longer_near_miss_that_inconsistent_name_does_not_read_is_reported(string text, string slip) =>
        Assert.Equal([slip], Slips(text));

    [Theory]
    [InlineData("Raleigh police Chief Rico Boyce said the arrest came after officers reviewed video.\n\n"
        + "\"The community helped us close this case,\" Boyce said.\n\nChief Boice said the department would add patrols.", "Boice")]
    [InlineData("Foreign Affairs Minister Hugh Todd said Guyana's legal team was ready. \"We are confident,\" Todd said. "
        + "Tood said the team would be led by a former judge.", "Tood")]
    [InlineData("Chairman R C Bhargava told reporters the market was weak.\n\n\"Prices have risen too fast,\" Bhargava said.\n\n"
        + "Bhargav said the company would not cut prices.", "Bhargav")]
    public void A_title_or_a_bare_subject_after_a_titled_full_name_is_reported(string text, string slip) =>
        Assert.Equal([slip], Slips(text));

    [Theory]
    // The person before is untitled: a bare near name is left to the counts of the story's subjects.
    [InlineData("\"We will walk out,\" said Mick Lynch, the RMT general secretary.\n\nLinch said no dates had been set.")]
    // Another title says someone else.
    [InlineData("Raleigh police Chief Rico Boyce said the arrest came after officers reviewed video.\n\nSgt Boice said the department would add patrols.")]
    // The bare word does not act, or is written again.
    [InlineData("Foreign Affairs Minister Hugh Todd said Guyana's legal team was ready. A statement from Tood Hall followed.")]
    [InlineData("Foreign Affairs Minister Hugh Todd said the team was ready. Tood said it would sit in May. Tood, a lawyer, agreed.")]
    public void A_bare_near_name_after_an_untitled_full_name_or_another_title_is_left_alone(string text) => Assert.Empty(Slips(text));
}
