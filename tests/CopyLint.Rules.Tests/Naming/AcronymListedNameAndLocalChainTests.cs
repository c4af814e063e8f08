namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a name spelled out earlier as a list inside a name, with no bracket ("The Media, Entertainment and Arts
/// Alliance" … "the MEAA"), and on chains and companies local copy never spells out (HMV and DFS in British copy, CBC in
/// Canadian, KDDI in Japanese); beside each, the nearest use that stays reported.
/// </summary>
public sealed class AcronymListedNameAndLocalChainTests
{
    [Fact]
    public void A_name_whose_words_are_listed_before_its_and_spells_the_acronym_out() =>
        Assert.Empty(RuleHarness.Lint("The Media, Entertainment and Arts Alliance welcomed the bill. \"Regional newsrooms have closed,\" said Cassie Derrick, the MEAA's media director.", "CL2004"));

    [Fact]
    public void The_same_name_spelled_out_only_after_the_acronym_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("\"Regional newsrooms have closed,\" said Cassie Derrick, the MEAA's media director. The Media, Entertainment and Arts Alliance welcomed the bill.", "CL2004"));

    [Theory]
    [InlineData("Ikea opened a store on London's Oxford Street last month, in the former HMV building.")]
    [InlineData("The furniture market in the UK has been weak since 2022. DFS and ScS both reported falling orders last year.")]
    [InlineData("Ottawa said on Tuesday that CBC/Radio-Canada, the public broadcaster, will receive up to 7% of the money.")]
    [InlineData("Lawson will test cashier-free stores in Tokyo. KDDI, which took a half stake in Lawson last year, will provide the technology.")]
    public void A_chain_or_company_local_copy_names_by_its_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The furniture market in Ohio has been weak since 2022. DFS and ScS both reported falling orders last year.")]
    [InlineData("Lawson will test cashier-free stores in Seoul. KDDI, which took a half stake in Lawson last year, will provide the technology.")]
    public void The_same_initials_in_a_story_set_elsewhere_are_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("Frozen berries sold across Australia were recalled. The products were sold at Coles, Woolworths, IGA and independent grocers.")]
    [InlineData("Dozens died in Manila. Weather bureau PAGASA said another storm could come.")]
    [InlineData("NFU Cymru said it would push for funding to help farmers with vaccination.")]
    [InlineData("Poultry farmers are waiting too long for compensation, the NFU has said. Defra pays for culled birds. Farmers who suspect disease should call the APHA.")]
    [InlineData("Pork was recalled, the Agriculture Department's Food Safety and Inspection Service said. It carries the number inside the USDA inspection mark.")]
    public void A_chain_agency_or_union_its_country_or_trade_knows_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("IGA said the products had been withdrawn from sale.", "IGA")]
    [InlineData("The state agency PAGASA said another storm could come.", "PAGASA")]
    [InlineData("The NFU Cymru president said the show was cancelled.", "NFU")]
    [InlineData("Public health experts at the APHA said the outbreak was growing.", "APHA")]
    [InlineData("It carries the number inside the USDA inspection mark.", "USDA")]
    public void The_same_names_outside_their_country_or_trade_are_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])]);
}
