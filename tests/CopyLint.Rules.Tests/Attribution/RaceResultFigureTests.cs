namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on racing results: a winning margin ("by three-quarters of a length"), a race's purse and its split ("worth
/// £625,000, with £351,688 to the winner") and a career's wins ("more than 4,500 JRA wins") are the record of the races;
/// beside each, the claim of the same shape that stays reported.
/// </summary>
public sealed class RaceResultFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The four-year-old filly came wide in the straight on soft ground and beat Aventure by three-quarters of a length.")]
    [InlineData("The 8-1 chance beat Soulcombe by three-quarters of a length, with Gold Trip third.")]
    [InlineData("The going was good to soft. The race, over three miles two and a half furlongs, was worth £625,000, with £351,688 to the winner.")]
    [InlineData("He is the most successful jockey in Japanese racing history, with more than 4,500 JRA wins.")]
    public void A_result_of_record_is_left_alone(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About three-quarters of residents oppose the new road.", "About three-quarters")]
    [InlineData("The festival was worth more than £625,000 to the town's economy.", "more than £625,000")]
    [InlineData("Crowds at Kyoto have grown since he arrived, with more than 4,500 fans at every meeting.", "more than 4,500")]
    public void A_claim_of_the_same_shape_is_still_reported(string text, string figure) => Assert.Equal([figure], Figures(text));
}
