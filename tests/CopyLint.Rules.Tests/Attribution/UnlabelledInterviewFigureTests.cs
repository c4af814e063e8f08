namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on an interview printed as plain questions with no Q&amp;A label: three or more questions, one asking "you",
/// each answered in the first person, make every answer the interviewee's; an explainer answering in the third person,
/// or only two such answers, is still reported.
/// </summary>
public sealed class UnlabelledInterviewFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    private const string Headline = "Chef on opening her Nigerian restaurant\n\nAdaeze Nwankwo spent 10 years in fine dining. She spoke to us about the cost of a walk-in fridge.\n\n";

    private const string FirstAnswers = "Why Nigerian food, and why now?\n\nI'd been cooking French food for years, and I was good at it.\n\n"
        + "What's on the menu?\n\nIt changes weekly. We do suya skewers of beef and chicken.\n\n";

    private const string CostAnswer = "How much did it cost to open?\n\nAbout £140,000, most of it on the kitchen. I used my savings and a loan.\n\n";

    [Fact]
    public void An_answer_under_three_plain_questions_answered_in_the_first_person_is_the_interviewee_s() =>
        Assert.Empty(Figures(Headline + FirstAnswers + CostAnswer + "What has surprised you?\n\nHow many families come in for birthdays. My mum has opinions.\n"));

    [Fact]
    public void Only_two_such_answers_are_still_reported() =>
        Assert.Contains("About £140,000", Figures(Headline + FirstAnswers.Split("What's")[0] + CostAnswer + "The restaurant is open from Tuesday to Sunday.\n"));

    [Fact]
    public void An_explainer_answering_in_the_third_person_is_still_reported() =>
        Assert.Contains("About £140,000", Figures(Headline
            + "Why Nigerian food, and why now?\n\nDemand has grown in south London, agents say.\n\n"
            + "What's on the menu?\n\nIt changes weekly. There are suya skewers of beef and chicken.\n\n"
            + "How much did it cost you to open?\n\nAbout £140,000, most of it on the kitchen. The fridge alone was costly.\n\n"
            + "What has surprised you?\n\nHow many families come in for birthdays.\n"));
}
