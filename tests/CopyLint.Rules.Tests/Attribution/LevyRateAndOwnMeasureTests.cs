namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures the sentence sources by its own words: the rate of a tariff or duty a named government set, the
/// reporter's own road-test result, the sample a named owner's data are based on and a list's service-line price;
/// beside each, the nearest unsourced figure that stays reported.
/// </summary>
public sealed class LevyRateAndOwnMeasureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The EU imposed additional duties of up to 35.3% on Chinese-made EVs last year following an anti-subsidy investigation.")]
    [InlineData("Exports have recovered since Beijing removed tariffs of up to 218 per cent last year.")]
    [InlineData("Washington has raised tariffs of about 25% on steel from most trading partners.")]
    public void The_rate_of_a_levy_a_named_government_set_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Exporters faced duties of up to 35.3% on cars shipped to Europe last year.", "up to 35.3%")]
    [InlineData("Exporters removed tariffs of up to 35.3% from their price lists last year.", "up to 35.3%")]
    [InlineData("The EU imposed duties that hit about 40% of Chinese-made EVs sold in Europe.", "about 40%")]
    public void A_levy_rate_with_no_setter_or_a_share_it_hits_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The hybrid returned 21.4kpl, about 40 per cent better than we achieved in the petrol version on a similar route.")]
    [InlineData("Over a week of mixed driving we averaged about 15% below the official figure.")]
    [InlineData("There's still no fan. In our sustained Cinebench loop, performance dropped about 15% after ten minutes.")]
    [InlineData("In our simulated home tests, the best smart thermostats cut heating use by up to 10% compared with a basic model.")]
    [InlineData("Playing Mario Kart World with the screen at about 70% brightness, my unit lasted two hours and 38 minutes.")]
    [InlineData("We've tested more than 400 pairs of wireless earbuds, and these are the best you can buy.")]
    public void The_reporters_own_test_result_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("In their sustained loop, performance dropped about 15% after ten minutes.", "about 15%")]
    [InlineData("Smart thermostats cut heating use by up to 10% in our area last winter.", "up to 10%")]
    [InlineData("Rivals have tested more than 400 pairs of wireless earbuds this year.", "more than 400")]
    public void A_test_that_is_not_the_reporters_own_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_comparison_with_a_rivals_result_is_still_reported() =>
        Assert.Contains("about 40 per cent", Figures("The hybrid is about 40 per cent more efficient than rivals achieved in the petrol version."));

    [Fact]
    public void The_sample_a_named_owners_data_are_based_on_is_the_owners_own() =>
        Assert.Empty(Figures("Rightmove's figures are based on the asking rents of more than 200,000 homes advertised on its site during the quarter."));

    [Fact]
    public void A_sample_with_no_owner_is_still_reported() =>
        Assert.Contains("more than 200,000", Figures("The figures are based on the asking rents of more than 200,000 homes advertised during the quarter."));

    [Theory]
    [InlineData("Smart rooms with views over the valley. Doubles from about 350 lari.")]
    [InlineData("Mains from about £18, with a set lunch on weekdays.")]
    [InlineData("Hotel Sin Nombre, a design hotel in the centre, starts at about 4,500 pesos.")]
    [InlineData("Head to the Mercado 20 de Noviembre. Expect to pay around 200 pesos for meat, tortillas and salsa for two.")]
    [InlineData("Hive Thermostat Mini (around £150): simple and reliable. Less flexible scheduling.")]
    [InlineData("Google Nest Learning Thermostat (4th gen) (around £280): good looking and clever.")]
    [InlineData("I've spent the last two months testing eight phones that cost less than $500.")]
    public void A_service_lines_price_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Hotel Sin Nombre, a design hotel in the centre, earns about 4,500 pesos a day from tours.", "about 4,500 pesos")]
    [InlineData("Diners paid around 200 pesos for meat, tortillas and salsa for two before the tax.", "around 200 pesos")]
    [InlineData("The repairs (around £150 a household) were paid by the council.", "around £150")]
    [InlineData("Flood repairs that cost about £500 were paid by the council.", "about £500")]
    public void A_sum_no_list_starts_at_and_no_reader_is_told_to_expect_is_still_reported(string text, string figure) =>
        Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_sum_from_a_level_that_is_no_service_line_is_still_reported() =>
        Assert.Contains("about 350 lari", Figures("Bribes from about 350 lari were demanded of hotel owners in Sighnaghi."));
}
