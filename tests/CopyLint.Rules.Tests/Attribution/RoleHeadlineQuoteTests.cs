namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003: a headline quotation whose speaker follows the colon as a word for a person before "on" and the topic
/// ('"…": chef on opening her restaurant'); with no person there, or a full stop closing the line, it is still reported.
/// </summary>
public sealed class RoleHeadlineQuoteTests
{
    private const string Standfirst = "\n\nAdaeze Nwankwo spent 10 years in fine dining before opening Ewa in Peckham.";

    [Theory]
    [InlineData("\"I wanted a place where my mum would eat\": chef on opening her Nigerian restaurant" + Standfirst)]
    [InlineData("\"I wanted a place where my mum would eat\": head chef on opening her Nigerian restaurant" + Standfirst)]
    public void A_headline_quotation_whose_speaker_is_a_person_noun_before_on_is_credited(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("\"I wanted a place where my mum would eat\": tips on opening a Nigerian restaurant" + Standfirst)]
    [InlineData("The menu changes weekly.\n\n\"I wanted a place where my mum would eat\": chef on opening her Nigerian restaurant." + Standfirst)]
    public void A_headline_quotation_with_no_person_before_on_or_not_heading_the_story_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));
}
