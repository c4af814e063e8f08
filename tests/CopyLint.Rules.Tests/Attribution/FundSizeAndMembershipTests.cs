namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on pensions and asset-management copy: the money a fund manages, in the present after "which" or its name, the
/// membership of named funds after "which (together) have", and a body's members after a verb of standing for them
/// ("represents", "protects", "covers"); each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class FundSizeAndMembershipTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Coastline, which manages about $212 billion, completed its merger with Harbourside Hospitality Super on November 1.")]
    [InlineData("Brunel oversees about £40 billion for ten council pension funds in the south-west.")]
    [InlineData("Among those moving on January 1 are the funds for the metal sector and for the construction industry, which together have more than 2.5 million members.")]
    [InlineData("The PPF protects about 9 million members of 5,000 schemes.")]
    [InlineData("The union represents about 300,000 members in the private sector.")]
    public void A_fund_s_or_a_body_s_own_size_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Coastline, which lost about $212 billion in the crash, completed its merger on November 1.", "about $212 billion")]
    [InlineData("Coastline, which managed about $212 billion before the crash, completed its merger on November 1.", "about $212 billion")]
    [InlineData("Many funds appear to have more than 2.5 million members between them.", "more than 2.5 million")]
    [InlineData("The union lost about 300,000 members in the private sector.", "about 300,000")]
    public void A_loss_a_hedge_or_no_one_body_s_size_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
