namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a lede whose body the next paragraph has speak through its officer ("The agency's Director-General, …,
/// disclosed this"), and on the sum of a case brought by a named prosecutor; beside each, the figure that stays reported.
/// </summary>
public sealed class PossessiveTitleLedeAndProsecutorTests
{
    private const string Lede = "The National Agency for Food and Drug Administration and Control has seized substandard and falsified medicines "
        + "worth about N1.3bn during a raid on the Bridge Head drug market in Onitsha, Anambra State.";

    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The agency's Director-General, Prof. Mojisola Adeyeye, disclosed this at a press briefing in Onitsha on Friday.")]
    [InlineData("The agency's director-general, Mojisola Adeyeye, said the operation lasted three days.")]
    public void A_lede_figure_its_body_s_officer_speaks_for_below_is_left_alone(string below) =>
        Assert.Empty(Flagged($"Headline\n\n{Lede}\n\n{below}\n"));

    [Theory]
    [InlineData("The company's chief executive, Jane Okafor, said the drugs had been imported from abroad.")]
    [InlineData("The agency's officers, who arrived at dawn, said nothing to the traders.")]
    [InlineData("The agency's warehouses in Lagos were already full, traders said.")]
    public void A_lede_figure_with_another_body_or_no_officer_speaking_below_is_still_reported(string below) =>
        Assert.Equal(["about N1.3bn"], Flagged($"Headline\n\n{Lede}\n\n{below}\n"));

    [Fact]
    public void The_sum_of_a_case_a_named_prosecutor_brings_is_left_alone() =>
        Assert.Empty(Flagged("Bello and his co-defendants are being prosecuted by the Economic and Financial Crimes Commission on 16 counts "
            + "bordering on conspiracy, breach of trust and money laundering involving about N80.2bn.\n"));

    [Theory]
    [InlineData("Bello and his co-defendants are being prosecuted on 16 counts bordering on money laundering involving about N80.2bn.\n")]
    [InlineData("Bello and his co-defendants are being prosecuted by a team of lawyers on 16 counts involving about N80.2bn.\n")]
    public void The_sum_of_a_case_with_no_named_prosecutor_is_still_reported(string text) =>
        Assert.Equal(["about N80.2bn"], Flagged(text));
}
