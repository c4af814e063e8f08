namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on civic copy: who a utility or a school serves, in the present tense, is its standing size; the objections on a
/// planning file and the speakers' list of a hearing are tallies of the public record; each beside the claim of the same
/// shape that is still reported.
/// </summary>
public sealed class ServedBaseAndHearingTallyTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Keystone Valley Water, a subsidiary of Tri-State Water Holdings, serves about 450,000 customers in 32 counties.")]
    [InlineData("Phoenix provides water to about 1.7 million residents.")]
    [InlineData("The trust supplies more than 80,000 homes across the county.")]
    public void Who_a_utility_serves_is_its_standing_size(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Keystone Valley Water served about 450,000 customers during the outage.", "about 450,000")]
    [InlineData("The clinic serves about 600 patients a week.", "about 600")]
    [InlineData("Phoenix provides water to about 1.7 million people who cannot afford it.", "about 1.7 million")]
    public void What_it_served_in_a_period_or_to_whom_in_general_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Plans to convert the Plough Inn into three houses have been withdrawn after more than 300 people objected.")]
    [InlineData("More than 190 people signed up to speak.")]
    [InlineData("About 40 residents objected to the application.")]
    public void Objections_on_a_file_and_a_hearing_s_speakers_are_a_public_tally(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("More than 300 people protested outside the town hall.", "More than 300")]
    [InlineData("More than 300 people objected on social media.", "More than 300")]
    [InlineData("More than 190 people signed up for the course.", "More than 190")]
    public void A_crowd_or_objections_with_no_file_are_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Under the new contract, Villanueva is eligible for a performance bonus of up to 5 percent of his salary.")]
    [InlineData("If approved, permission would last 40 years. A condition would require a biodiversity net gain of at least 10 per cent.")]
    public void A_bound_set_by_a_contract_or_a_condition_is_its_term(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Under the new contract, costs could rise by up to 5 percent.", "up to 5 percent")]
    [InlineData("The repairs would require at least £5m.", "at least £5m")]
    public void What_a_contract_could_do_or_what_work_would_need_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_change_the_approved_thing_will_make_is_the_decision_s_term() =>
        Assert.Empty(Figures("The Pennsylvania Public Utility Commission on Thursday approved a rate increase for Keystone Valley Water that will raise the typical residential water bill by about 9 percent, less than half of what the company requested."));

    [Fact]
    public void A_change_the_approved_thing_could_make_is_still_a_claim() =>
        Assert.Contains("about 9 percent", Figures("The Pennsylvania Public Utility Commission on Thursday approved a rate increase for Keystone Valley Water that could raise the typical residential water bill by about 9 percent."));

    [Theory]
    [InlineData("Estrada is one of two counselors for Ridgeview's 1,210 students in Bakersfield, a ratio of about 600 to one.")]
    [InlineData("The company's leakage figure equates to about a fifth of the water it puts into supply.")]
    public void A_ratio_or_share_worked_out_from_a_figure_is_the_writer_s_arithmetic(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Many schools have too few counselors, a ratio of about 600 to one.", "about 600")]
    [InlineData("The company's leakage equates to about a fifth of the water it puts into supply.", "about a fifth")]
    public void A_ratio_or_share_with_no_figure_to_work_from_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void What_a_planning_application_includes_is_on_its_file() =>
        Assert.Empty(Figures("The application, reference 25/03112/FUL, was submitted by Tynedale Renewables and would include around 95,000 panels."));

    [Fact]
    public void What_a_scheme_includes_other_than_homes_is_still_a_claim() =>
        Assert.Contains("around 95,000", Figures("The scheme was submitted by Tynedale Renewables and would include around 95,000 panels."));
}
