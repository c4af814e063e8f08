namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures the writer restates (a sum converted in apposition, a share worked out after "meaning that") and on
/// figures a body's own account, named before them, gives; beside each, the claim of the same shape that stays reported.
/// </summary>
public sealed class ConvertedAndFrontedSourceFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    private static bool Reported(string text, string figure) =>
        Figures(text).Any(m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_conversion_in_apposition_is_not_reported_but_the_sum_it_converts_is()
    {
        const string text = "General-account spending totals about 115.5 trillion yen, or roughly 770 billion dollars, a record high for the third straight year.";
        Assert.False(Reported(text, "roughly 770 billion dollars"));
        Assert.True(Reported(text, "about 115.5 trillion yen"));
    }

    [Fact]
    public void A_share_worked_out_after_meaning_that_is_not_reported() =>
        Assert.False(Reported(
            "The Finance Ministry said new bond issuance will total 28.6 trillion yen.\n\nBorrowing will rise again next year, meaning that roughly a quarter of spending will be financed by debt.",
            "roughly a quarter"));

    [Fact]
    public void A_share_the_sentence_claims_of_its_own_is_still_reported() =>
        Assert.True(Reported(
            "The Finance Ministry said new bond issuance will total 28.6 trillion yen.\n\nThe plan means roughly a quarter of spending will be financed by debt.",
            "roughly a quarter"));

    [Fact]
    public void A_bodys_own_account_named_first_sources_the_sentence() =>
        Assert.Empty(Figures("By the government's own account, the programme reaches around 20 million children through some 5,000 community kitchens."));

    [Fact]
    public void All_accounts_name_no_one() =>
        Assert.True(Reported("By all accounts, the programme reaches around 20 million children through community kitchens.", "around 20 million"));
}
