namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on YA (young adult), the category the book trade shelves by its initials, in book-trade copy; elsewhere it
/// is still spelled out.
/// </summary>
public sealed class AcronymBookTradeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void YA_in_book_trade_copy_is_left_alone() =>
        Assert.Empty(Acronyms("Sales at publishers rose again. The children's, YA and educational category as a whole rose 6% in value."));

    [Fact]
    public void YA_elsewhere_is_still_reported() =>
        Assert.Contains("YA", Acronyms("Sales at the cinema rose again. The children's, YA and family category as a whole rose 6% in value."));
}
