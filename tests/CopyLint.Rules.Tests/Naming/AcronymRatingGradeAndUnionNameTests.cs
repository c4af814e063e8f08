namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on bond copy: a grade on a credit agency's scale ("BBB+", "rating BBB affirmed") in a sentence of rating, and
/// the GMB, the union whose name is its initials; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymRatingGradeAndUnionNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Severnmoor is rated Baa1 by one agency and BBB+ by another, both with stable outlooks.")]
    [InlineData("Orrin Chemicals: outlook cut to negative from stable by Kestrel Credit; rating BBB affirmed.")]
    [InlineData("The council was downgraded to AA- from AA, the agency said.")]
    [InlineData("Its bonds fell after the company was downgraded to CCC.")]
    [InlineData("\"Pensioners should be at the front of the queue,\" said Mary Doyle, national officer for pensions at the GMB.")]
    public void A_rating_grade_or_a_union_named_by_its_initials_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Complaints about the firm were rated highly by the BBB, which logged 40 of them.", "BBB")]
    [InlineData("Severnmoor sold its first bond in 2019, and the BBB logged 40 complaints about it.", "BBB")]
    [InlineData("The CCC said the rating of the council's plan was poor.", "CCC")]
    [InlineData("\"Members should be at the front of the queue,\" said Mary Doyle, national officer at the PCS.", "PCS")]
    public void A_body_outside_a_sentence_of_rating_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
