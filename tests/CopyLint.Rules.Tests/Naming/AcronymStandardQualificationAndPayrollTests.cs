namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on accountancy copy: a standard's designation with a bracketed jurisdiction before its number, a qualification
/// named by its kind inside a longer name, and PAYE in British tax copy; each beside the shape that stays reported.
/// </summary>
public sealed class AcronymStandardQualificationAndPayrollTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Financial Reporting Council's revised standard on the subject, ISA (UK) 570, has made that harder to ignore.")]
    [InlineData("The institute reported its highest pass rate for the Advanced Level of the ACA qualification since 2019.")]
    [InlineData("The club was wound up by HM Revenue & Customs over unpaid PAYE of about £1.4m.")]
    [InlineData("The penalty is collected through your PAYE tax code, HM Revenue & Customs said.")]
    public void A_standard_a_qualification_and_British_payroll_tax_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The council said the ISA (UK) would review the standard.", "ISA")]
    [InlineData("The institute said ACA members passed in record numbers.", "ACA")]
    [InlineData("The company was owed money over unpaid PAYE of about $1.4m.", "PAYE")]
    public void The_same_acronyms_standing_alone_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
