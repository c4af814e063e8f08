using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Typography;

public sealed class RepeatedPhraseTests
{
    [Theory]
    [InlineData("Seoul, South Korea - South Korea - State media said on Wednesday.", "Seoul, South Korea - State media said on Wednesday.")]
    [InlineData("He said in the in the statement that talks would resume.", "He said in the statement that talks would resume.")]
    [InlineData("At the end of the end of the day, he left.", "At the end of the day, he left.")]
    [InlineData("KILKEE, Ireland — KILKEE, Ireland — A storm hit.", "KILKEE, Ireland — A storm hit.")]
    [InlineData("The delegation met Kim Yo Jong Kim Yo Jong on Friday.", "The delegation met Kim Yo Jong on Friday.")]
    [InlineData("SHREWSBURY - SHREWSBURY - The council voted on Monday.", "SHREWSBURY - The council voted on Monday.")]
    [InlineData("LONDON — LONDON — Rail fares will rise in March.", "LONDON — Rail fares will rise in March.")]
    [InlineData("ZÜRICH – ZÜRICH – The bank said.", "ZÜRICH – The bank said.")]
    [InlineData("Oslo, Norway - Norway - The Nobel Peace Prize was awarded on Friday.", "Oslo, Norway - The Nobel Peace Prize was awarded on Friday.")]
    [InlineData("CORK, Ireland — Ireland — A storm hit.", "CORK, Ireland — A storm hit.")]
    [InlineData("LONDON (Reuters) - LONDON (Reuters) - Inflation rose in October.", "LONDON (Reuters) - Inflation rose in October.")]
    [InlineData("WASHINGTON — WASHINGTON (AP) — The Senate passed the bill.", "WASHINGTON (AP) — The Senate passed the bill.")]
    [InlineData("BEIJING, Nov 3 (Reuters) - BEIJING, Nov 3 (Reuters) - China's exports fell.", "BEIJING, Nov 3 (Reuters) - China's exports fell.")]
    [InlineData("Paris — PARIS — The government fell on Wednesday.", "PARIS — The government fell on Wednesday.")]
    [InlineData("Updated 3 hours ago\nTOKYO (AP) — TOKYO (AP) — Markets fell.", "Updated 3 hours ago\nTOKYO (AP) — Markets fell.")]
    [InlineData(" date 2025-11-20\nLEEDS - LEEDS - The council voted.", " date 2025-11-20\nLEEDS - The council voted.")]
    [InlineData("The statement was read out in the in the", "The statement was read out in the")]
    [InlineData("NAIROBI, Kenya, NAIROBI, Kenya (AP) — Heavy rain flooded the capital.", "NAIROBI, Kenya (AP) — Heavy rain flooded the capital.")]
    [InlineData("WASHINGTON (Reuters) - WASHINGTON (Reuters) - The Fed held rates.", "WASHINGTON (Reuters) - The Fed held rates.")]
    [InlineData("KYIV, Ukraine (AP) — KYIV, Ukraine (AP) — Russia fired drones overnight.", "KYIV, Ukraine (AP) — Russia fired drones overnight.")]
    [InlineData("LONDON, May 7 (Reuters) - LONDON, May 7 (Reuters) - Sterling rose.", "LONDON, May 7 (Reuters) - Sterling rose.")]
    [InlineData("Law360 (October 2, 2025, 7:15 PM EDT) -- Law360 (October 2, 2025, 7:15 PM EDT) -- A Minnesota federal judge dismissed part of the suit.", "Law360 (October 2, 2025, 7:15 PM EDT) -- A Minnesota federal judge dismissed part of the suit.")]
    [InlineData("LONDON (Reuters) - LONDON - Sterling rose.", "LONDON (Reuters) - Sterling rose.")]
    [InlineData("DNIPRO, Ukraine (AP) — DNIPRO — A Russian missile struck a building.", "DNIPRO, Ukraine (AP) — A Russian missile struck a building.")]
    [InlineData("KHARTOUM, Sudan — KHARTOUM — Shelling resumed overnight.", "KHARTOUM, Sudan — Shelling resumed overnight.")]
    [InlineData("LONDON — LONDON, May 7 (Reuters) - Sterling rose.", "LONDON, May 7 (Reuters) - Sterling rose.")]
    [InlineData("OTTAWA (The Canadian Press) — OTTAWA (The Canadian Press) — The Bank of Canada held.", "OTTAWA (The Canadian Press) — The Bank of Canada held.")]
    [InlineData("SACRAMENTO, Calif. (AP) — SACRAMENTO, Calif. (AP) — \"We are ready,\" the governor said.", "SACRAMENTO, Calif. (AP) — \"We are ready,\" the governor said.")]
    [InlineData("RIO DE JANEIRO — RIO DE JANEIRO — Floods hit the city.", "RIO DE JANEIRO — Floods hit the city.")]
    [InlineData("Live updates\nBERLIN (dpa) - BERLIN (dpa) - 3M said it would cut jobs.", "Live updates\nBERLIN (dpa) - 3M said it would cut jobs.")]
    [InlineData("RAWALPINDI: RAWALPINDI: Babar Azam ended a run of 14 Test innings without a hundred on Wednesday.", "RAWALPINDI: Babar Azam ended a run of 14 Test innings without a hundred on Wednesday.")]
    [InlineData("NEW DELHI: NEW DELHI: The Supreme Court on Monday stayed the order.", "NEW DELHI: The Supreme Court on Monday stayed the order.")]
    [InlineData("KAMPALA. KAMPALA. Hundreds of families in Bwaise have been left homeless after heavy rains.", "KAMPALA. Hundreds of families in Bwaise have been left homeless after heavy rains.")]
    public void The_fix_removes_the_repeat(string text, string fixedText)
    {
        var found = RuleHarness.Lint(text, ["CL5002"]);

        Assert.Single(found);
        Assert.Equal(fixedText, FixApplier.Apply(text, FixApplier.FirstFixes(found)).Text);
    }

