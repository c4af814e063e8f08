namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a standing share of a market in the present ("Congo produces about three-quarters of the world's cobalt"), the
/// writer's arithmetic set after a comma (", or about 5.7% of global demand", ", a total of more than $12,200"), a sentence
/// that opens a worked example ("For a farm supplying …") and an index named as what measures a figure. Beside each, the
/// shape that stays reported.
/// </summary>
public sealed class StandingShareAndAppositeArithmeticTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Congo produces about three-quarters of the world's cobalt, most of it as a by-product of copper mining.")]
    [InlineData("Chile, the world's top copper producer, accounts for about a quarter of global supply.")]
    [InlineData("Coal-fired plants generate about 70 per cent of India's electricity.")]
    [InlineData("Contract farming accounts for more than 90 percent of the crop, with merchants providing inputs.")]
    [InlineData("China controls about 90 per cent of the world's rare earths processing.")]
    [InlineData("Offtake rose 6.9 per cent to 199.5 million tonnes during the quarter, with supplies to the power sector accounting for more than 80 per cent of the total.")]
    public void A_standing_share_of_a_market_in_the_present_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Road crashes account for about 20% of deaths among young people.", "about 20%")]
    [InlineData("Chinese buyers accounted for about 40% of the sales in March.", "about 40%")]
    public void A_share_of_deaths_or_in_the_past_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("OPEC+ members are currently cutting output by a total of 5.86 million barrels per day (bpd), or about 5.7% of global demand.")]
    [InlineData("The 1,320-pound steer had sold for $9.25 a pound to a local feed store, a total of more than $12,200.")]
    [InlineData("In Cinebench 2024 it scored 171 in the single-core test and 654 in multi-core, about 20% higher than the M3 Air in multi-core.")]
    public void A_figure_after_a_comma_that_totals_the_figures_before_it_is_the_writers_arithmetic(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The steers were sold on Saturday to local buyers, a total of more than $12,200.", "more than $12,200")]
    [InlineData("Many residents have left the valley, or about a fifth of the town.", "about a fifth")]
    [InlineData("In benchmark tests the chip did well, about 20% higher than the M3 Air in multi-core.", "about 20%")]
    public void The_same_apposition_with_no_figure_before_it_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_sentence_opening_on_an_indefinite_case_is_a_worked_example() =>
        Assert.Empty(Figures("For a farm supplying 150,000kg of milk solids a season — a mid-sized herd of around 400 cows in Waikato — "
            + "the 50-cent lift is worth an extra $75,000 in gross income."));

    [Theory]
    [InlineData("For a second year running, more than 400 farms closed in Waikato.", "more than 400")]
    [InlineData("For a farm supplying milk to the plant, the drought meant losses of around $75,000.", "around $75,000")]
    public void A_span_of_time_or_a_loss_after_for_a_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void An_index_named_as_what_measures_the_figure_is_its_source() =>
        Assert.Empty(Figures("Spot freight rates on the Shanghai–Rotterdam trade, as measured by the Drewry World Container Index, "
            + "were $3,420 per feu this week, down from a peak of more than $8,000 in July."));

    [Fact]
    public void The_same_rates_with_no_index_named_are_still_reported() =>
        Assert.Contains(Figures("Spot freight rates on the Shanghai–Rotterdam trade were $3,420 per feu this week, down from a peak of more than $8,000 in July."),
            m => m.StartsWith("'more than $8,000'", StringComparison.Ordinal));

    [Theory]
    [InlineData("India imports more than 80 per cent of its crude oil needs, so lower prices tend to support the rupee.")]
    [InlineData("China, which buys more than 90% of Vietnam's durian, began requiring tests on imported shipments in January.")]
    public void A_standing_share_of_demand_in_the_present_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("India imported more than 80 per cent of its crude oil needs from Russia in March.", "more than 80 per cent")]
    [InlineData("Smokers use about 20% of the hospital's beds.", "about 20%")]
    public void A_share_bought_in_the_past_or_used_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_schemes_standing_reach_over_a_population_is_background() =>
        Assert.Empty(Figures("The health insurance program covers more than 99 percent of Taiwan's population."));

    [Theory]
    [InlineData("The health insurance program covered more than 99 percent of Taiwan's population last year.", "more than 99 percent")]
    [InlineData("The network covers about 12 million premises.", "about 12 million")]
    public void Reach_in_the_past_or_a_bare_count_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
