namespace CopyLint.Rules.Tests.Dates;

/// <summary>CL4002 reports a day past the end of its month, whichever order the day and month are written in.</summary>
public sealed class ImpossibleDateTests
{
    [Theory]
    [InlineData("The festival ends on April 31 this year.", "'April 31' is not a date: April has 30 days")]
    [InlineData("The report is due on 31 June.", "'31 June' is not a date: June has 30 days")]
    [InlineData("Her birthday is 31st June.", "'31st June' is not a date: June has 30 days")]
    [InlineData("The ballot closes on Sept. 31, the union said.", "'Sept. 31' is not a date: September has 30 days")]
    [InlineData("The deal was signed on the 30th of February.", "'the 30th of February' is not a date: February has 29 days")]
    [InlineData("The leap day, February 29, 2025, was not one.", "'February 29, 2025' is not a date: February 2025 has 28 days")]
    [InlineData("On Friday, April 31, 2026, the lights went out.", "'April 31, 2026' is not a date: April has 30 days")]
    public void A_day_past_the_end_of_its_month_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4002")).Message);

    [Theory]
    [InlineData("The festival ends on April 30 this year.")]
    [InlineData("The leap day, February 29, 2024, was a Thursday.")]
    [InlineData("The rent is due on February 29 in a leap year.")]
    [InlineData("The team, aged 31 June Smith said, was the oldest.")]
    [InlineData("The sale runs from May 31 to June 2.")]
    public void A_date_that_exists_or_a_number_that_is_no_day_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4002"));

    [Theory]
    [InlineData("The longest lockdown ran from 29 February to 4 March 2025.", "'29 February' is not a date: February 2025 has 28 days")]
    [InlineData("The sale runs February 29 through March 4, 2027.", "'February 29' is not a date: February 2027 has 28 days")]
    public void February_29_taking_a_year_that_is_no_leap_year_from_its_range_s_end_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4002")).Message);

    [Theory]
    [InlineData("The longest lockdown ran from 29 February to 4 March 2024.")]
    [InlineData("The longest lockdown ran from 29 February to 4 March.")]
    [InlineData("The show ran from 29 February to 4 January 2025.")]
    public void February_29_in_a_leap_year_s_range_or_with_no_year_is_still_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4002"));

    [Theory]
    [InlineData("Fulbridge Town's accounts for the year to 31 June 2025 showed a loss of £3.8m.", "'31 June' is not a date: June has 30 days")]
    [InlineData("The group's results for the year ended 31 June showed a loss.", "'31 June' is not a date: June has 30 days")]
    public void An_accounting_period_s_impossible_end_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4002")).Message);

    [Fact]
    public void A_number_before_a_month_after_an_ordinary_word_is_still_no_day() =>
        Assert.Empty(RuleHarness.Lint("The squad, now 31 June Smith said, was the oldest.", "CL4002"));
}
