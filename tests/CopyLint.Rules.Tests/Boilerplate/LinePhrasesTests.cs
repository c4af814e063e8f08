using CopyLint.Rules.Boilerplate;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>Cue phrases match a whole line whatever its case, spacing, curly apostrophes or trailing colon; a prefix needs more after it.</summary>
public sealed class LinePhrasesTests
{
    private static readonly LinePhrases Cues = new(["Most read", "Don't miss", "More from *", "Read more:", "You may also like"]);

    [Theory]
    [InlineData("Most read")]
    [InlineData("MOST  READ:")]
    [InlineData("Most\tread :")]
    [InlineData("Don’t miss")]
    [InlineData("More from   BBC News")]
    [InlineData("Read more")]
    [InlineData("You may also like")]
    public void A_cue_line_matches(string line) => Assert.True(Cues.MatchesLine(line));

    [Theory]
    [InlineData("Most read stories of the week about the flooding in the north of the county")]
    [InlineData("Most")]
    [InlineData("More from")]
    [InlineData("More fromage")]
    [InlineData("You may also like the new library, which opens on Monday after a long refurbishment.")]
    [InlineData("The most read story")]
    public void Prose_that_starts_like_a_cue_does_not(string line) => Assert.False(Cues.MatchesLine(line));

    [Theory]
    [InlineData("Read more: https://example.com/story", 10)]
    [InlineData("READ  MORE: Storm warning", 11)]
    [InlineData("Read more about it: here", 0)]
    [InlineData("Most read: the list", 0)]
    [InlineData("Read more:", 0)]
    [InlineData("READ MORE | Storm warning", 11)]
    [InlineData("Read more about it | here", 0)]
    public void A_lead_is_measured_in_the_line(string line, int length) => Assert.Equal(length, Cues.LeadLength(line));
}
