namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a company described by its trade before its initials ("the private producer SQM") and an index named for
/// the measure written before "measured by" ("consumer price inflation, measured by the IPCA index,"); each beside the
/// nearest shape that still asks for the name.
/// </summary>
public sealed class AcronymProducerAndMeasuredIndexTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Codelco and the private producer SQM have formed a joint venture to mine the salt flat from 2031.")]
    [InlineData("Annual consumer price inflation, measured by the IPCA index, stood at 4.7% in October.")]
    public void A_described_company_or_a_measured_index_is_explained(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Codelco and the producers' group SQM have formed a joint venture to mine the salt flat from 2031.", "SQM")]
    [InlineData("Annual inflation stood at 4.7% in October, according to the IPCA index.", "IPCA")]
    public void A_group_of_producers_or_an_index_with_nothing_measured_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
