namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2003 in British local house style, which gives the honorific or "Cllr" on first reference ("Mr Jason Foot", "Cllr
/// Tom Ashworth") and on every later one: when the story writes a later reference with the title ("Mr Fry"), a bare
/// surname after such a first reference is the slip, and a later "Mr Fry" is the style, not the odd one out. West
/// African copy, which writes "Mr Stanley Gama" and then "Gama said" throughout, a full name with "Dr", "Prof" or "Sir",
/// which styles with no honorifics also write, and "Councillor" in Canadian copy set no style.
/// </summary>
public sealed class HonorificFirstReferenceTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2003").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Club chairman Mr Jason Foot said the festival was the biggest of the year.\n\nFoot said the club would use the money for kit. Mrs Amy Leeson, a parent, praised it, and Mrs Leeson said she would help.", "Foot")]
    [InlineData("Cllr Tom Ashworth proposed the motion.\n\n\"It is a good scheme,\" Ashworth said. Cllr Ashworth said he would vote for it.", "Ashworth")]
    [InlineData("Group Scout Leader Mr Martin Fry said the hall was full.\n\n\"We need leaders,\" Fry said. To volunteer, contact Mr Fry.", "Fry")]
    public void A_bare_surname_after_a_first_reference_with_a_courtesy_title_is_reported(string text, string bare) =>
        Assert.Equal([bare], Reported(text));

    [Theory]
    [InlineData("Club chairman Mr Jason Foot said the festival was the biggest of the year.\n\nMr Foot said the club would use the money for kit.")]
    [InlineData("Harare City Council spokesperson Mr Stanley Gama said the council was short of chemicals.\n\n\"Rationing is a reality,\" Gama said. Mr Reuben Akili, a resident, said taps had been dry for a week.")]
    [InlineData("Prof Jane Hollis, of the University of Leeds, led the study.\n\nHollis said the findings were clear.")]
    [InlineData("Sir Keir Starmer spoke in Leeds on Monday.\n\nStarmer said the plan would be published in the spring.")]
    [InlineData("Councillor Tom Ashworth of Ward 5 proposed the motion.\n\n\"It is a good scheme,\" Ashworth said.")]
    public void The_style_kept_or_a_title_that_sets_no_style_is_left_alone(string text) => Assert.Empty(Reported(text));
}
