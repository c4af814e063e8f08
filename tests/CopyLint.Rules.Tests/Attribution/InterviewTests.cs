namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003: the quoted answers of an interview printed as questions and answers are the interviewee's.</summary>
public sealed class InterviewTests
{
    private const string Standfirst =
        "**The novelist talks to Ellen Moran about family history, isolation and the word \"cosy\".**\n\n"
        + "Niamh Cusack's grandfather spent 11 years as a lighthouse keeper. \"He rarely talked about it,\" she says.\n\n";

    [Theory]
    [InlineData("**Why 1959?**\n\n\"Because it's just before automation, and the keepers knew their way of life was ending.\"\n\n**How did you research it?**\n\n\"I spent four nights on Fanad Head, and the wind never stopped.\"")]
    [InlineData("Why 1959?\n\n\"Because it's just before automation, and the keepers knew their way of life was ending.\"\n\nReviewers have called it cosy. Do you agree?\n\nShe laughs. \"I hate that word, because these men were lonely and frightened.\"")]
    public void Answers_under_two_or_more_questions_need_no_speaker(string interview) =>
        Assert.Empty(RuleHarness.Lint(Standfirst + interview, "CL3003"));

    [Fact]
    public void One_question_followed_by_a_quote_is_still_reported() =>
        Assert.Single(RuleHarness.Lint(
            Standfirst + "**What did the minister say?**\n\n\"We will not raise taxes on working families this year.\"\n\nThe budget is due in May.",
            "CL3003"));

    [Fact]
    public void A_quote_that_answers_no_question_in_an_interview_is_still_reported() =>
        Assert.Single(RuleHarness.Lint(
            Standfirst + "**Why 1959?**\n\n\"Because it's just before automation, and the keepers knew it.\"\n\n**And the research?**\n\n\"Four nights on Fanad Head, and the wind never stopped.\"\n\n"
            + "The book was reissued last year.\n\n\"It was the best thing I have read in a decade of reviewing.\"",
            "CL3003"));
}
