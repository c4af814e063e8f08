namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on care and pharmacy copy: a bound in a condition put to the reader (a means-test limit) and a share "of them"
/// that breaks down the count of the sentence before; each beside the nearest claim that is still reported.
/// </summary>
public sealed class ReaderConditionAndShareOfThemTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("If you have capital, including savings and in many cases your home, of more than £23,250, you will normally pay the full cost of your care yourself.")]
    [InlineData("If your savings come to more than £23,250, you'll pay the full cost.")]
    public void A_bound_in_a_condition_put_to_the_reader_is_a_rule_s_line(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("If you want to go private, more than 4,000 people are already waiting for an assessment.", "more than 4,000")]
    [InlineData("If you live in Devon, more than 400 care homes near you have closed since 2020.", "more than 400")]
    [InlineData("If councils are right, more than 4,000 people will have to pay the full cost of their care.", "more than 4,000")]
    public void A_bound_with_no_reader_in_its_rule_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    private const string SourcedLede =
        "Community pharmacies in England have now carried out more than 4 million consultations under the Pharmacy First service since its launch, according to NHS Business Services Authority data.\n\n";

    [Fact]
    public void A_share_of_them_breaks_down_the_count_just_before() =>
        Assert.Empty(Figures(SourcedLede + "In October, 387,512 clinical pathway consultations were recorded. Urinary tract infections accounted for 41% of them."));

    [Fact]
    public void A_share_of_them_after_a_count_of_something_unsourced_is_still_a_claim() =>
        Assert.Contains("41%", Figures(SourcedLede + "In October, 3,120 pharmacies took part. Urinary tract infections accounted for 41% of them."));
}
