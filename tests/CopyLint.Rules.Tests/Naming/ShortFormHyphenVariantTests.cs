namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a short reference that writes a hyphenated surname with a space, or a spaced one with a hyphen; beside it,
/// the same surname written one way throughout and another person with one part of it, which are left alone.
/// </summary>
public sealed class ShortFormHyphenVariantTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Housing targets set\n\nCanterbury-Bankstown Mayor Bilal El-Hayek said his council had approved more homes.\n\n\"We are doing the heavy lifting,\" Cr El Hayek said.\n", "El Hayek")]
    [InlineData("Bridge plan delayed\n\nNorthcote resident Aroha Tipene-Harris said residents had heard promises for decades.\n\n\"I'll believe it when I see the diggers,\" Tipene Harris said.\n", "Tipene Harris")]
    [InlineData("Bridge plan delayed\n\nNorthcote resident Aroha Tipene Harris said residents had heard promises for decades.\n\n\"I'll believe it when I see the diggers,\" Tipene-Harris said.\n", "Tipene-Harris")]
    public void A_short_form_that_splits_or_joins_the_surnames_hyphen_is_reported(string text, string odd) => Assert.Equal([odd], Flagged(text));

    [Theory]
    [InlineData("Housing targets set\n\nCanterbury-Bankstown Mayor Bilal El-Hayek said his council had approved more homes.\n\n\"We are doing the heavy lifting,\" Cr El-Hayek said.\n")]
    [InlineData("Bridge plan delayed\n\nNorthcote resident Aroha Tipene-Harris said residents had heard promises for decades.\n\nHer neighbour, Tom Harris, agreed. \"I'll believe it when I see the diggers,\" Harris said.\n")]
    public void The_same_spelling_or_another_person_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
