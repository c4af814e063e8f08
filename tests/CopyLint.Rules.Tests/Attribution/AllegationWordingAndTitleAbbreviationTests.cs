namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on court copy: the wording of an allegation whose maker the noun phrase names, and a speaker after an
/// abbreviated prosecutor's title ("Deputy Dist. Atty. Brenda Oyelowo told the judge"); beside each, the shape that stays reported.
/// </summary>
public sealed class AllegationWordingAndTitleAbbreviationTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Mrs Justice Steyn ruled on Wednesday that the central allegation in a 2024 episode of the Shelf Life podcast – that Rosalind Achebe-Hart had copied \"whole scenes, nearly word for word\" from a 1974 novel – was substantially true.")]
    [InlineData("The judge rejected the claim by Ofwat that the company had \"failed in every part of its duty to customers\".")]
    [InlineData("Smith's claim that he was \"the victim of a sustained campaign of lies\" was rejected by the jury.")]
    public void The_wording_of_an_allegation_whose_maker_is_named_is_credited(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("The allegation that she had copied \"whole scenes, nearly word for word\" from a 1974 novel was substantially true.")]
    [InlineData("The allegation against Rosalind Achebe-Hart – that she had copied \"whole scenes, nearly word for word\" from a novel – was found to be true.")]
    public void An_allegation_with_no_maker_named_is_still_reported(string text) => Assert.Equal(1, Quotes(text));

    [Fact]
    public void A_speaker_after_an_abbreviated_title_is_found() =>
        Assert.Equal(0, Quotes("He fled the scene.\n\n\"He left two children dying in the street and went home,\" Deputy Dist. Atty. Brenda Oyelowo told the judge. \"He made a choice to run and he made a choice to hide.\""));

    [Fact]
    public void A_quotation_with_no_speaker_after_the_title_is_still_reported() =>
        Assert.Equal(1, Quotes("He fled the scene and was arrested later.\n\n\"He left two children dying in the street and went home.\" The case was heard in Van Nuys."));
}
