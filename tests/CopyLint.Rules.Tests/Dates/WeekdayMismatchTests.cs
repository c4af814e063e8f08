namespace CopyLint.Rules.Tests.Dates;

/// <summary>CL4001 checks a weekday against the calendar only where the copy gives the date's year.</summary>
public sealed class WeekdayMismatchTests
{
    [Theory]
    [InlineData("The vote was held on Tuesday, May 7, 2025, in Seoul.", "'Tuesday, May 7, 2025' names the wrong day: May 7, 2025 falls on a Wednesday")]
    [InlineData("The hearing is set for Tuesday 7 May 2025 at the high court.", "'Tuesday 7 May 2025' names the wrong day: 7 May 2025 falls on a Wednesday")]
    [InlineData("The deadline is Thursday, Nov. 4, 2026, officials said.", "'Thursday, Nov. 4, 2026' names the wrong day: Nov. 4, 2026 falls on a Wednesday")]
    [InlineData("Celebrations begin on Monday the 14th of June 2026.", "'Monday the 14th of June 2026' names the wrong day: the 14th of June 2026 falls on a Sunday")]
    [InlineData("The budget will be presented on Tuesday, 7 Oct 2026.", "'Tuesday, 7 Oct 2026' names the wrong day: 7 Oct 2026 falls on a Wednesday")]
    [InlineData("The line opens on Thursday 12 March 2027 at 6am.", "'Thursday 12 March 2027' names the wrong day: 12 March 2027 falls on a Friday")]
    [InlineData("Jurors concluded on Wednesday 19 November 2026 that the alarm had failed.", "'Wednesday 19 November 2026' names the wrong day: 19 November 2026 falls on a Thursday")]
    [InlineData("We published it in full on Friday 16 July 2026 alongside an editor's note.", "'Friday 16 July 2026' names the wrong day: 16 July 2026 falls on a Thursday")]
    [InlineData("The match was played on Friday 16 July 2026 during a heatwave.", "'Friday 16 July 2026' names the wrong day: 16 July 2026 falls on a Thursday")]
    public void A_weekday_that_is_not_the_dates_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4001")).Message);

    [Theory]
    [InlineData("The vote was held on Wednesday, May 7, 2025, in Seoul.")]
    [InlineData("Celebrations begin on Sunday the 14th of June 2026.")]
    [InlineData("WEDNESDAY, MAY 7, 2025 — The vote was held in Seoul.")]
    [InlineData("The vote was held on Tuesday, May 7, in Seoul.")]
    [InlineData("The office is open Monday to Friday, May 5, 2025, and closed at weekends.")]
    [InlineData("Games are on Saturday, May 3 and 4, 2025.")]
    [InlineData("Police said on Tuesday, May 6, 2000 people marched.")]
    [InlineData("Police said on Tuesday, May 6, 2000 marchers joined alongside the union.")]
    [InlineData("The treaty was signed on Tuesday, May 7, 1709.")]
    [InlineData("The Conservatives under Theresa May 7 years ago lost on Tuesday.")]
    public void A_weekday_that_is_the_dates_or_cannot_be_checked_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4001"));

