namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on religious and campus copy: a religious order's letters after a name, a degree course and a university known
/// by their initials, and a house style's opening word in capitals; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymPostNominalAndLedeWordTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Fr Nicholas King SJ is a Jesuit and biblical scholar at Campion Hall, Oxford.")]
    [InlineData("The retreat was led by Timothy Radcliffe OP, the former master of the Dominicans.")]
    [InlineData("Sister Mary Jones, OSB, said the community would stay.")]
    public void A_religious_orders_letters_after_a_name_are_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Fr Nicholas King KFRA is a Jesuit and biblical scholar at Campion Hall, Oxford.", "KFRA")]
    [InlineData("The SJ said the retreat would go ahead in the spring.", "SJ")]
    public void Unlisted_letters_after_a_name_or_listed_ones_alone_are_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));

    [Theory]
    [InlineData("The motion was opposed by Laura Okonjo, a second-year PPE student at Balliol.")]
    [InlineData("At UCLA, the rabbi said the center had hosted a dinner for students last week.")]
    public void A_degree_course_or_university_known_by_its_initials_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void An_unknown_course_or_university_is_still_reported() =>
        Assert.Equal(["HSPS", "UCSB"], Acronyms("Laura Okonjo, a second-year HSPS student, spoke first. At UCSB, the rabbi said the center had hosted a dinner."));

    [Theory]
    [InlineData("Clergy report rising stress\n\nBy Hattie Williams\n\nMORE than half of Church of England clergy report feeling stressed, a survey has found.\n\nThey are asked to do more with less.")]
    [InlineData("Cathedrals defend entry charges\n\nSOME cathedrals that charge for entry have defended the practice.")]
    [InlineData("Bulawayo industries show signs of revival\n\nFrom Mashudu Netsianda in BULAWAYO\n\nONCE known as Zimbabwe's industrial hub, Bulawayo is seeing a modest revival.")]
    public void A_house_styles_opening_word_in_capitals_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Clergy report rising stress\n\nBy Hattie Williams\n\nKFRA officials said clergy were stressed.", "KFRA")]
    [InlineData("Bulawayo industries show signs of revival\n\nFrom Mashudu Netsianda in BULAWAYO\n\nZITF known as the country's biggest fair, Bulawayo hosts buyers.", "ZITF")]
    public void An_opening_word_in_capitals_that_is_not_an_everyday_word_is_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
