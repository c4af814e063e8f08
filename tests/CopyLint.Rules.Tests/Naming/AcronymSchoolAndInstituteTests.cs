namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the initials local copy never spells out: a school's PTA in a story naming a school, and the WI in a story
/// naming a Women's Institute; beside the same letters in copy that names neither, which stay reported.
/// </summary>
public sealed class AcronymSchoolAndInstituteTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Christmas fair, St Mary's Primary School, Church Street, Hadleigh, 3.30pm to 6pm. Free entry. All proceeds to the PTA.")]
    [InlineData("Twenty-eight members gathered for the November meeting of Brancaster Women's Institute.\n\nNew members are always welcome. The WI meets on the second Tuesday of the month.")]
    public void A_PTA_beside_a_school_or_a_WI_beside_its_institute_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Christmas fair, Guildhall, Hadleigh, 3.30pm to 6pm. Free entry. All proceeds to the PTA.", "PTA")]
    [InlineData("Twenty-eight members gathered at Brancaster Village Hall.\n\nNew members are always welcome. The WI meets on the second Tuesday of the month.", "WI")]
    public void The_same_letters_with_no_school_or_institute_named_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
