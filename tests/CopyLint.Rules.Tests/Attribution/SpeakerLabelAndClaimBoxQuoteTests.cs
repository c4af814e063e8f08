namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a live page's speaker label, a paragraph closing on a colon that names who speaks in the quotation
/// paragraph under it, and on a fact-check's claim box whose quoted words recur, credited, a few paragraphs below;
/// beside each, the quotation of the same shape that names no one and stays reported.
/// </summary>
public sealed class SpeakerLabelAndClaimBoxQuoteTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Kaveh Solhekol, Sky Sports News chief reporter:\n\n\"The paperwork for Isak has gone in to the Premier League. We're told it will go through.\"")]
    [InlineData("Ben Ransom, Sky Sports News reporter at St James' Park:\n\n\"There are a few fans here who've come to wave goodbye, but mostly it's quiet.\"")]
    [InlineData("Ewan Murray at Hampden:\n\n\"I've been coming here for 25 years and I'm not sure I've heard it louder.\"")]
    [InlineData("Reporter Kahon Chan in Chai Wan:\n\n\"The promenade at Heng Fa Chuen is completely under water and waves are crashing over the railings.\"")]
    [InlineData("Anthony Albanese has addressed the Labor party faithful at the Canterbury-Hurlstone Park RSL club in Sydney:\n\n\"Today, the Australian people have voted for Australian values.\"")]
    [InlineData("Palace manager Oliver Glasner told the BBC he was calm.\n\n21:40\n\nGlasner, speaking to the BBC before kick-off:\n\n\"We don't need to be afraid. We beat good teams to get here.\"")]
    public void A_quotation_under_a_label_naming_its_speaker_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("14:20 GMT\n\n\"It is not safe to travel unless absolutely necessary, so please stay at home.\"")]
    [InlineData("Update:\n\n\"It is not safe to travel unless absolutely necessary, so please stay at home.\"")]
    [InlineData("In Glasgow tonight:\n\n\"It is not safe to travel unless absolutely necessary, so please stay at home.\"")]
    [InlineData("Meanwhile, in Wembley:\n\n\"We don't need to be afraid. We beat good teams to get here.\"")]
    [InlineData("The storm has closed roads across the north. Here is the latest:\n\n\"It is not safe to travel unless absolutely necessary, so please stay at home.\"")]
    public void A_quotation_under_a_label_naming_no_one_is_still_reported(string text) => Assert.Equal(1, Quotes(text));

    private const string Box = "Claim: Net migration is running at \"close to a million a year\".\nConclusion: This was true for the year to June 2023.\n\n";

    [Theory]
    [InlineData(Box + "Nigel Farage told BBC Radio 4's Today programme on 28 August that net migration was \"still close to a million a year, whatever the government says\".")]
    [InlineData("What was claimed\n\n\"The waiting list has now fallen for six months running – the longest run of falls since records began.\"\n\nThis was said by the Health Secretary, Wes Streeting, in a speech on 9 October.")]
    public void A_claim_credited_below_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData(Box + "The Office for National Statistics estimates net migration twice a year.")]
    [InlineData(Box + "The figures do not support this.\n\nThe ONS revised its estimate.\n\nSo the claim was roughly accurate.\n\nNigel Farage said net migration was \"still close to a million a year\".")]
    [InlineData("What was claimed\n\n\"The waiting list has now fallen for six months running – the longest run of falls since records began.\"\n\nThe Health Secretary, Wes Streeting, spoke in Harrogate on 9 October.")]
    public void A_claim_no_paragraph_below_credits_is_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
