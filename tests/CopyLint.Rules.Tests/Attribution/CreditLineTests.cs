namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003: in a column of quotes, the credit line directly under a quotation standing alone names its speaker.</summary>
public sealed class CreditLineTests
{
    [Theory]
    [InlineData("Quotes of the week\n\n\"Every council in the country is one bad winter away from the same position.\"\nHelen Marsh, chair of the Local Government Association, on Nottingham's finances\n\n\"I just want to say to my mum: I told you the degree would be useful.\"\nTamsin Rowe, winner of this year's Mastermind, who studied medieval Latin")]
    [InlineData("Quotes of the week\n\n\"I have been asked to be brief, so I will be brief, which is the first promise I have kept all year.\"\nThe mayor of Greater Manchester, Sarah Whitcombe, opening a transport conference in Salford")]
    [InlineData("Quotes of the week\n\n“Every council in the country is one bad winter away from the same position.”\n— Helen Marsh, chair of the LGA\n\n“We lost it because we could not pass the ball ten metres.”\n— Owen Pritchard")]
    public void A_credit_line_under_a_lone_quotation_names_its_speaker(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    // A blank line, not a credit line, under the quotation.
    [InlineData("08:50\n\n\"The wind was like a train going past the house all night. We didn't sleep at all.\"\n\n09:20\nFerry crossings cancelled")]
    // A heading with no name and role under it.
    [InlineData("Storm live\n\"The wind was like a train going past the house all night. We didn't sleep at all.\"\nFerry Crossings Cancelled\nIrish Ferries has cancelled this morning's sailings.")]
    // A subhead whose comma follows no name.
    [InlineData("Storm live\n\"The wind was like a train going past the house all night. We didn't sleep at all.\"\nStorm Darragh hits Wexford, Cork and Kerry\nIrish Ferries has cancelled this morning's sailings.")]
    // Prose, ending in a full stop, under it.
    [InlineData("Storm live\n\"The wind was like a train going past the house all night. We didn't sleep at all.\"\nIn Wexford, Cork and Kerry, more than 20,000 homes were without power, ESB Networks said.")]
    // The quotation shares its line with other words.
    [InlineData("Storm live\nResidents were awake. \"The wind was like a train going past the house all night.\"\nHelen Marsh, chair of the residents' group, in Wexford")]
    public void A_quotation_with_no_credit_line_under_it_is_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));
}
