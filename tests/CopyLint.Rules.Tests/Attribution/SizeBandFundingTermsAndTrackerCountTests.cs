namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a size band drawn for a class of things ("companies with fewer than 500 staff"), on a funding round's
/// terms (the valuation it sets, the company's total funding), on a count its tracker keeps ("Fierce Biotech has
/// tracked more than 150 rounds") and on a lede sourced by "The Boston biotech disclosed …" below it; beside each, the
/// nearest figure that stays reported.
/// </summary>
public sealed class SizeBandFundingTermsAndTrackerCountTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Its software lets companies with fewer than 500 staff offer health cover and meal vouchers through a single platform.")]
    [InlineData("The rules will apply to firms with more than 250 employees from next year.")]
    public void A_size_band_of_a_class_of_things_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("Ombrelle, with more than 500 staff, is the largest employer in the sector.", "more than 500")]
    [InlineData("The startup cut more than 500 staff last year.", "more than 500")]
    public void A_count_of_one_company_s_staff_is_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));

    [Theory]
    [InlineData("Ombrelle has raised €120m in a Series C that values it at more than €1bn, making it the first French unicorn this year.")]
    [InlineData("Partech Africa and Y Combinator also participated in the round, which brings the company's total funding to about $24 million.")]
    public void A_funding_round_s_terms_are_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("Ombrelle is now worth more than €1bn, making it the first French unicorn this year.", "more than €1bn")]
    [InlineData("The fraud went on for two years, which brings the company's total losses to about $24 million.", "about $24 million")]
    public void A_value_or_a_total_that_is_no_term_of_a_round_is_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));

    [Fact]
    public void A_count_its_tracker_keeps_is_left_alone() =>
        Assert.Empty(Flagged("The cuts are the latest in a difficult year for small biotechs. Fierce Biotech has tracked more than 150 rounds of job cuts in the sector since January."));

    [Fact]
    public void The_same_count_with_no_tracker_is_still_reported() =>
        Assert.Equal(["more than 150"], Flagged("The cuts are the latest in a difficult year for small biotechs. There have been more than 150 rounds of job cuts in the sector since January."));

    private const string Lede = "Norrland Bio is cutting about 40% of its workforce and halting work on two early-stage programs as it tries to stretch its cash into 2028.\n\n";

    [Fact]
    public void A_lede_sourced_by_the_company_named_with_its_place_below_is_left_alone() =>
        Assert.Empty(Flagged(Lede + "The Boston biotech disclosed the layoffs in a securities filing Wednesday, saying 65 employees would leave the company by the end of January."));

    [Fact]
    public void A_lede_above_a_paragraph_that_names_another_body_is_still_reported() =>
        Assert.Equal(["about 40%"], Flagged(Lede + "The Boston Globe disclosed the layoffs in a report Wednesday, saying 65 employees would leave the company by the end of January."));
}
