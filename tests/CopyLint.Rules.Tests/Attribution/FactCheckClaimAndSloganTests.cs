namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on fact-checks and protest copy: a fact-check's quoted claim with its dated source line under it,
/// and placard slogans given as examples, one after another; beside each, the quotation of the same shape that stays reported.
/// </summary>
public sealed class FactCheckClaimAndSloganTests
{
    private const string Claim = "Claim check\n\nThe Statement\n\n\"Australia let in a million migrants last year alone.\"\n\n";

    [Theory]
    [InlineData(Claim + "Post on X by a minor party candidate, February 2, 2025. The post was viewed more than 600,000 times.\n")]
    [InlineData(Claim + "Facebook post, 10 May 2024.\n")]
    [InlineData(Claim + "Pauline Hanson, February 2, 2025.\n")]
    public void A_claim_with_its_dated_source_line_under_it_is_attributed(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData(Claim + "Polls closed on February 2, 2025.\n")]
    [InlineData(Claim + "The vote was held on Monday, February 2, 2025.\n")]
    [InlineData(Claim + "The Greens won in New South Wales, February 2, 2025.\n")]
    [InlineData(Claim + "Post on X by a minor party candidate. The post was viewed more than 600,000 times.\n")]
    public void A_lone_quotation_over_prose_or_an_undated_line_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("In Bogotá, the marchers walked to the square, carrying placards with slogans such as \"Health is a right, not a favour\" and \"We teach, we don't beg\".")]
    [InlineData("The crowd held banners such as \"Our children deserve better than this\", \"No more cuts to our schools\" or \"Pay us what we are owed\".")]
    [InlineData("The protesters carried placards with inscriptions such as \"We served, pay us\", \"Our gratuities, our right\" and \"We are dying in poverty\".")]
    public void Slogans_given_as_examples_are_not_speech(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void A_list_after_a_noun_of_demands_rather_than_wording_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("The protesters came with grievances such as \"We served, pay us\", \"Our gratuities, our right\" and \"We are dying in poverty\".", "CL3003"));

    [Fact]
    public void Quotations_joined_by_and_with_no_noun_of_wording_are_still_reported() =>
        Assert.Equal(2, RuleHarness.Lint("The march went on for hours, and \"we will not stop until they listen\" and \"our children deserve better than this today\" were heard.", "CL3003").Count);
}
