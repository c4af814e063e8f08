namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on initials no copy spells out: a business region in a job title (APAC, EMEA) and, in South African copy, a
/// union whose official name is its initials (UASA); beside an acronym of the same place and shape that is still reported.
/// </summary>
public sealed class RegionAndInitialNameAcronymTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("\"Wages growth is running a little hotter than markets expected,\" said Callam Pickering, APAC economist at the jobs website Indeed.")]
    [InlineData("Sales in EMEA rose 4%, while the Americas were flat, the company said.")]
    public void A_business_region_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_union_named_by_its_initials_in_south_african_copy_is_not_reported() =>
        Assert.Empty(Acronyms("JOHANNESBURG — The agreement was signed with the National Union of Mineworkers, Solidarity and UASA on Thursday."));

    [Fact]
    public void Another_unions_initials_beside_it_are_still_reported() =>
        Assert.Equal(["MWU"], Acronyms("JOHANNESBURG — The agreement was signed with Solidarity and UASA on Thursday. The MWU said it would not sign."));
}
