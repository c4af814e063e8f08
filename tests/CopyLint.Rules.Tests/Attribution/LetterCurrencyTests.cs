namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on sums whose currency is written in letters touching the number: the rand, dirham and riyal as one
/// word ("R30-billion", "R2bn", "Dh2 billion") and the dollars of the Caribbean, the Pacific and the US ("US$1 billion",
/// "J$5 billion", "TOP$40 million"); beside them, the road numbers and exact sums that stay no claim.
/// </summary>
public sealed class LetterCurrencyTests
{
    private static string[] Figures(string text, string rule = "CL3001") => [.. RuleHarness.Lint(text, rule).Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The maintenance backlog on provincial roads stands at about R30-billion.", "about R30-billion")]
    [InlineData("The upgrade will cost about R2bn over three years.", "about R2bn")]
    [InlineData("The second phase of the line will cost about Dh2 billion.", "about Dh2 billion")]
    [InlineData("Restarting the refinery would cost an estimated US$1 billion.", "an estimated US$1 billion")]
    [InlineData("Losses from theft reached about J$5 billion last year.", "about J$5 billion")]
    [InlineData("Eskom needs about R4.2 billion to finish the units.", "about R4.2 billion")]
    [InlineData("The refinery upgrade will cost an estimated EGP1.5bn.", "an estimated EGP1.5bn")]
    [InlineData("Traders lost about KSh1,200 million to the floods.", "about KSh1,200 million")]
    [InlineData("Rebuilding the wharf will cost about TOP$40 million.", "about TOP$40 million")]
    [InlineData("Cane farmers lost about FJ$12 million to the drought.", "about FJ$12 million")]
    [InlineData("An estimated RM1.2bil was lost to online scams last year.", "An estimated RM1.2bil")]
    [InlineData("Flood repairs in Johor will cost about RM500mil.", "about RM500mil")]
    public void An_estimated_sum_in_a_lettered_currency_is_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_hedged_sum_in_rand_is_vague_attribution() =>
        Assert.Contains("more than R100-billion", Figures("Municipalities owe Eskom more than R100-billion, it is understood.", "CL3002"));

    [Fact]
    public void A_sum_in_a_pacific_dollar_after_reports_is_vague_attribution() =>
        Assert.NotEmpty(Figures("Reports suggest that the rebuilding bill for the island group alone could reach TOP$40 million.", "CL3002"));

    [Theory]
    [InlineData("The R59 highway was closed after the crash near Vereeniging.")]
    [InlineData("Nurses were given N95 masks before the ward reopened.")]
    [InlineData("The budget allocates R30-billion to roads.")]
    [InlineData("The budget allocates R4.2 billion to roads.")]
    [InlineData("Levels of PM2.5 rose to about 80 micrograms in the city centre, the agency said.")]
    [InlineData("The company reported revenue of US$1.2 billion for the year.")]
    [InlineData("The airline reported revenue of FJ$1.2 billion for the year.")]
    [InlineData("The museum, which cost about HK$1 billion to build, opened in 2021.")]
    [InlineData("The ministry allocated RM1.2bil to flood mitigation in the budget.")]
    [InlineData("The RM5 note was redesigned in 2012, the central bank said.")]
    public void A_road_a_mask_or_a_sum_of_record_is_left_alone(string text) => Assert.Empty(Figures(text));
}
