namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a news release: the issuer's account of its own work ("Its medical team has performed more than 300
/// surgical procedures") is the issuer's; a figure about anything else, or the same sentence outside a release, is reported.
/// </summary>
public sealed class NewsReleaseOwnWorkTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string IcrcRelease = "ICRC field hospital in Rafah treats patients in first month\n\nNews release\n\n"
        + "Geneva — The field hospital in Rafah has treated its first patients since it opened on 21 May, the ICRC said today.\n\n";

    private const string WfpRelease = "Yemen: IPC warns of famine risk\n\nWorld Food Programme News Release\n\n"
        + "SANA'A — Families are skipping meals, according to WFP market monitoring data.\n\n";

    [Theory]
    [InlineData(IcrcRelease + "The hospital includes an emergency room and a maternity ward. Its medical team has performed more than 300 surgical procedures.\n")]
    [InlineData(WfpRelease + "WFP is providing nutrition support to more than 1 million children and pregnant women across Yemen.\n")]
    [InlineData("Yemen: IPC warns of famine risk\n\nWorld Food Programme News Release\n\nSANA'A — Families are skipping meals.\n\n"
        + "WFP is providing nutrition support to more than 1 million children and pregnant women across Yemen.\n")]
    public void The_issuer_s_own_work_in_its_release_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData(WfpRelease + "About 40,000 families in Aden have sold their last assets.\n", "About 40,000")]
    [InlineData("ICRC field hospital in Rafah treats patients in first month\n\nBy a staff reporter\n\n"
        + "Geneva — The field hospital in Rafah has treated its first patients since it opened on 21 May, the ICRC said today.\n\n"
        + "The hospital includes an emergency room and a maternity ward. Its medical team has performed more than 300 surgical procedures.\n", "more than 300")]
    [InlineData(WfpRelease + "The Houthis are blocking aid to more than 1 million children across Yemen.\n", "more than 1 million")]
    [InlineData("Yemen: IPC warns of famine risk\n\nWorld Food Programme News Release\n\nSANA'A — Families are skipping meals.\n\n"
        + "UNICEF is providing nutrition support to more than 1 million children across Yemen.\n", "more than 1 million")]
    public void Another_s_figure_or_the_same_work_outside_a_release_is_still_reported(string text, string figure) =>
        Assert.Equal([figure], Figures(text));
}
