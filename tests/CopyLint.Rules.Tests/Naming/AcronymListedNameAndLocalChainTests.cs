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
}
