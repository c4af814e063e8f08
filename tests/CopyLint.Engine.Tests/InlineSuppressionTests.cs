namespace CopyLint.Engine.Tests;

public sealed class InlineSuppressionTests
{
    private static IEnumerable<string> Flagged(string text) =>
        TestRules.Lint(text).Diagnostics.Select(d => $"{d.Id} {text[d.Span.Start..d.Span.End]}");

    [Fact]
    public void A_region_silences_the_named_rules_until_enabled()
    {
        const string Copy = """
            The talks were very productive, a spokesman said.
            <!-- copylint-disable CL5901 CL1901 -->
            Advertisement
            Officials called the outcome very encouraging, KCNA reported.
            <!-- copylint-enable -->
            Analysts were very cautious.
            """;

        Assert.Equal(["CL5901 very", "CL2901 KCNA", "CL5901 very"], Flagged(Copy));
        Assert.Equal(2, TestRules.Lint(Copy).SuppressedCount);
    }

    [Fact]
    public void A_bare_disable_silences_every_rule_to_the_end()
    {
        const string Copy = "Subscribe to our newsletter\n<!-- copylint-disable -->\nAdvertisement\nThe ministry said the very first shells left the factory, KCNA said.\n";

        Assert.Equal(["CL1902 Subscribe"], Flagged(Copy));
    }

    [Fact]
    public void Enabling_one_rule_inside_a_bare_disable_brings_only_it_back()
    {
        const string Copy = """
            <!-- copylint-disable -->
            Advertisement
            <!-- copylint-enable CL5901 -->
            A very long war, KCNA said.
            <!-- copylint-enable -->
            KCNA again.
            """;

        Assert.Equal(["CL5901 very", "CL2901 KCNA"], Flagged(Copy));
    }

    [Fact]
    public void Next_line_applies_to_the_next_line_with_copy_only()
    {
        const string Copy = """
            <!-- copylint-disable-next-line CL5901 -- quoting the minister -->

            "It was a very good meeting," the minister said, according to KCNA.
            Observers were less sure it was very good.
            """;

        Assert.Equal(["CL2901 KCNA", "CL5901 very"], Flagged(Copy));
    }

    [Fact]
    public void Stacked_next_line_comments_reach_the_same_line()
    {
        const string Copy = "<!-- copylint-disable-next-line CL5901 -->\n<!-- copylint-disable-next-line CL2901 -->\nA very short statement from KCNA.\n";

        Assert.Empty(Flagged(Copy));
    }

    [Fact]
    public void Disable_line_applies_to_its_own_line()
    {
        const string Copy = "Advertisement <!-- copylint-disable-line -->\nAdvertisement\n";

        Assert.Equal(["CL1901 Advertisement"], Flagged(Copy));
        Assert.Equal(2, TestRules.Lint(Copy).Diagnostics.Single().Start.Line);
    }

    [Fact]
    public void Category_names_and_commas_work_as_targets()
    {
        const string Copy = "<!-- copylint-disable boilerplate, CL5901 -->\nAdvertisement\nA very long statement from KCNA.\nSubscribe now\n";

        Assert.Equal(["CL2901 KCNA"], Flagged(Copy));
    }

    [Fact]
    public void Enabling_one_rule_keeps_the_others_disabled()
    {
        const string Copy = "<!-- copylint-disable CL1901 CL5901 -->\nAdvertisement, very\n<!-- copylint-enable CL5901 -->\nAdvertisement, very\n";

        Assert.Equal(["CL5901 very"], Flagged(Copy));
    }

    [Theory]
    [InlineData("<!-- copylint-disable-nextline CL5901 -->")]
    [InlineData("<!-- copylint disable CL5901 -->")]
    [InlineData("<!-- please copylint-disable CL5901 -->")]
    public void Malformed_directives_suppress_nothing(string comment)
    {
        Assert.Equal(["CL5901 very"], Flagged($"{comment}\nIt was very cold.\n"));
    }
}
