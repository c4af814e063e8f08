using CopyLint.Rules.Boilerplate;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1005's whole metadata lines, in every way a field's value can end, and the screen that spares copy the regex.</summary>
public sealed class ScrapedMetadataTests
{
    private static int WholeLineReports(string line) =>
        RuleHarness.Lint("Output fell on Tuesday.\n" + line + "\nExports slowed.", "CL1005").Count(d => d.Message == $"'{line}' is page metadata, not copy");

    [Theory]
    [InlineData("Updated 7 May 2025")]
    [InlineData("date 2025-05-07T10:32Z")]
    [InlineData("date 2025-05-07T10:32z")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Updated 3 HOURS AGO")]
    [InlineData("Published 10:32 a.m., 7 May 2025")]
    [InlineData("Published 7 May 2025 at 10.32 p.m.")]
    [InlineData("Published 7 May 2025 at 10.32 P.M.")]
    [InlineData("Published 7 May 2025 at 10.32pm")]
    [InlineData("Published 7 May 2025 at 10.32PM")]
    [InlineData("Published 7 May 2025 at 10:32 BST")]
    [InlineData("Published 7 May 2025 | category: weather")]
    [InlineData("Published 7 May 2025 • tags: flooding, rivers.")]
    [InlineData("Published 7 May 2025 · tags: flooding")]
    public void A_line_of_fields_is_reported_whole(string line)
    {
        Assert.True(ScrapedMetadataAnalyzer.MayBeFieldsOnly(line));
        Assert.Equal(1, WholeLineReports(line));
    }

    [Theory]
    [InlineData("date 2025-05-07 North Korean leader Kim Jong Un has called for more shells, state media said on Wednesday.")]
    [InlineData("Updated 7 May 2025 with comment from the council")]
    [InlineData("Published 7 May 2025, after the vote.")]
    public void Fields_glued_to_copy_never_reach_the_whole_line_pattern(string line) =>
        Assert.False(ScrapedMetadataAnalyzer.MayBeFieldsOnly(line));
}