    [Theory]
    [InlineData("It was a very, very close race.")]
    [InlineData("RAWALPINDI: Babar Azam ended a run of 14 Test innings without a hundred on Wednesday.")]
    [InlineData("KAMPALA. Hundreds of families in Bwaise have been left homeless after heavy rains.")]
    [InlineData("NO. NO. NO. The crowd would not accept the result.")]
    [InlineData("NOTE: NOTE: this line is a chant? Yes!")]
    [InlineData("Again and again, the team failed to score.")]
    [InlineData("The plan will be rolled out step by step.")]
    [InlineData("More and more people are moving to Walla Walla.")]
    [InlineData("Sales fell, and more and more shoppers went online.")]
    [InlineData("He waved bye-bye to the crowd.")]
    [InlineData("The band played \"New York, New York\" at the ceremony.")]
    [InlineData("Protesters chanted \"No war, no war\" outside the embassy.")]
    [InlineData("He said no. He said no again.")]
    [InlineData("The crowd laughed: ha ha ha ha.")]
    [InlineData("They met face to face to discuss it, day after day.")]
    [InlineData("The delegation met Kim Yo Jong; Kim Yo Jong said the talks went well.")]
    [InlineData("She had one regret – her brother – her brother who never saw the farm again.")]
    [InlineData("Everything came back to the vote: the vote that split the party in 2016.")]
    [InlineData("It came down to money — money — and nothing else.")]
    [InlineData("He wanted one thing - RESPECT - RESPECT - and got it.")]
    [InlineData("Stop — stop — the driver shouted.")]
    [InlineData("Fans chanted \"DEFENCE — DEFENCE —\" all night.")]
    [InlineData("NO — NO —")]
    [InlineData("London — London — was all she could say.")]
    [InlineData("Yes, again - again - the council said no.")]
    [InlineData("In Oslo, Norway - Norway - had never won.")]
    [InlineData("The fans sang: LEEDS - LEEDS - LEEDS - all night.")]
    [InlineData("LEEDS - LEEDS - LEEDS - the chant went up.")]
    [InlineData("US - US - US chants rang out at the rally.")]
    [InlineData("WASHINGTON (AP) — Washington — the city, not the state — will host the summit.")]
    [InlineData("KYIV, Ukraine (AP) — Kyiv — the capital, not the region — was hit again.")]
    [InlineData("DNIPRO, Ukraine (AP) — DNIPRO — DNIPRO — the crowd chanted.")]
    [InlineData("KYIV, Ukraine — Ukraine's president said on Monday — again — that talks would resume.")]
    [InlineData("Britain — and France — agreed to the plan.")]
    [InlineData("NATO (the alliance) — NATO — has 32 members.")]
    [InlineData("GOAL - GOAL - Saka scores!")]
    [InlineData("67 min\nGOAL — GOAL — Arsenal lead 1-0 at the Emirates!")]
    [InlineData("PENALTY - PENALTY - Has the referee given it?")]
    [InlineData("GOAL - GOAL - GOAL - Saka scores.")]
    [InlineData("London — London — The mayor said it was a mistake.")]
    [InlineData("Paris, France, Paris, France: the city appears twice in the list.")]
    [InlineData("NEW YORK, New York, is the city's formal name.")]
    [InlineData("LONDON, May 7 (Reuters) - LONDON, May 8 (Reuters) - Sterling rose.")]
    [InlineData("Law360 (October 2, 2025, 7:15 PM EDT) -- Law360 (October 3, 2025, 9:05 AM EDT) -- A Minnesota federal judge dismissed part of the suit.")]
    [InlineData("LONDON (Reuters) - PARIS (Reuters) - Shares fell in both cities.")]
    [InlineData("Paris, France - France - which hosted the Games - won.")]
    [InlineData("Kenya, Kenya — the crowd chanted as the runners passed.")]
    public void Idioms_and_rhetoric_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, ["CL5002"]));

    [Fact]
    public void A_repeat_does_not_cross_a_paragraph()
    {
        Assert.Empty(RuleHarness.Lint("The vote was in the\n\nin the end close.", ["CL5002"]));
    }

    [Fact]
    public void A_phrase_with_a_comma_repeated_in_a_quotation_is_the_speakers_rhetoric() =>
        Assert.Empty(RuleHarness.Lint("\"I just shot and hoped,\" Manninen said. \"Against Sweden, in Sweden, in a semi-final. It does not get better.\"", ["CL5002"]));

    [Fact]
    public void A_phrase_said_a_third_time_in_a_quotation_is_the_speakers_rhetoric() =>
        Assert.Empty(RuleHarness.Lint("\"It's only a dollar fifty, but it's a dollar fifty on top of a dollar fifty on top of a dollar fifty,\" said Leah Abramowitz.", ["CL5002"]));

    [Theory]
    [InlineData("It's a dollar fifty on top of a dollar fifty on top of a dollar fifty, the union said.")]
    [InlineData("\"It's a dollar fifty on top of a dollar fifty on top of the levy,\" she said.")]
    public void A_chain_outside_a_quotation_or_a_phrase_said_only_twice_is_still_reported(string text) =>
        Assert.NotEmpty(RuleHarness.Lint(text, ["CL5002"]));

    [Theory]
    [InlineData("The team beat Sweden, in Sweden, in Sweden, in a semi-final on Sunday.")]
    [InlineData("\"We will win,\" he said, in the in the stadium.")]
    [InlineData("\"We met in the in the hall,\" she said.")]
    public void Outside_a_quotation_or_without_a_comma_a_repeat_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, ["CL5002"]));

    [Theory]
    [InlineData("SEOUL, Nov. 3 (Yonhap) -- SEOUL -- Defense Minister Ahn Gyu-back vowed a response.", "'SEOUL' is repeated")]
    [InlineData("DNIPRO, Ukraine (AP) — DNIPRO — A Russian missile struck a building.", "'DNIPRO' is repeated")]
    [InlineData("WASHINGTON — WASHINGTON (AP) — The Senate passed the bill.", "'WASHINGTON' is repeated")]
    [InlineData("KYIV, Ukraine (AP) — KYIV, Ukraine (AP) — Russia fired drones overnight.", "'KYIV, Ukraine (AP)' is repeated")]
    public void A_doubled_datelines_message_names_only_the_words_written_twice(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, ["CL5002"])).Message);
}
