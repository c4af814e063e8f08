namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on live pages: an entry's subheading closing on a quoted word is display copy, judged at the use
/// below it; an Indian outlet's own initials in Indian copy. Beside each, the defect of the same shape that stays reported.
/// </summary>
public sealed class AcronymEntryHeadingTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Page = "Budget 2026: chancellor extends tax thresholds freeze – live updates\n\n"
        + "The chancellor has finished her statement to MPs.\n\n";

    [Theory]
    [InlineData("### IFS says package is \"back-loaded\"")]
    [InlineData("IFS says package is “back-loaded”")]
    [InlineData("## IFS says package is back-loaded, but fair.")]
    public void An_entry_subheading_spelled_out_below_is_not_reported(string heading) =>
        Assert.Empty(Acronyms(Page + heading + "\n\n"
            + "The director of the Institute for Fiscal Studies (IFS), Helen Miller, has given her first reaction.\n"));

    [Fact]
    public void An_entry_subheading_never_spelled_out_is_reported_at_the_use_below() =>
        Assert.Equal(["IFS"], Acronyms(Page + "### IFS says package is \"back-loaded\"\n\n"
            + "The IFS director, Helen Miller, has given her first reaction.\n"));

    [Fact]
    public void A_sentence_closing_on_a_quoted_word_before_the_expansion_is_still_reported() =>
        Assert.Equal(["IFS"], Acronyms(Page + "The IFS said the package was \"back-loaded\". Its director called it \"a gamble\"\n\n"
            + "The director of the Institute for Fiscal Studies (IFS), Helen Miller, spoke later.\n"));

    [Fact]
    public void An_indian_outlet_is_known_in_indian_copy()
    {
        Assert.Empty(Acronyms("Counting began in Maharashtra at 8 am.\n\nAn analyst told NDTV the turnout helped the alliance.\n"));
        Assert.Equal(["NDTV"], Acronyms("Counting began in Ontario at 8 am.\n\nAn analyst told NDTV the turnout helped the alliance.\n"));
    }
}
