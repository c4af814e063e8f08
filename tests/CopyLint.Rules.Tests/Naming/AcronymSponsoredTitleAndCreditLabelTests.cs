namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on an organiser's capitals in a competition's sponsored title ("the ISSA/Digicel Manning Cup") and on a
/// picture credit's label in capitals ("PHOTO: AYANNA KINSALE"); beside each, capitals of the same shape that stay reported.
/// </summary>
public sealed class AcronymSponsoredTitleAndCreditLabelTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Jamaica College won the ISSA/Digicel Manning Cup for the second year in a row on Saturday.")]
    [InlineData("Hearts of Oak lead the GFA/Betway Premier League after ten rounds.")]
    [InlineData("Calabar won the boys' title at the ISSA/GraceKennedy Boys and Girls' Athletics Championships on Saturday.")]
    public void The_organiser_in_a_sponsored_title_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("The NROCC/Digicel partnership will fund the road, the minister said.", "NROCC")]
    [InlineData("The JAAA/Puma deal runs until the World Championships.", "JAAA")]
    [InlineData("The JAAA/Puma and Nike deal runs until the World Championships.", "JAAA")]
    public void Capitals_before_a_slash_with_no_competition_title_are_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Flagged(text));

    [Fact]
    public void A_picture_label_in_capitals_before_a_credit_is_left_alone() =>
        Assert.Empty(Flagged("Water was restored on Thursday.\n\nPictured: WASA crews at work on the ruptured main at Guaracara on Wednesday. PHOTO: AYANNA KINSALE\n"));

    [Fact]
    public void Capitals_before_a_colon_that_are_not_a_picture_noun_are_still_reported() =>
        Assert.Equal(["WASA"], Flagged("Water was restored on Thursday.\n\nPictured: crews at work on the ruptured main at Guaracara on Wednesday. WASA: AYANNA KINSALE\n"));
}