    [Theory]
    [InlineData("Published 22 November 2026\n\nThe club championship ends on Saturday, November 15, with the final round.", "'Saturday, November 15' names the wrong day: November 15, 2026 falls on a Sunday")]
    [InlineData("YORK, 7 December 2026 — The panto opened on Thursday 5 December to a full house.", "'Thursday 5 December' names the wrong day: 5 December 2026 falls on a Saturday")]
    [InlineData("Posted 2 January 2027\n\nThe offices closed on Tuesday, December 30, for the holiday.", "'Tuesday, December 30' names the wrong day: December 30, 2026 falls on a Wednesday")]
    [InlineData(" date 2026-11-22 The club championship ends on Saturday, November 15, with the final round.", "'Saturday, November 15' names the wrong day: November 15, 2026 falls on a Sunday")]
    [InlineData("La Traviata review\n\nLondon Coliseum\n\n★★★★☆\n\nBy Tim Ashley\n\nPublished: 26 Nov 2026\n\nThe revival that opened on Tuesday, 26 November, makes the case.", "'Tuesday, 26 November' names the wrong day: 26 November 2026 falls on a Thursday")]
    public void A_date_with_no_year_is_read_in_the_year_of_the_storys_own_date(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4001")).Message);

    [Theory]
    [InlineData("Published 22 November 2026\n\nThe club championship ends on Sunday, November 15, with the final round.")]
    [InlineData("Posted 2 January 2027\n\nThe offices closed on Wednesday, December 30, for the holiday.")]
    [InlineData("Published 22 November 2026\n\nThe season opened on Saturday, May 3, in Augusta.")]
    [InlineData("The club championship ends on Saturday, November 15, with the final round.")]
    [InlineData(" date 2026-11-22 The club championship ends on Sunday, November 15, with the final round.")]
    [InlineData("The first paragraph.\n\nThe second.\n\nThe third.\n\nThe fourth.\n\nThe 2026-11-22 release came out on Saturday, November 15.")]
    [InlineData("The first paragraph.\n\nThe second.\n\nThe third.\n\nThe fourth.\n\nShe was born on 22 November 1980 and turned 20 on Saturday, November 15.")]
    [InlineData("The first paragraph.\n\nThe second.\n\nThe third.\n\nThe fourth.\n\nShe was born on 22 November 1980\n\nShe turned 20 on Saturday, November 15.")]
    public void A_date_with_no_year_far_from_a_story_date_or_without_one_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4001"));

    [Theory]
    [InlineData("The strike began on Tuesday, Nov 23.\n\nTalks resumed on Friday, Nov 27, and a deal was signed on Wednesday, Nov 25.", "'Tuesday, Nov 23' names the wrong day: Nov 23, 4 days before Friday, Nov 27, falls on a Monday")]
    public void Weekdays_of_dates_with_no_year_that_no_year_can_make_true_together_are_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4001")).Message);

    /// <summary>Two dates alone that disagree: nothing tells which is the slip, so each is reported naming the other.</summary>
    [Theory]
    [InlineData("SINGAPORE: The ministry said on Monday (Nov 23) that payouts would start next month.\n\nThe results will be released on Wednesday (Nov 26), the board said.",
        "'Monday (Nov 23)' names the wrong day: Nov 23, 3 days before Wednesday, Nov 26, falls on a Sunday",
        "'Wednesday (Nov 26)' names the wrong day: Nov 26, 3 days after Monday, Nov 23, falls on a Thursday")]
    [InlineData("The offices close on Tuesday, Dec 30.\n\nThey reopen on Friday, Jan 3.",
        "'Tuesday, Dec 30' names the wrong day: Dec 30, 4 days before Friday, Jan 3, falls on a Monday",
        "'Friday, Jan 3' names the wrong day: Jan 3, 4 days after Tuesday, Dec 30, falls on a Saturday")]
    [InlineData("ORION TWP. — Hollis-Brookline won the final on Tuesday, Nov. 9.\n\nThe state tournament begins on Friday, Nov. 13.",
        "'Tuesday, Nov. 9' names the wrong day: Nov. 9, 4 days before Friday, Nov. 13, falls on a Monday",
        "'Friday, Nov. 13' names the wrong day: Nov. 13, 4 days after Tuesday, Nov. 9, falls on a Saturday")]
    public void Two_dates_with_no_year_that_disagree_are_both_reported(string text, string first, string second) =>
        Assert.Equal([first, second], RuleHarness.Lint(text, "CL4001").Select(d => d.Message));

    [Theory]
    [InlineData("SINGAPORE: The ministry said on Monday (Nov 23) that payouts would start.\n\nHaze worsened on Wednesday evening (Nov 25), the agency said.")]
    [InlineData("The offices close on Tuesday, Dec 30.\n\nThey reopen on Saturday, Jan 3.")]
    [InlineData("The fair opens on Monday, Feb 26.\n\nIt closes on Friday, March 1.")]
    [InlineData("The fair opens on Monday, Nov 23.\n\nThe last one closed on Monday, March 3.")]
    [InlineData("The final is on Sunday, Nov 22.\n\nLast year's final was on Sunday, Nov 24.")]
    [InlineData("The office is open Monday to Friday, Nov 23, and the fair on Thursday, Nov 26.")]
    public void Weekdays_of_dates_with_no_year_that_one_year_can_make_true_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4001"));

    [Fact]
    public void A_weekday_in_brackets_after_its_date_is_read_as_Singaporean_desks_write_it() =>
        Assert.Equal(
            "'Tuesday (Nov 23)' names the wrong day: Nov 23, 2026 falls on a Monday",
            Assert.Single(RuleHarness.Lint("Published 22 November 2026\n\nThe ministry said on Tuesday (Nov 23) that payouts would start.", "CL4001")).Message);

    [Fact]
    public void A_date_that_does_not_exist_is_left_to_CL4002() =>
        Assert.Empty(RuleHarness.Lint("On Friday, April 31, 2026, the lights went out.", "CL4001"));

    [Fact]
    public void No_fix_is_offered_because_either_the_day_or_the_date_may_be_the_slip() =>
        Assert.Empty(Assert.Single(RuleHarness.Lint("The vote was held on Tuesday, May 7, 2025.", "CL4001")).Fixes);
}
