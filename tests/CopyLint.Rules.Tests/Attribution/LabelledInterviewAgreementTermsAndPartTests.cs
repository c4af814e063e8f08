namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on an interview under a "Q&amp;A:" headline whose questions are plain paragraphs, on the terms an agreement sets
/// ("Under the agreement, the government will pay … $38 million"), and on a part of a figure after "of whom"; each beside
/// the nearest shape that is still reported.
/// </summary>
public sealed class LabelledInterviewAgreementTermsAndPartTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    private const string Interview = "\n\nSherine Palmer grows scallion on four acres in St Elizabeth. She spoke to the Observer about the drought.\n\n"
        + "How bad was the drought on your farm?\n\nWe had no proper rain from June to September. I lost half of my scallion.\n\n"
        + "What has happened to prices?\n\nScallion went up to $900 a pound in September. Now it is back around $450.\n\n"
        + "What do you need most?\n\nWater storage. If every farmer had a tank, we would not be hit so hard.\n";

    [Fact]
    public void An_answer_under_a_labelled_interview_s_plain_question_is_the_interviewee_s() =>
        Assert.Empty(Figures("Q&A: 'Drought taught us to save every drop'" + Interview));

    [Fact]
    public void The_same_questions_and_answers_without_the_label_are_still_reported() =>
        Assert.Contains("around $450", Figures("Drought taught us to save every drop" + Interview));

    [Fact]
    public void Third_person_answers_under_a_labelled_explainer_are_still_reported() =>
        Assert.Contains("about $450", Figures("Q&A: What the drought means for prices\n\nThe Observer answers some questions.\n\n"
            + "What has happened to prices?\n\nScallion went up to $900 a pound in September. It is now about $450 a pound.\n\n"
            + "Who is affected?\n\nHigglers and consumers pay whatever the market asks.\n"));

    [Fact]
    public void The_terms_an_agreement_sets_are_the_agreement_s() =>
        Assert.Empty(Figures("Under the agreement, the Yukon government will pay for roads and sewer connections to the lots, at an estimated cost of $38 million."));

    [Theory]
    [InlineData("Under the agreement, the Yukon government paid for roads and sewer connections to the lots, at an estimated cost of $38 million.")]
    [InlineData("Under the plan, the Yukon government will pay for roads and sewer connections to the lots, at an estimated cost of $38 million.")]
    public void What_followed_an_agreement_or_a_plan_s_terms_are_still_reported(string text) => Assert.Contains("$38 million", Figures(text));

    [Fact]
    public void A_part_of_a_figure_left_alone_is_left_alone() =>
        Assert.Empty(Figures("The community, which is accessible only by air, has about 1,900 members, of whom about 1,100 live on reserve."));

    [Fact]
    public void A_part_of_a_figure_that_is_a_claim_is_still_reported() =>
        Assert.Contains("about 1,100", Figures("About 1,900 people were evacuated, of whom about 1,100 were children."));
}
