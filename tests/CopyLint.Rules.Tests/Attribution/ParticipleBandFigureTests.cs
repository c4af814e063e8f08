namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a bound after a plural noun and a participle in -ing, which defines the class a rule covers ("Brewers
/// producing less than 4,500 hectolitres … receive relief"); a finite verb or a singular subject still counts.
/// </summary>
public sealed class ParticipleBandFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Brewers producing less than 4,500 hectolitres of pure alcohol a year also receive small producer relief.")]
    [InlineData("The relief is open to small brewers producing fewer than 4,500 hectolitres a year.")]
    public void A_bound_after_a_plural_noun_and_a_participle_defines_a_class(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Brewers are producing less than 4,500 hectolitres of pure alcohol a year.", "less than 4,500")]
    [InlineData("The brewery, producing less than 4,500 hectolitres a year, has closed.", "less than 4,500")]
    public void A_finite_verb_or_a_singular_subject_still_counts(string text, string figure) => Assert.Contains(figure, Figures(text));
}
