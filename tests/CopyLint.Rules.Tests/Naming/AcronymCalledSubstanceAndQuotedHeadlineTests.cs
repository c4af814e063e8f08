namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on an instrument named after its description ("a camera called VIS"), a mission after a capitals owner's
/// possessive ("NASA's DART spacecraft"), capitals spelled out later in their own sentence, chemicals' letters in a list
/// that names them as substances, a headline that closes on a quoted phrase, and a company whose name is its initials (IHI);
/// beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymCalledSubstanceAndQuotedHeadlineTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Euclid's images are taken with two instruments: a visible-light camera called VIS and a near-infrared spectrometer.")]
    [InlineData("A: We have shown we can change an asteroid's path. In 2022 NASA's DART spacecraft hit the moonlet Dimorphos.")]
    [InlineData("Comet 3I/ATLAS was discovered on July 1 by the Asteroid Terrestrial-impact Last Alert System, a survey telescope in Chile.")]
    [InlineData("The agency will retain limits for PFOA and PFOS, two per- and polyfluoroalkyl substances (PFAS) that have been linked to cancer.")]
    [InlineData("It will move to rescind limits for PFHxS, PFNA, GenX chemicals and a mixture standard covering several compounds.")]
    [InlineData("The propulsion system is being developed by Rolls-Royce, Avio Aero and IHI.")]
    public void A_name_given_after_a_description_or_in_its_own_sentence_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The report was written by an agency called KFRA, which has not published its data.", "KFRA")]
    [InlineData("In 2022 NASA's DART hit the moonlet Dimorphos and shortened its orbit.", "DART")]
    [InlineData("Comet 3I/ATLAS was discovered on July 1. The Asteroid Terrestrial-impact Last Alert System found it.", "ATLAS")]
    [InlineData("The album was certified platinum by the RIAA on Friday, the Recording Industry Association of America announced.", "RIAA")]
    [InlineData("The KFRA and the PFNA, two regulators, said the limits would stand.", "PFNA")]
    public void The_same_capitals_left_unexplained_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms("The findings were published on Tuesday.\n\n" + text));

    [Fact]
    public void A_headline_that_closes_on_a_quoted_phrase_is_display_copy() =>
        Assert.Empty(Acronyms("Vanuatu hails ICJ climate ruling as 'victory for our planet'\n\n"
            + "Vanuatu's climate minister has called the International Court of Justice's advisory opinion a victory.\n\n"
            + "The minister said the small Pacific nation would use it to pursue compensation."));

    [Fact]
    public void Under_a_headline_closing_on_a_quote_a_body_use_before_the_name_is_still_reported() =>
        Assert.Equal(["ICJ"], Acronyms("Vanuatu hails ruling as 'victory for our planet'\n\n"
            + "Vanuatu's climate minister has welcomed the ICJ opinion.\n\n"
            + "The International Court of Justice gave its advisory opinion on Wednesday."));
}
