namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the outlet's own name credited in the dateline in brackets ("PRAGUE (RFE/RL) --", a slash-joined name whole)
/// or in the byline beside its service ("By Mumin Ahmadi and RFE/RL's Tajik Service"), a public broadcaster in its own
/// country's copy ("she told ERR" in Narva), a federation described by its member unions ("the trade union federation
/// FH") and a product after "a" and its kind ("an ATTO transport card"); beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymOutletCreditAndMemberBodyTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Body = "\n\nA resident who asked that his name not be used told {0} that compensation for his house had not been enough.\n";

    [Theory]
    [InlineData("World Bank backs next phase of Rogun dam\n\nBy Farangis Najibullah\n\nPRAGUE (RFE/RL) -- The World Bank has approved financing for the next stage of the dam.")]
    [InlineData("'We Live In Silence': Pamiris describe life after crackdown\n\nBy Mumin Ahmadi and RFE/RL's Tajik Service\n\nKHOROG, Tajikistan -- The market in the center of Khorog is busy again.")]
    public void The_outlet_credited_in_the_dateline_or_beside_its_service_in_the_byline_is_not_reported(string top) =>
        Assert.Empty(Acronyms(top + string.Format(Body, "RFE/RL's Tajik Service")));

    [Theory]
    [InlineData("World Bank backs next phase of Rogun dam\n\nBy Farangis Najibullah\n\nPRAGUE -- The World Bank has approved financing for the next stage of the dam.", "RFE")]
    [InlineData("'We Live In Silence': Pamiris describe life after crackdown\n\nBy Mumin Ahmadi and RFE/RL's Tajik Service\n\nKHOROG, Tajikistan -- The market in the center of Khorog is busy again, the KFRA's Tajik office said.", "KFRA")]
    public void An_outlet_credited_nowhere_or_another_body_in_the_possessive_is_still_reported(string top, string reported) =>
        Assert.Contains(reported, Acronyms(top + string.Format(Body, "RFE/RL's Tajik Service")));

    [Fact]
    public void A_public_broadcaster_in_its_own_countrys_copy_is_not_reported() =>
        Assert.Empty(Acronyms("Narva Mayor Katri Raik said the city needed a new economic base. \"We cannot live from a border that is closed,\" she told ERR.\n"));

    [Fact]
    public void The_broadcaster_in_a_story_from_elsewhere_is_still_reported() =>
        Assert.Equal(["ERR"], Acronyms("The mayor said the city needed a new economic base. \"We cannot live from a border that is closed,\" she told ERR.\n"));

    [Fact]
    public void A_federation_described_by_its_member_unions_is_not_reported() =>
        Assert.Empty(Acronyms("The trade union federation FH said it was concerned that lower thresholds could lead to social dumping.\n"));

    [Fact]
    public void A_union_described_only_by_its_trade_is_still_reported() =>
        Assert.Equal(["FH"], Acronyms("The trade union FH said it was concerned that lower thresholds could lead to social dumping.\n"));

    [Fact]
    public void A_product_after_a_and_its_kind_is_not_reported() =>
        Assert.Empty(Acronyms("The fare is 2,000 soums for a single journey, paid with an ATTO transport card or a bank card.\n"));

    [Fact]
    public void Capitals_after_a_with_no_kind_after_them_are_still_reported() =>
        Assert.Equal(["ATTO"], Acronyms("The fare is 2,000 soums for a single journey, paid with an ATTO or a bank card.\n"));
}
