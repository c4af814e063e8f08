namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 on a Vietnamese name of four parts ("Tran Thi Thu Ha"), shortened by its family name; a street named for a person is no such name.</summary>
public sealed class FamilyNameFirstFourPartTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Court = "Aide jailed in bond fraud case\n\nHANOI (AFP) - A court on Friday sentenced a senior aide to 12 years in prison, state media reported.\n\n"
        + "Tran Thi Thu Ha, 51, was found guilty of fraud by the court, the newspaper said.\n\n";

    [Fact]
    public void The_family_name_of_a_four_part_name_is_reported() =>
        Assert.Equal(["Tran"], Wrong(Court + "Tran told the court she had only followed orders."));

    [Theory]
    [InlineData(Court + "Ha told the court she had only followed orders.")]
    [InlineData("Road closed in Hanoi\n\nThe march went along Tran Hung Dao Street in Hanoi on Sunday.\n\nTran said the road would reopen.")]
    public void The_last_given_name_or_a_street_named_for_a_person_is_left_alone(string text) => Assert.Empty(Wrong(text));
}
