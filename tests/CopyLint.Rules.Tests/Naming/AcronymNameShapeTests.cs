namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on names that are no acronym to spell out: a dateline in bold, an honour, a memory chip, an act's dotted
/// name, a journal called "The …" under a headline that names it, a company named beside another before their product;
/// beside each, the defect of the same shape that stays reported.
/// </summary>
public sealed class AcronymNameShapeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Carmaker's profit rises\n\n**PUNE:** Tata Motors said on Tuesday its quarterly profit rose 12%.")]
    [InlineData("Carmaker's profit rises\n\n*CHENNAI:* Ashok Leyland said on Tuesday its quarterly profit rose 12%.")]
    [InlineData("The novelist was appointed DBE in 2011 and made a Companion of Honour in 2020.")]
    [InlineData("Prices of DRAM and NAND chips rose again in the quarter as supply tightened.")]
    [InlineData("Her nephew, a producer who records as D.A.M.I., sampled the song last year.")]
    [InlineData("Statin use rose, BMJ study finds\n\nStatin use rose by a fifth in a decade, according to a study published in The BMJ.")]
    [InlineData("Shots made by BNX, Pfizer and Moderna were approved in 2023.\n\nRegulators later added a warning to the Pfizer and BNX vaccines.")]
    public void A_name_that_is_no_acronym_to_spell_out_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Carmaker's profit rises\n\n**Pune:** The KFRA said on Tuesday it would appeal the ruling.", "KFRA")]
    [InlineData("Groups such as S.O.B.E.R. criticised the plan on Monday.", "S.O.B.E.R.")]
    [InlineData("Shots made by BNX, Pfizer and Moderna were approved in 2023.\n\nBNX said on Monday supplies were ample.", "BNX")]
    [InlineData("Regulators added a warning to the Pfizer and BNX vaccines in May.", "BNX")]
    [InlineData("KFRA is gone, but its lessons are forgotten\n\nWhen the last of KFRA's staff left this autumn, there was no ceremony.", "KFRA")]
    public void An_acronym_of_the_same_shape_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
