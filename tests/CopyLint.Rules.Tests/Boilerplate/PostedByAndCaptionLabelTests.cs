namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Furniture lines a survey of business and science copy found missed: a blog's "Posted by" byline with its reading
/// time (CL1109) and a caption under its label with a colon, "Image caption: …" (CL1106), beside prose that must stay silent.
/// </summary>
public sealed class PostedByAndCaptionLabelTests
{
    private const string Before = "The central bank held rates on Friday.\n\n";
    private const string After = "\n\nThe decision was unanimous, the governor said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1109", "Posted by Staff Writer | 5 min read")]
    [InlineData("CL1109", "Posted by Priya Nair · 4 min read")]
    [InlineData("CL1109", "Posted by Matangi Tonga Online on 12 May 2025 | 3 min read | Updated 13 May 2025")]
    [InlineData("CL1109", "By Ngouda Dione | Published 14:32 GMT | Updated 16:05 GMT")]
    [InlineData("CL1005", "Posted by Newsdesk on 12 March 2025, 09:14")]
    [InlineData("CL1109", "3 mins to read")]
    [InlineData("CL1106", "Image caption: The orbiter during final tests at a facility in Daejeon")]
    [InlineData("CL1106", "Photo caption: The governor arrives for the meeting")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("Energy | 12 April 2025 | 4 min read")]
    [InlineData("World News · Apr 12, 2025 · 3 min read")]
    [InlineData("By Henry Lazenby | November 14, 2026 | 4 min read")]
    public void A_dated_line_with_a_reading_time_is_reported_once_as_page_metadata(string line) =>
        Assert.Equal(["CL1005"], RuleHarness.Lint(Before + line + After, "CL1005", "CL1109").Select(d => d.Id));

    [Theory]
    [InlineData("CL1109", "Posted by Staff Writer")]
    [InlineData("CL1109", "Posted by a reader who had waited 5 min to read it, the post went viral.")]
    [InlineData("CL1109", "Posted by Staff Writer | 3 min read | Updated the rules for members, the club said.")]
    [InlineData("CL1109", "Updated 16:05 GMT")]
    [InlineData("CL1005", "Posted by a neighbour on 12 March 2025, the video was shared 4,000 times.")]
    [InlineData("CL1109", "It takes 3 mins to read the rules, the club said.")]
    [InlineData("CL1109", "Energy | 12 April 2025 | the day prices went below zero, 4 min read for most.")]
    [InlineData("CL1109", "By 14:32 GMT the results were published, and by 16:05 GMT updated again.")]
    [InlineData("CL1106", "Image captions: the agency released none, the spokesman said.")]
    [InlineData("CL1106", "The image caption: a line the agency later withdrew.")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));
}
