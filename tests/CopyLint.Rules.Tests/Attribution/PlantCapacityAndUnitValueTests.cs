namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures that are specifications, not counts: a plant's rated throughput after a modal ("which can process up
/// to 330,000 barrels of crude a day") and what a unit of account the sentence glosses is worth ("it is worth about
/// 39,700 pesos"), and a profiled person's own pay in a sentence that opens with their name and age; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class PlantCapacityAndUnitValueTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Fact]
    public void A_plant_s_rated_throughput_is_a_specification() =>
        Assert.Empty(Figures("The Salina Cruz refinery, which can process up to 330,000 barrels of crude a day, has had several fires in recent years."));

    [Fact]
    public void What_a_plant_processed_is_still_a_claim() =>
        Assert.Contains("about 180,000", Figures("The Salina Cruz refinery processed about 180,000 barrels of crude a day last year, well below its capacity."));

    [Fact]
    public void A_unit_of_account_s_value_is_a_conversion() =>
        Assert.Empty(Figures("The UF, or unidad de fomento, is an inflation-linked unit of account used in Chile for contracts, mortgages and pensions; it is worth about 39,700 pesos."));

    [Theory]
    [InlineData("The unit, which makes pension software, is worth about 39,700 million pesos.", "about 39,700 million pesos")]
    [InlineData("The UF, an inflation-linked unit of account, was worth about 20,000 pesos when the fund was created.", "about 20,000 pesos")]
    public void A_business_unit_s_value_or_a_past_value_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_profiled_person_s_own_pay_is_theirs() =>
        Assert.Empty(Figures("Jorge Tito Mamani, 33, drives a truck for a contractor and earns about 1.4 million pesos a month, more than double what he earned as a tour guide."));

    [Theory]
    [InlineData("Truck drivers at the mine earn about 1.4 million pesos a month, more than double a tour guide's pay.", "about 1.4 million pesos")]
    [InlineData("The contractor, which employs Jorge Tito Mamani, 33, pays about 1.4 million pesos a month.", "about 1.4 million pesos")]
    public void Pay_in_general_or_a_payer_s_figure_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
