namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on figures that compare with figures given right there: a bound restating exact figures, a price difference.</summary>
public sealed class ComparisonTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Harry Kane, who took 141 games, and Sergio Agüero, who took 147, are the only other players to have done it in fewer than 150.")]
    [InlineData("She has served 310 and 290 days in the two terms, more than 250 in each.")]
    public void A_bound_restating_exact_figures_of_the_sentence_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Fewer than 150 people were killed, including 141 soldiers.", "Fewer than 150")]
    [InlineData("Kane took 141 games and Agüero 160, and nobody else has done it in fewer than 150.", "fewer than 150")]
    [InlineData("More than 150 people were killed in the attacks.", "More than 150")]
    public void A_bound_that_says_more_than_the_exact_figures_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The vRS costs about £6,000 more than the Elroq 85, which has a similar range and is hardly slow.")]
    [InlineData("The estate we drove costs £41,200, which undercuts the equivalent Octavia by roughly £1,800.")]
    [InlineData("The estate is about £2,000 cheaper than a Tesla Model Y.")]
    [InlineData("The hybrid is roughly £1,500 more expensive than its diesel sibling.")]
    public void A_difference_between_list_prices_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The war costs about $5bn more than planned.", "about $5bn")]
    [InlineData("The retailer undercut its rivals by roughly £1,800 a customer last year.", "roughly £1,800")]
    [InlineData("The new scheme undercuts by roughly £1,800 what the families were promised.", "roughly £1,800")]
    [InlineData("The line costs about £6bn more than the original budget.", "about £6bn")]
    [InlineData("The bill is about $2bn more than the Pentagon requested.", "about $2bn")]
    [InlineData("The refit cost about £6,000 more than the Elroq 85.", "about £6,000")]
    public void A_cost_overrun_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
