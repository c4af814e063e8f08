namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a currency's code after its name was written out with a lower-case noun ("New Taiwan dollar" … "NTD"), on
/// an outlet straight after a picture label ("Photo: SCMP / Dickson Lee") and on Hong Kong's interbank rate in Hong Kong
/// copy; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymCurrencyNameAndPictureLabelTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Economists said the strong New Taiwan dollar could hurt exporters. The NTD has risen about 8 percent this year.")]
    [InlineData("Flu cases rose.\n\nCaption: Patients wait at the emergency department of Queen Elizabeth Hospital in Jordan on Monday. Photo: SCMP / Dickson Lee\n\nVaccination rates remained below target, the Centre for Health Protection said.")]
    [InlineData("Mortgage rates in Hong Kong eased after the interbank rate fell. HIBOR was around 3 per cent at the end of October.")]
    public void A_currency_named_before_a_credited_outlet_or_a_local_rate_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Economists said the currency could hurt exporters. The NTD has risen about 8 percent this year.", "NTD")]
    [InlineData("Flu cases rose.\n\nCaption: Patients wait at the emergency department of Queen Elizabeth Hospital in Jordan on Monday. SCMP / Dickson Lee\n\nVaccination rates remained below target, the Centre for Health Protection said.", "SCMP")]
    [InlineData("Mortgage rates in Singapore eased after the interbank rate fell. HIBOR was around 3 per cent at the end of October.", "HIBOR")]
    public void With_no_name_before_no_label_or_elsewhere_it_is_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
