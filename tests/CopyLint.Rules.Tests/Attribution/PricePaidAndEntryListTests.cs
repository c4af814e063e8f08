namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on what a thing cost its owners, the price they paid, on an event's entry list, a count of entrants who
/// entered it, and on spectators the copy calls estimated; each beside its twin of the same shape.
/// </summary>
public sealed class PricePaidAndEntryListTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Kittiwake is 31 years old, cost its owners £42,000 in 2009 and is crewed by a family of five from Plymouth.")]
    [InlineData("The cottage cost their buyers £38,000 in 1994.")]
    public void What_a_thing_cost_its_owners_is_the_price_they_paid(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The scheme cost taxpayers £42,000 in 2009.", "£42,000")]
    [InlineData("The refit will cost its owners £42,000 next year.", "£42,000")]
    public void A_cost_to_others_or_to_come_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("About 900 runners had entered the 13.1-mile race, which was due to start and finish at Speech House.")]
    [InlineData("More than 300 boats have entered this year's regatta.")]
    public void An_event_s_entry_list_is_the_organiser_s_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 900 migrants had entered the country by Friday.", "About 900")]
    [InlineData("About 900 runners had entered the forest before the storm.", "About 900")]
    [InlineData("About 900 runners had pulled out of the race.", "About 900")]
    public void Entrants_of_no_event_or_a_count_of_withdrawals_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("An estimated 15,000 spectators lined the river for the start.", "An estimated 15,000")]
    [InlineData("An estimated 15,000 spectators are expected to line the Solent for the start.", "An estimated 15,000")]
    public void Spectators_the_copy_calls_estimated_are_someone_s_estimate(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("About 15,000 spectators watched the final.")]
    [InlineData("More than 15,000 spectators lined the river.")]
    public void Spectators_not_called_estimated_are_still_the_attendance(string text) => Assert.Empty(Figures(text));
}
