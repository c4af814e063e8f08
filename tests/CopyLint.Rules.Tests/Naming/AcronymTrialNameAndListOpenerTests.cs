namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a trial's name after its phase, on the first name of a list of names after "include", and on business
/// abbreviations every reader knows (VC, HR) and a programming language (COBOL); beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymTrialNameAndListOpenerTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Phase 3 ORCHID study enrolled 1,412 patients across 14 countries. The ORCHID trial missed its goal.")]
    [InlineData("Results from a Phase 2b TRAILBLAZER trial are due next year.")]
    [InlineData("The company started the phase III SERENE study in 2024.")]
    public void A_trial_named_after_its_phase_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The ORCHID study enrolled 1,412 patients across 14 countries, the KFRA said.", "KFRA")]
    [InlineData("Phase 3 results were due in May. KFRA said the study had enrolled 1,412 patients.", "KFRA")]
    public void An_acronym_with_no_phase_straight_before_it_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The recipients include STV, BECO Capital and Raed Ventures, Jada said in a statement.")]
    [InlineData("Its backers included KFRA and Sequoia Capital.")]
    public void The_first_of_a_list_of_names_after_include_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The talks included KFRA, the ministry and the unions.", "KFRA")]
    [InlineData("The recipients include KFRA, which runs the fund.", "KFRA")]
    public void An_acronym_after_include_that_opens_no_list_of_names_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The fund has become the largest source of capital for regional VCs.")]
    [InlineData("Employees of Vantyr, the payroll and HR software startup, are selling shares.")]
    [InlineData("Codeloom sells agents that read old COBOL and Java codebases.")]
    public void Business_abbreviations_and_a_language_every_reader_knows_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_lesser_known_acronym_in_business_copy_is_still_reported() =>
        Assert.Equal(["DPI"], Acronyms("The fund's DPI is 1.4x, ahead of most regional VCs."));
}
