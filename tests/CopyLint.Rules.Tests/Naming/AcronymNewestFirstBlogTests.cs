namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 in a live blog that runs newest first, whose first entry (at the foot) spells out an acronym the later entries
/// above it use, and on an Oklahoma utility known by its initials in Oklahoma copy; beside each, the nearest form that
/// stays reported: a blog whose times rise, an acronym spelled out further down its own entry, the utility outside Oklahoma.
/// </summary>
public sealed class AcronymNewestFirstBlogTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Headline = "German coalition talks live: parties announce deal\n\n";

    private const string Entries =
        Headline + "3.20pm CET\n\nThe SPD says its members will vote on the agreement online.\n\n"
        + "12.40pm CET\n\nOur correspondent says the mood was relieved.\n\n"
        + "10.00am CET\n\nGood morning. The Social Democratic Party (SPD) is expected to announce a deal.\n";

    private const string RisingEntries =
        Headline + "10.00am CET\n\nThe SPD says its members will vote on the agreement online.\n\n"
        + "12.40pm CET\n\nOur correspondent says the mood was relieved.\n\n"
        + "3.20pm CET\n\nGood morning. The Social Democratic Party (SPD) is expected to announce a deal.\n";

    private const string SameEntry =
        Headline + "3.20pm CET\n\nThe SPD says its members will vote on the agreement online.\n\nThe Social Democratic Party (SPD) met at noon.\n\n"
        + "12.40pm CET\n\nOur correspondent says the mood was relieved.\n\n"
        + "10.00am CET\n\nGood morning. The parties are expected to announce a deal.\n";

    [Fact]
    public void An_acronym_spelled_out_in_an_earlier_entry_lower_down_a_newest_first_blog_is_left_alone() => Assert.Empty(Acronyms(Entries));

    [Theory]
    [InlineData(RisingEntries)]
    [InlineData(SameEntry)]
    public void An_acronym_spelled_out_later_by_the_blog_s_own_order_is_still_reported(string text) => Assert.Equal(["SPD"], Acronyms(text));

    [Fact]
    public void An_oklahoma_utility_known_by_its_initials_in_oklahoma_copy_is_left_alone() =>
        Assert.Empty(Acronyms("A tornado touched down in Moore on Sunday night.\n\nOG&E said about 7,800 customers lost power.\n"));

    [Fact]
    public void The_oklahoma_utility_outside_oklahoma_copy_is_still_reported() =>
        Assert.Equal(["OG&E"], Acronyms("A storm swept through the county on Sunday night.\n\nOG&E said about 7,800 customers lost power.\n"));
}
