namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 on a name that opens a sentence with a possessive and drops the accents the article gives it elsewhere.</summary>
public sealed class OpeningPossessiveSpellingTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Nunez =
        "France to intercept small boats\n\nInterior Minister Laurent Nuñez said on Friday that France would begin intercepting small boats.\n\n"
        + "Nuñez said trained gendarmes would be allowed to stop them.\n\n";

    [Theory]
    [InlineData(Nunez + "Nunez's predecessor, Bruno Retailleau, had pushed for the change.", "Nunez")]
    [InlineData("Protests in Bratislava\n\nMichal Šimečka, the leader of Progressive Slovakia, said the government was wrong.\n\n"
        + "Simecka's party would keep organising protests, he said.", "Simecka")]
    public void An_opening_possessive_without_the_accents_fires(string text, string wrong) => Assert.Equal([wrong], Flagged(text));

    [Theory]
    // The same spelling, and a capitalised word whose key no name shares.
    [InlineData(Nunez + "Nuñez's predecessor, Bruno Retailleau, had pushed for the change.")]
    [InlineData(Nunez + "France's coastguard will take part, the ministry said.")]
    // A word the article also writes in lower case is no name.
    [InlineData("Harvest festival\n\nThe grower Anna Rosé said the rose harvest was early.\n\nRose's scent filled the valley, visitors said.")]
    public void An_opening_possessive_spelled_as_elsewhere_or_no_name_is_left_alone(string text) => Assert.Empty(Flagged(text));

    private const string Mitoma =
        "Mitoma set for Saudi move\n\nBrighton have accepted an offer from Al Nassr for Japan winger Kaoru Mitoma, the club confirmed on Thursday.\n\n"
        + "The deal would make Mitoma the most expensive Asian player in history.\n\n";

    [Fact]
    public void An_opening_possessive_a_letter_out_from_a_trusted_surname_fires() =>
        Assert.Equal(["Mitona"], Flagged(Mitoma + "Mitona's departure leaves Brighton short on the left."));

    [Theory]
    // The surname spelled right, and a short word a letter out, which may be another name.
    [InlineData(Mitoma + "Mitoma's departure leaves Brighton short on the left.")]
    [InlineData("Title race\n\nThe striker Ivan Toney scored twice for the side.\n\nToney said he was happy.\n\nTone's goal came late.")]
    public void An_opening_possessive_spelled_right_or_too_short_to_judge_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
