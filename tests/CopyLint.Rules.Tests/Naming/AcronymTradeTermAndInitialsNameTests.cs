namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the terms telecoms and results copy never spells out (RAN, VDSL, USIM, 5G SA, EBITDA) and on names that are
/// initials where the story is (KT in Korea, BT and the RSPB in Britain, the YMCA anywhere); beside each, the shape that
/// stays reported: the same letters outside that copy, or spelled out later in brackets.
/// </summary>
public sealed class AcronymTradeTermAndInitialsNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The operator is using Ericsson and Samsung Networks as its main RAN suppliers after buying more spectrum.")]
    [InlineData("Many households that can get broadband over fibre still choose copper-based VDSL.")]
    [InlineData("SK Telecom was fined over a breach that exposed the USIM data of almost all its customers.")]
    [InlineData("More than 250 million subscribers use its 5G standalone network, making it the largest 5G SA operator.")]
    [InlineData("The group now expects adjusted EBITDA of about €45.5 billion, after third-quarter revenue of €29.1 billion.")]
    [InlineData("The unit reported an EBIT loss for the six months as revenue rose 57%.")]
    [InlineData("South Korea's three operators, SK Telecom, KT and LG Uplus, were criticised.")]
    [InlineData("Rivals are watching closely. BT's EE has argued that the merged company has an advantage in UK spectrum.")]
    [InlineData("The RSPB said the development near Cardiff could affect birds.")]
    [InlineData("A rest centre was opened at the YMCA.")]
    [InlineData("RSPB Scotland said the birds had returned to the island.")]
    public void A_trade_term_or_a_name_of_initials_in_its_own_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The RAN said the march would go ahead.", "RAN")]
    [InlineData("The RAN market has been in decline since 2022, as operators cut 5G spending. The radio access network (RAN) business accounts for most sales.", "RAN")]
    [InlineData("The EBITDA said the plan would go ahead.", "EBITDA")]
    [InlineData("The SA said the plan would go ahead.", "SA")]
    [InlineData("The KT said the plan would go ahead.", "KT")]
    [InlineData("The RSPB said the development could affect birds.", "RSPB")]
    public void The_same_letters_outside_that_copy_or_spelled_out_later_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
