namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures emergency-service and council copy gives with no "said": the crews at work on a fire, the goods a
/// burning building held, the sum a subject asks for, and a share a law sets; beside each, the nearest shape that stays a claim.
/// </summary>
public sealed class FireSceneRequestAndEnactedTermTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("More than 120 firefighters from career and volunteer brigades and local government are fighting the fire, supported by water bombers.")]
    [InlineData("About 150 fire engines were tackling the blaze on the moor by nightfall.")]
    public void Crews_at_work_on_a_fire_are_the_service_s_turnout(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("More than 200 firefighters attended the rally outside the town hall on Saturday.", "More than 200")]
    [InlineData("More than 120 firefighters were injured fighting the fire last summer.", "More than 120")]
    [InlineData("More than 120 volunteers are fighting the fire alongside the brigade.", "More than 120")]
    public void A_crowd_of_firefighters_a_toll_or_other_helpers_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The barn, which contained about 200 bales of hay and straw, was well alight when crews arrived.")]
    [InlineData("The unit, which held more than 300 tyres, was destroyed.")]
    public void What_a_burning_building_held_describes_the_scene(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The shed, which held about 200 sheep, was destroyed.", "about 200")]
    [InlineData("The barn contained about 200 bales of hay when it was searched.", "about 200")]
    public void Animals_held_and_contents_outside_a_relative_clause_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Leaders of six fire companies presented a joint request to supervisors at a meeting Tuesday, asking for a combined increase of about $180,000 a year.")]
    [InlineData("The union is calling for pay rises of at least 10% next year.")]
    public void A_sum_a_subject_asks_for_is_its_own_position(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The company was asked for about $180,000 in back taxes.", "about $180,000")]
    [InlineData("Crews were called for more than 200 incidents during the storm.", "more than 200")]
    public void Asking_in_the_passive_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_share_a_law_sets_is_a_figure_of_record() =>
        Assert.Empty(Figures("The government has also legislated to release most short-term prisoners after serving 40 per cent of their sentence instead of 50 per cent."));

    [Theory]
    [InlineData("The government legislated to cut the deficit, which had grown by about 40 per cent in a decade.", "about 40 per cent")]
    [InlineData("Ministers legislated after about 40 per cent of landlords left the market.", "about 40 per cent")]
    public void A_share_outside_the_law_s_terms_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    private const string ReportLede = "Deliberate fires fall but kitchen blazes remain main cause of house fires, service report shows\n\nDeliberate fires fell by a fifth last year, according to Cleveland Fire Brigade's annual report.\n\n";

    [Fact]
    public void A_body_s_own_work_below_a_lede_citing_its_report_is_sourced_by_it() =>
        Assert.Empty(Figures(ReportLede + "The brigade carried out 11,240 Safe and Well visits during the year, fitting more than 6,000 smoke alarms."));

    [Theory]
    [InlineData(ReportLede + "The council carried out 11,240 inspections during the year, fitting more than 6,000 smoke alarms.", "more than 6,000")]
    [InlineData("Deliberate fires fell by a fifth last year, the brigade said.\n\nThe brigade carried out 11,240 Safe and Well visits during the year, fitting more than 6,000 smoke alarms.", "more than 6,000")]
    public void Another_body_s_work_or_no_report_cited_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
