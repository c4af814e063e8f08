namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on measures of the event that sports copy states as fact: a weight in pounds after a verb of weighing (a limit
/// in a contract, not a sum of money), a course's length in nautical miles, and a ticket's price a seat; each beside
/// the claim of the same shape that is still reported.
/// </summary>
public sealed class WeightDistanceAndSeatPriceTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Both fighters must also weigh no more than 136 pounds at a second check on the morning of the fight, a condition agreed in their contract.")]
    [InlineData("The challenger weighed in at just under 147 pounds on Friday, a pound lighter than the champion.")]
    [InlineData("The heavyweight tipped the scales at about 265 pounds, his heaviest for a fight.")]
    public void A_weight_in_pounds_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The promoter lost more than 136,000 pounds on the show, which sold poorly.", "more than 136,000 pounds")]
    [InlineData("The fighters weighed their options after the purse was cut by more than 200,000 pounds at the last minute.", "more than 200,000 pounds")]
    public void A_sum_in_pounds_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_course_in_nautical_miles_is_a_measurement() =>
        Assert.Empty(Figures("The race covers about 3,540 nautical miles from Saint-Malo to Guadeloupe."));

    [Fact]
    public void A_count_of_sailors_is_still_a_claim() =>
        Assert.Contains("about 3,540", Figures("The race drew about 3,540 nautical enthusiasts to Saint-Malo."));

    [Fact]
    public void A_ticket_price_a_seat_is_a_price() =>
        Assert.Empty(Figures("Fans at the hall in Leeds paid up to £150 a seat for the fight on Saturday."));

    [Fact]
    public void A_sum_paid_with_no_unit_is_still_a_claim() =>
        Assert.Contains("up to £150,000", Figures("Fans at the hall in Leeds paid up to £150,000 for the fight on Saturday."));
}
