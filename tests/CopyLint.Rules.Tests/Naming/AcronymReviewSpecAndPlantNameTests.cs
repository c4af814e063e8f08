namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the spec terms of gadget reviews (the Bluetooth codecs AAC and LDAC, a QLED television, a watch's AMOLED
/// screen) and the ZZ plant of a houseplant column; beside each, the same letters outside that copy still reported.
/// </summary>
public sealed class AcronymReviewSpecAndPlantNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The earbuds support Bluetooth 5.4 and the AAC and LDAC codecs.")]
    [InlineData("QLED is a marketing term for LCD televisions that use a layer of quantum dots to improve colour.")]
    [InlineData("The smartwatch has a 1.4in AMOLED screen that is sharp and bright.")]
    [InlineData("Of all houseplants, the ZZ plant copes best with neglect.")]
    public void A_spec_term_or_a_plant_s_common_name_in_its_own_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The AAC said the helicopters would be grounded.", "AAC")]
    [InlineData("The QLED said the ruling would be appealed.", "QLED")]
    [InlineData("The ZZ said the ruling would be appealed.", "ZZ")]
    public void The_same_letters_outside_that_copy_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
