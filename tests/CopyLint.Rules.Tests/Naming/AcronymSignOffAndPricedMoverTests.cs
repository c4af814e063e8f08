namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a paper's credit signing off a story ("— VNS") and a counter a Bursa wrap moves in sen to its new price;
/// beside each, the same capitals in copy, which stay reported.
/// </summary>
public sealed class AcronymSignOffAndPricedMoverTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Assembly opens session\n\nHA NOI — The National Assembly opened its session on Monday.\n\nThe session is expected to close on December 11. — VNS\n")]
    [InlineData("In brief\n\nDA NANG — The city will ban plastic bags from January 1, the department said. — VNS\n\nHUE — The festival opens on Friday. — VNS\n")]
    public void A_credit_signing_off_after_the_last_sentence_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Rates cut\n\nThe rate was cut — VNS figures show — to 4%.\n", "VNS")]
    [InlineData("Rates cut\n\nThe rate was cut on Monday. — VNS reported that the vote was 400 to 20.\n", "VNS")]
    public void Capitals_after_a_dash_inside_a_sentence_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void A_counter_moved_in_sen_beside_other_counters_is_not_reported() =>
        Assert.Empty(Acronyms("Bursa ends higher\n\nAmong heavyweights, Maybank rose 10 sen to RM10.20, Public Bank gained 3 sen to RM4.45, CIMB added 8 sen to RM7.82 and Tenaga Nasional was 6 sen higher at RM13.74.\n"));

    [Fact]
    public void A_counter_moved_in_sen_alone_is_still_reported() =>
        Assert.Contains("CIMB", Acronyms("Bursa ends higher\n\nCIMB added 8 sen to RM7.82 on Tuesday.\n"));
}
