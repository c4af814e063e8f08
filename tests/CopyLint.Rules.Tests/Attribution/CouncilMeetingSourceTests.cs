namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001: a figure a council meeting was told, as local democracy reporting writes it ("councillors were told", "told
/// the committee"), is sourced by the meeting on the public record, and so is a figure giving the grounds of a decision
/// ("was refused because more than 10 per cent of homes …"); the same figures with a vague passive or with no decision
/// stay claims.
/// </summary>
public sealed class CouncilMeetingSourceTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("The bin strike has cost the city council more than £11 million, councillors were told at a scrutiny meeting.")]
    [InlineData("About 300 staff are affected, members were told on Monday.")]
    [InlineData("The library service needs about £2 million of repairs, an officer told councillors.")]
    [InlineData("About 4,000 homes missed a collection, the council heard.")]
    public void A_figure_a_council_meeting_was_told_is_sourced(string sentence) =>
        Assert.Empty(Figures("Bin strike costs\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("The meeting, presided over by Finance Minister Muhammad Aurangzeb, was told that wheat stocks with the provinces and Pakistan Agricultural Storage and Services Corporation (Passco) stood at about 3.1 million tonnes.")]
    [InlineData("The committee, chaired by the mayor, was told that about 3,000 posts were vacant.")]
    public void A_figure_a_meeting_was_told_with_an_aside_between_is_sourced(string sentence) =>
        Assert.Empty(Figures("Wheat imports\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("The minister, speaking in Lahore, was told that about 3,000 posts were vacant.", "about 3,000")]
    [InlineData("Reporters, gathered outside, were told that about 3,000 posts were vacant.", "about 3,000")]
    public void A_figure_told_to_a_person_with_an_aside_between_is_still_a_claim(string sentence, string figure) =>
        Assert.Contains(Figures("Wheat imports\n\n" + sentence + "\n"), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The bin strike has cost the city council more than £11 million, some were told.", "more than £11 million")]
    [InlineData("About 300 staff are affected, it was heard.", "About 300")]
    public void A_figure_told_to_nobody_named_is_still_a_claim(string sentence, string figure) =>
        Assert.Contains(Figures("Bin strike costs\n\n" + sentence + "\n"), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Officers had recommended refusal because more than 25 per cent of homes within 50 metres of the property are already HMOs.")]
    [InlineData("A plan to convert a family home into a seven-bed HMO was refused because more than 10 per cent of homes within 100 metres are already HMOs.")]
    public void A_figure_giving_the_grounds_of_a_decision_is_sourced(string sentence) =>
        Assert.Empty(Figures("Planning round-up\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("Rents rose because more than 25 per cent of homes in the area are already HMOs.", "more than 25 per cent")]
    [InlineData("The plan was refused, and more than 10 per cent of homes nearby are already HMOs.", "more than 10 per cent")]
    public void A_because_clause_with_no_decision_or_a_figure_beside_a_decision_is_still_a_claim(string sentence, string figure) =>
        Assert.Contains(Figures("Planning round-up\n\n" + sentence + "\n"), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
