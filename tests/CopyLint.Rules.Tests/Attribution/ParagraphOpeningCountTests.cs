namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 reports a paragraph that opens on a rounded count of something other than the sourced count ending the
/// paragraph before, and still lets a count of the same thing continue that source.
/// </summary>
public sealed class ParagraphOpeningCountTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Typhoon Podul brought heavy rain to the north on Tuesday.\n\nMayor Chiang Wan-an said the city had evacuated 180 residents from hillside areas.\n\nMore than 12,000 households lost power in New Taipei City.", "More than 12,000")]
    [InlineData("The storm reached the coast on Sunday night.\n\nThe county said it had opened shelters for 250 residents near the river.\n\nAround 1,200 homes are without power.", "Around 1,200")]
    public void A_paragraph_opening_on_a_rounded_count_of_another_thing_is_reported(string text, string figure) =>
        Assert.Equal([figure], Flagged(text));

    [Theory]
    [InlineData("Protesters marched through the capital on Saturday.\n\nPolice said officers had arrested 180 people near parliament.\n\nMore than 300 people were injured in the clashes.")]
    [InlineData("Thailand received about 35 million foreign visitors last year, according to the Ministry of Tourism and Sports.\n\nAbout 30 million visitors came the year before.")]
    public void A_paragraph_opening_on_a_count_of_the_same_thing_still_takes_the_source_before(string text) =>
        Assert.Empty(Flagged(text));
}
