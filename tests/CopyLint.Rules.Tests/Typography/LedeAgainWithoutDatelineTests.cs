namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5003 on the lede pasted again further down without its dateline ("SÃO PAULO — Deforestation in …" then
/// "Deforestation in …"), beside the same paste with one word edited, which is left alone as any edited copy is.
/// </summary>
public sealed class LedeAgainWithoutDatelineTests
{
    private static List<string> Flagged(string text) =>
        [.. RuleHarness.Lint(text, "CL5003").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Sentence =
        "Deforestation in the Brazilian Amazon fell 11% in the 12 months to July, the lowest level since 2015, the national space research institute said on Wednesday.";

    private const string Story =
        "Amazon deforestation falls to lowest level in a decade\n\nSÃO PAULO — " + Sentence
        + "\n\nThe figures come from the PRODES satellite system, which has measured clearing since 1988.\n\n";

    [Fact]
    public void The_lede_pasted_again_without_its_dateline_is_reported() =>
        Assert.Equal([Sentence], Flagged(Story + Sentence + "\n\nEnvironment groups welcomed the figures.\n"));

    [Fact]
    public void The_lede_pasted_again_with_a_word_edited_is_not() =>
        Assert.Empty(Flagged(Story + Sentence.Replace("fell 11%", "dropped 11%") + "\n\nEnvironment groups welcomed the figures.\n"));
}
