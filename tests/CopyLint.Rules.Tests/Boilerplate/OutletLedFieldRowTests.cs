namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A row of page fields that opens on the outlet's name (CL1109): its reading time, with the share button after it or
/// not; beside a table row and prose with the same parts that must stay silent.
/// </summary>
public sealed class OutletLedFieldRowTests
{
    private const string Before = "The estimated cost of the crossing has risen to £10.2bn, the agency said on Wednesday.\n\n";
    private const string After = "\n\nThe figure is up from £9bn in the 2024 business case.\n";

    private static int Reports(string line) => RuleHarness.Lint(Before + line + After, "CL1109").Count;

    [Theory]
    [InlineData("Construction News | 5 min read | Share")]
    [InlineData("Construction News | 5 min read")]
    public void An_outlet_named_before_the_reading_time_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Suez Canal | 41 transits | 5 min wait")]
    [InlineData("Construction News | 5 min read of the report is enough, the editor said.")]
    public void A_table_row_or_prose_with_the_same_parts_is_not(string line) => Assert.Equal(0, Reports(line));
}
