namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 leaves alone initials every reader knows (rules/lists/known-acronyms.txt): airline brands, country codes in currencies, record labels, eras; and a broadcaster known in its own country (known-acronyms-local.txt).</summary>
public sealed class KnownBrandAcronymTests
{
    [Theory]
    [InlineData("Passengers on TAP flights faced delays on Tuesday, and TAP said demand had never been higher.")]
    [InlineData("KLM cancelled 40 flights at Schiphol, and KLM passengers were rebooked.")]
    [InlineData("Norwegian and SAS fly from London to Bodø via Oslo, from about £220 return.")]
    [InlineData("Under the new timetable, LNER will run a sixth train an hour out of King's Cross, LNER said.")]
    public void A_carrier_known_by_its_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Fact]
    public void A_currency_in_New_Zealand_dollars_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint("The government will hold new spending to NZ$1.3 billion a year, down from NZ$2.4 billion.", "CL2004"));

    [Theory]
    [InlineData("The 6.3in OLED screen is bright and sharp, and the battery lasts two days.")]
    [InlineData("His songs, often stretching across a full side of an LP, mixed praise and protest.")]
    [InlineData("Most of the cars were sold in Vietnam, where the company's taxi affiliate GSM is its largest customer.")]
    public void An_everyday_term_or_a_described_company_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Fact]
    public void An_agency_described_by_a_noun_is_still_reported() =>
        Assert.NotEmpty(RuleHarness.Lint("The ruling was confirmed by the regulator GSMA on Tuesday.", "CL2004"));

    [Fact]
    public void A_ticket_brand_in_capitals_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint("Thousands of people lined up at the TKTS booth in Times Square on Friday.", "CL2004"));

    [Fact]
    public void Unknown_capitals_before_the_same_noun_are_still_reported() =>
        Assert.Single(RuleHarness.Lint("Thousands of people lined up at the BTKS booth in Times Square on Friday.", "CL2004"));

    [Theory]
    [InlineData("Against the competition, which includes András Schiff's wise ECM account, this new release holds its own.")]
    [InlineData("She signed to EMI at 19 and recorded the concertos twice.")]
    [InlineData("The temple was built in the 8th century CE and rebuilt after the flood.")]
    public void A_record_label_or_an_era_known_by_its_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Fact]
    public void Unknown_capitals_before_the_same_recording_noun_are_still_reported() =>
        Assert.Single(RuleHarness.Lint("Against the competition, which includes András Schiff's wise EKM account, this new release holds its own.", "CL2004"));

    private const string Scala = "The season opened at La Scala in Milan on Sunday. The performance is broadcast live on state television RAI.";

    [Fact]
    public void The_state_broadcaster_in_an_Italian_story_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint(Scala, "CL2004"));

    [Fact]
    public void The_same_initials_in_a_story_naming_no_Italian_place_are_still_reported() =>
        Assert.Single(RuleHarness.Lint(Scala.Replace("La Scala in Milan", "the opera house", StringComparison.Ordinal), "CL2004"));
}
