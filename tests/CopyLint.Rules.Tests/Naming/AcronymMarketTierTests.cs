namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on listing copy: a US over-the-counter market tier whose name is its letters (rules/lists/known-acronyms.txt),
/// beside an over-the-counter abbreviation that does stand for words and stays reported.
/// </summary>
public sealed class AcronymMarketTierTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The company's shares will continue to trade on the OTCQX in the United States, it said.")]
    [InlineData("Its shares are also quoted on the OTCQB in New York.")]
    public void A_market_tier_named_by_its_letters_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The company's shares will continue to trade on the OTCBB in the United States, it said.", "OTCBB")]
    public void An_abbreviation_beside_it_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
