namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a campaigning body after a noun of kind that opens its sentence: "Advocacy group OPAN said" is no company named
/// in passing, as "advocacy group OPAN" mid-sentence is not; beside it, a firm after a noun of kind opening its sentence,
/// still left alone.
/// </summary>
public sealed class AcronymAdvocacyGroupOpeningTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => d.Span).Select(s => text[s.Start..s.End])];

    [Theory]
    [InlineData("Advocacy group OPAN said it had received hundreds of calls from residents and families.", "OPAN")]
    [InlineData("Families were confused, advocacy group OPAN said.", "OPAN")]
    public void A_campaigning_body_after_a_noun_of_kind_is_reported_wherever_it_stands(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));

    [Fact]
    public void A_firm_after_a_noun_of_kind_opening_its_sentence_is_still_left_alone() =>
        Assert.Empty(Acronyms("Research firm IDC said shipments had fallen for a third quarter."));
}
