namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on a given name alone against the full name of two words it opens, in a story that refers to the person by
/// the given name ("Amna Idris, 52" … "Amna, 54"), beside a story that writes the surname alone and a sentence that names
/// a relative, where the given name may be someone else's.
/// </summary>
public sealed class AgeGivenNameSecondReferenceTests
{
    [Theory]
    [InlineData("Amna Idris, 52, grows sorghum near Keren.\n\nAmna, 54, said the rains came on time.", "'Amna' is 54 here but 52 on line 1")]
    [InlineData("Sunneva Joensen, 34, drives the tunnel every day.\n\nSunneva, 36, said the toll was fair.", "'Sunneva' is 36 here but 34 on line 1")]
    public void A_given_name_against_the_full_name_it_opens_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("Amna Idris, 52, grows sorghum near Keren.\n\nIdris said the harvest was good.\n\nAmna, 24, said the rains came on time.")]
    [InlineData("Tom Hale, 45, runs the farm.\n\nHis son Tom, 12, feeds the calves.")]
    public void A_surname_style_story_or_a_relative_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));
}
