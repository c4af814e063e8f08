namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a planning list: the type code inside an application's reference number ("25/03112/FUL") is part of an
/// identifier; beside it, capitals joined by a slash to something other than a reference, still reported.
/// </summary>
public sealed class AcronymReferenceNumberTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The application, reference 25/03112/FUL, was submitted by Tynedale Renewables in March.")]
    [InlineData("26/00841/LBA, 12 Gay Street: replacement of two sash windows.")]
    [InlineData("26/00820/OUT, land west of Wellsway: outline plans for 40 homes.")]
    [InlineData("The council's file, DC/25/1234/LBC, shows no objections.")]
    public void A_type_code_inside_a_reference_number_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The LBA/PSA office said the windows would be replaced.", "LBA")]
    [InlineData("The office at 12/LBA said the windows would be replaced.", "LBA")]
    [InlineData("Reference 25/03112 was lodged by the TCA last week.", "TCA")]
    public void Capitals_beside_a_slash_outside_a_reference_number_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
