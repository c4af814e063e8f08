namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 in timber copy: a lower-case phrase opening its sentence ("Cross-laminated timber, or CLT,") spells its acronym
/// out as it would mid-sentence, and the forest certification schemes FSC and PEFC are known in copy about timber and
/// woodland; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymTimberTradeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("What has changed is what we can do with it. Cross-laminated timber, or CLT, lets us build walls.")]
    [InlineData("It is new. Cross-laminated timber, or CLT, is strong. CLT is light.")]
    [InlineData("The woodlands are assessed against the UK Woodland Assurance Standard, which is recognised by both PEFC and FSC.")]
    [InlineData("Most sawmills now buy only FSC-certified timber.")]
    public void A_phrase_opening_its_sentence_or_a_certification_scheme_in_timber_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("What has changed is what we can do with it. Cross-laminated panels, or CLT, let us build walls.", "CLT")]
    [InlineData("The regulator said the FSC would review the bank's licence.", "FSC")]
    public void A_phrase_that_does_not_spell_it_or_the_scheme_outside_timber_copy_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
