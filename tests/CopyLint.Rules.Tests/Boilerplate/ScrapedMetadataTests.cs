using CopyLint.Engine;
using CopyLint.Rules.Boilerplate;
using CopyLint.Text;

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
    [InlineData("Updated 26 Nov 2026, 6:14am AEDT · 3 min read")]
    [InlineData("4 min read | Published 7 May 2025")]
    [InlineData("Published August 21, 2024 Updated about 10 hours ago")]
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
    [Theory]
    [InlineData("Maya Lindqvist · Global News · Posted: Mar 3, 2026 7:15 AM ET | Last Updated: Mar 3, 2026 9:40 AM ET")]
    [InlineData("Maya Lindqvist | Reuters | Updated 3 hours ago")]
    [InlineData("Maya Lindqvist • Published 7 May 2025 at 10:32 BST")]
    public void An_author_and_outlet_without_by_may_lead_the_fields(string line) => Assert.Equal(1, WholeLineReports(line));

    [Theory]
    [InlineData("Manchester City · Premier League · 3-1")]
    [InlineData("Maya Lindqvist · Global News · Posted: Mar 3, 2026 7:15 AM ET, after the vote was counted")]
    [InlineData("Tickets cost £12 | doors open at 7.30pm | Published 7 May 2025 by the venue")]
    [InlineData("the board · Posted: Mar 3, 2026 7:15 AM ET")]
    [InlineData("Published 7 May 2025 · a 3 min read for the commute")]
    [InlineData("Published August 21, 2024 Updated about 10 hours ago by the club's media team")]
    public void Lines_led_by_other_text_or_ending_in_copy_are_left_alone(string line) =>
        Assert.Empty(RuleHarness.Lint("Output fell on Tuesday.\n" + line + "\nExports slowed.", "CL1005"));

    [Theory]
    [InlineData("Sat 7 Jun 2025 06.00 BST")]
    [InlineData("9/3/27 10:44 EST")]
    [InlineData("24.11.2026 10:44")]
    [InlineData("2 hours AGO, 9:14 GMT")]
    public void Every_date_a_stamp_reads_passes_its_screen(string line) => Assert.True(ScrapedMetadataAnalyzer.MayHoldStampDate(line));

    [Theory]
    [InlineData("- Fuel cost per gallon: $2.39")]
    [InlineData("R3 steers: €7.00-7.10/kg")]
    [InlineData("Picador, 80pp, £12.99")]
    public void A_price_is_no_stamp_date(string line) => Assert.False(ScrapedMetadataAnalyzer.MayHoldStampDate(line));

    [Fact]
    public void A_numeric_european_date_and_clock_time_alone_is_a_stamp() => Assert.Equal(1, WholeLineReports("24.11.2026 10:44"));

    [Theory]
    [InlineData("Published: Tuesday | March 9, 2027 | 12:07 AM")]
    [InlineData("Stabroek News | March 12, 2027 - 5:00 am")]
    [InlineData("Published: 12.03.2027 09:14")]
    [InlineData("Published: Aug 8, 2024 - 15:12")]
    [InlineData("Updated - August 02, 2024 09:15 pm IST")]
    public void An_outlets_page_header_with_bars_a_hyphen_or_a_numeric_date_is_metadata(string line) => Assert.Equal(1, WholeLineReports(line));

    [Theory]
    [InlineData("Doors open 24.11.2026 at 10:44 for members")]
    [InlineData("Published on Tuesday | March 9, 2027 was the deadline for bids")]
    [InlineData("March 12, 2027 - 5:00 am start for the marathon, with road closures")]
    [InlineData("Saturday 7 June 2025, 7.30pm")]
    [InlineData("Published: Aug 8, 2024 - 15:12 was the deadline for bids")]
    [InlineData("Updated - the council's plan for August 02, 2024")]
    public void A_date_in_a_listing_or_with_copy_is_left_alone(string line) =>
        Assert.Empty(RuleHarness.Lint("Output fell on Tuesday.\n" + line + "\nExports slowed.", "CL1005"));

    [Fact]
    public void The_built_in_lists_are_the_ones_the_generated_patterns_hold()
    {
        Assert.Equal(ScrapedMetadataAnalyzer.BuiltInMonths, ScrapedMetadataAnalyzer.MonthsOf(RuleHarness.Data));
        Assert.Equal(ScrapedMetadataAnalyzer.BuiltInKeys, ScrapedMetadataAnalyzer.KeysOf(RuleHarness.Data));
    }

    [Theory]
    [InlineData("Published 7 May 2025 | category: weather", 1)]
    [InlineData("Sat 7 Jun 2025 06.00 BST", 1)]
    [InlineData("Revised 7 Mai 2025", 1)]
    [InlineData("Revised on Tuesday, after the vote", 0)]
    public void Extended_lists_build_the_same_patterns_with_their_entries(string line, int reports)
    {
        var data = RuleHarness.Data.With(
        [
            new RuleDataFile("lists/metadata-keys.txt", "revised", "copylint.yaml"),
            new RuleDataFile("lists/months.txt", "Mai", "copylint.yaml"),
        ]);
        var linter = new Linter(new RuleSet(BuiltInRules.Create(data)), data);
        var diagnostics = linter.Lint(new SourceText("Output fell on Tuesday.\n" + line + "\nExports slowed.", "test.txt"), LintSettings.Default).Diagnostics;
        Assert.Equal(reports, diagnostics.Count(d => d.Id == "CL1005"));
    }
}
