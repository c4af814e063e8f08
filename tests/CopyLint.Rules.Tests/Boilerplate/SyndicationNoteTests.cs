namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A syndication note naming where the story first ran, alone on its line (CL1110); beside prose that says where a
/// report was first published and must stay silent.
/// </summary>
public sealed class SyndicationNoteTests
{
    private const string Before = "Hotel bookings through online travel agencies rose in the quarter.\n\n";
    private const string After = "\n\nThe company will report full-year results in February.\n";

    private static int Reports(string line) => RuleHarness.Lint(Before + line + After, "CL1110").Count;

    [Theory]
    [InlineData("This article was originally published on Skift.com. Republished with permission.")]
    [InlineData("This story was originally published by ProPublica.")]
    public void A_syndication_note_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("The report was originally published in Dutch and has since been translated, the ministry said.")]
    [InlineData("Booking data in this article was originally compiled by STR for the association.")]
    public void Prose_that_says_where_a_report_first_ran_is_not(string line) => Assert.Equal(0, Reports(line));
}
