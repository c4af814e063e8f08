namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a place named in Spanish with a nationality word in it ("Lake Argentino") beside the English adjective
/// before a noun ("Argentine voices"), which is no misspelling; beside the same word standing as a surname.
/// </summary>
public sealed class PlaceNameAndDemonymTests
{
    private static string[] Odd(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void The_adjective_before_a_noun_is_not_the_lake_s_name_misspelt() =>
        Assert.Empty(Odd("Tour buses return to this town on the shore of Lake Argentino every afternoon.\n\nIn the evening, the restaurants fill up, with more Argentine voices."));

    [Fact]
    public void The_word_standing_as_a_surname_is_still_reported() =>
        Assert.NotEmpty(Odd("The club is coached by Pablo Argentino, who arrived in March.\n\n\"We need time,\" Argentino said.\n\nThe team will train on Monday, said Argentine."));
}
