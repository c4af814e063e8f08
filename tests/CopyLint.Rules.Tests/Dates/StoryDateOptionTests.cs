using System.Globalization;
using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4001's <c>story-date</c> option reads a date with no year against a configured date when the copy gives none:
/// the lone "on Tuesday, Nov. 25" of fresh wire copy, which the default cannot check.
/// </summary>
public sealed class StoryDateOptionTests
{
    private const string LoneDate = "The strike began on Tuesday, Nov. 25, and talks are due to resume next week.";

    private static IReadOnlyList<Diagnostic> Lint(string text, string storyDate) =>
        [.. RuleHarness.Lint(text, new LintSettings
        {
            RuleOptions = new Dictionary<string, RuleOptions>
            {
                ["CL4001"] = new(new Dictionary<string, OptionValue> { ["story-date"] = OptionValue.Of(storyDate) }),
            },
        }).Where(d => d.Id == "CL4001")];

    [Fact]
    public void A_lone_date_with_no_year_is_read_in_the_configured_story_s_year() =>
        Assert.Equal("'Tuesday, Nov. 25' names the wrong day: Nov. 25, 2026 falls on a Wednesday", Assert.Single(Lint(LoneDate, "2026-11-27")).Message);

    [Theory]
    [InlineData("none")]
    [InlineData("2025-11-27")]
    [InlineData("2026-06-01")]
    public void With_no_story_date_one_whose_year_agrees_or_one_too_far_away_it_is_left_alone(string storyDate) => Assert.Empty(Lint(LoneDate, storyDate));

    [Fact]
    public void The_copy_s_own_date_wins_over_the_configured_one() =>
        Assert.Empty(Lint("Published 27 November 2025\n\n" + LoneDate, "2026-11-27"));

    [Fact]
    public void Today_is_the_day_of_the_run()
    {
        var today = DateTime.Now;
        string Copy(DayOfWeek weekday) => $"The strike began on {weekday}, {today.ToString("MMMM d", CultureInfo.InvariantCulture)}, and talks resume next week.";

        Assert.Single(Lint(Copy(today.AddDays(1).DayOfWeek), "today"));
        Assert.Empty(Lint(Copy(today.DayOfWeek), "today"));
    }
}
