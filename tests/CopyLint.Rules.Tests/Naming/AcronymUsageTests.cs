namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 on companies whose name is an acronym, described by the noun before it.</summary>
public sealed class AcronymUsageTests
{
    [Theory]
    [InlineData("Apple sold 235 million iPhones last year, according to research firm IDC. IDC said demand was weak.")]
    [InlineData("Shares of chipmaker TSMC rose 3% on Friday, the exchange said.")]
    public void A_company_described_by_the_noun_before_it_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("North Korea's state news agency KCNA said the test was a success.", "KCNA")]
    [InlineData("Apple sold 235 million iPhones last year. IDC said demand was weak.", "IDC")]
    public void A_bare_or_public_body_acronym_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);
}
