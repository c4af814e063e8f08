namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 after "Neighbour" or "Resident" opening the sentence: the descriptor is no part of the name it stands before.</summary>
public sealed class FamilyNameFirstNeighbourTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Fire = "Man rescued from burning flat\n\nNeighbour Lim Boon Keng, 58, said he smelt burning and heard shouting next door.\n\n";

    [Theory]
    [InlineData(Fire + "\"I banged on the door and he answered,\" said Boon Keng, a taxi driver.")]
    [InlineData("Man rescued from burning flat\n\nResident Tan Wei Ming, 41, said the corridor filled with smoke.\n\nWei Ming said he called 995.")]
    public void The_given_names_after_a_descriptor_and_full_name_are_reported(string text) => Assert.Single(Wrong(text));

    [Theory]
    [InlineData(Fire + "\"I banged on the door and he answered,\" said Mr Lim, a taxi driver.")]
    [InlineData("Man rescued from burning flat\n\nNeighbour Sarah Keng, 58, said she smelt burning.\n\nKeng said she called 995.")]
    public void The_family_name_or_a_western_name_after_a_descriptor_is_left_alone(string text) => Assert.Empty(Wrong(text));
}
