namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a name written once with a letter as English copy transliterates it ("Grosskopf" for "Großkopf"), which is
/// the same name spelled two ways, beside the name written the one way throughout, which is left alone.
/// </summary>
public sealed class InconsistentNameTransliteratedLetterTests
{
    private const string Opening = "Sabine Großkopf, a lawyer in Berlin, advises clients on citizenship. Großkopf said applications had doubled.\n\n"
        + "The new law took effect in June.\n\n";

    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_sharp_s_written_as_ss_once_is_reported() =>
        Assert.Contains("Grosskopf", Reported(Opening + "Grosskopf said many applicants waited more than a year.\n"));

    [Fact]
    public void The_name_written_one_way_throughout_is_left_alone() =>
        Assert.Empty(Reported(Opening + "Großkopf said many applicants waited more than a year.\n"));
}
