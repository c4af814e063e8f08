namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5003 on a paragraph that pastes the one before it again, one copy edited: cut short at a comma, cut off
/// mid-sentence with no closing punctuation, or run on past its last sentence; beside each, what stays unreported.
/// </summary>
public sealed class DoubledLedeTests
{
    private static List<string> Flagged(string text) =>
        [.. RuleHarness.Lint(text, "CL5003").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Lede =
        "MADRID (Reuters) - Real Madrid have agreed a deal with Liverpool to sign Trent Alexander-Arnold before the Club World Cup, "
        + "the Spanish club said on Friday, paying a fee to release him from the final month of his contract.\n\n";

    private const string Cut = "MADRID (Reuters) - Real Madrid have agreed a deal with Liverpool to sign Trent Alexander-Arnold before the Club World Cup.";

    private const string Below = "\n\nThe England full-back, 26, will sign a six-year contract.\n";

    [Fact]
    public void A_lede_pasted_again_cut_short_at_a_comma_is_reported_and_its_copy_deleted()
    {
        const string text = Lede + Cut + Below;
        var finding = Assert.Single(RuleHarness.Lint(text, "CL5003"));
        Assert.Equal(Cut, text[finding.Span.Start..finding.Span.End]);
        var edit = Assert.Single(finding.Fixes.Single().Edits);
        Assert.Equal(Lede + "The England full-back, 26, will sign a six-year contract.\n", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void A_last_sentence_pasted_again_at_the_head_of_the_next_paragraph_and_run_on_is_reported()
    {
        const string text = "Senators argued for three hours. The session was adjourned till Tuesday.\n\n"
            + "The session was adjourned till Tuesday afternoon.\n";
        Assert.Equal(["The session was adjourned till Tuesday"], Flagged(text));
    }

    [Theory]
    // The next paragraph takes up a short clause of the lede on purpose.
    [InlineData("Real Madrid have agreed a deal, the club said on Friday.\n\nReal Madrid have agreed a deal.\n")]
    // A word of the copy edited: another sentence.
    [InlineData(Lede + "MADRID (Reuters) - Real Madrid have agreed a deal with Liverpool to sign Trent Alexander-Arnold before the Club World Cup final." + Below)]
    // The copy stops where the lede has no comma.
    [InlineData(Lede + "MADRID (Reuters) - Real Madrid have agreed a deal with Liverpool to sign Trent Alexander-Arnold before the Club." + Below)]
    // A heading the lede opens with.
    [InlineData("The session was adjourned till Tuesday\n\nThe session was adjourned till Tuesday afternoon after a walkout.\n")]
    public void A_paragraph_that_only_takes_up_the_words_before_it_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("ESTEPONA town hall has banned new tourist flats in the historic centre for the next two years.\n\nESTEPONA town hall has banned new tourist flats\n\nThe mayor said the measure was needed.\n",
        "ESTEPONA town hall has banned new tourist flats")]
    [InlineData("NEW YORK, Nov 4 (Reuters) - U.S. stocks closed sharply lower on Tuesday, as worries about valuations triggered a sell-off.\n\nNEW YORK, Nov 4 (Reuters) - U.S. stocks closed sharply lower on Tuesday\n\nThe Dow fell 251 points.\n",
        "NEW YORK, Nov 4 (Reuters) - U.S. stocks closed sharply lower on Tuesday")]
    public void A_lede_pasted_again_and_cut_off_mid_sentence_is_reported(string text, string copy) => Assert.Equal([copy], Flagged(text));

    [Theory]
    // Too few words to be a paste rather than a heading.
    [InlineData("Town hall bans new flats in the historic centre for the next two years.\n\nTown hall bans new flats\n\nThe mayor said so.\n")]
    // A heading that opens the way the paragraph before it does, then goes its own way.
    [InlineData("ESTEPONA town hall has banned new tourist flats in the historic centre for the next two years.\n\nESTEPONA town hall has banned new bars too\n\nThe mayor said so.\n")]
    public void A_short_or_differing_unpunctuated_paragraph_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
