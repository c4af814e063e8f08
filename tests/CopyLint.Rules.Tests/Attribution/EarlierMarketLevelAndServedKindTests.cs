namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on energy and resources trade copy: the earlier value of a market level after "down from" or "up from", and a
/// utility's customers counted with the kind of service before the noun; each beside the claim of the same shape that is
/// still reported.
/// </summary>
public sealed class EarlierMarketLevelAndServedKindTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Nickel prices on the London Metal Exchange have traded around US$15,000 a tonne this year, down from more than US$25,000 in 2023.")]
    [InlineData("Bitcoin climbed to about $93,000 on Tuesday, up from less than $60,000 a year ago.")]
    public void The_earlier_value_of_a_market_level_is_the_same_series_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The charity's deficit was about $5 million this year, down from more than $8 million in 2023.", "more than $8 million")]
    [InlineData("The charity's deficit climbed to about $5 million, up from less than $2 million a year ago.", "less than $2 million")]
    public void The_earlier_value_of_a_sum_that_is_no_market_level_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The utility serves about 1.4 million electric customers in central and western Michigan.")]
    [InlineData("The water company supplies about 2.6 million household customers across the region.")]
    public void Who_a_utility_serves_with_the_kind_of_service_named_is_its_standing_size(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The utility now serves about 20,000 more customers than it did in 2020.", "about 20,000")]
    [InlineData("The utility served about 1.4 million electric customers during the storm.", "about 1.4 million")]
    [InlineData("The clinic serves about 600 new patients a week.", "about 600")]
    public void A_change_a_past_service_or_a_rate_of_service_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
