namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a feature's quotation straight after a paragraph's first sentence whose subject is the last credited
/// speaker ('He hopes …', 'Ms Lowther credits …'); beside it, a subject who is someone else, or no one quoted before.
/// </summary>
public sealed class QuoteAfterSpeakerSubjectTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("For Jermaine, the course has been a shock. \"I didn't think I was the kind of person who reads books,\" he said.\n\nHe hopes to enrol on a distance-learning degree in the next year. \"When I get out, I want to be able to tell my son I did something with the time.\"")]
    [InlineData("Becky Lowther, 24, joined the service last spring.\n\n\"Nothing prepares you for your first week on a wing,\" she said.\n\nHer experience is common, figures show.\n\nThe service has tried to improve retention.\n\nMs Lowther credits her mentor, a senior officer, with keeping her in the job. \"She told me the men will test you, and then they'll decide whether you're fair.\"")]
    public void A_quotation_after_the_last_speaker_as_subject_is_theirs(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("\"Men on this programme have had fewer adjudications than the general population,\" he said.\n\nShe hopes to enrol on a distance-learning degree in the next year. \"When I get out, I want to be able to tell my son I did something with the time.\"")]
    [InlineData("\"Staffing is the limit on everything we do here,\" Mr Rahman said.\n\nMs Lowther credits her mentor, a senior officer, with keeping her in the job. \"She told me the men will test you, and then they'll decide whether you're fair.\"")]
    [InlineData("The course began in October.\n\nMs Lowther credits her mentor, a senior officer, with keeping her in the job. \"She told me the men will test you, and then they'll decide whether you're fair.\"")]
    public void A_subject_who_is_not_the_last_speaker_is_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
