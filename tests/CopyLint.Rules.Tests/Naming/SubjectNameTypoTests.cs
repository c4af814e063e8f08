namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2006 on a slip in the surname of the person a story is about, and on near names that are other people.</summary>
public sealed class SubjectNameTypoTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2006").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Ruto = "President William Ruto opened the new dam on Friday. Ruto said it would irrigate 40,000 acres.\n\n"
        + "Farmers in the valley welcomed the project, which Ruto first promised in 2022.\n\n";

    private const string Sinner = "Jannik Sinner beat Daniil Medvedev 6-3 6-4 in Vienna on Sunday. Sinner served 12 aces.\n\n"
        + "Medvedev had beaten Sinner in their last meeting, but the Italian was sharper from the start.\n\n"
        + "\"I felt good from the first point,\" Sinner said.\n\n";

    [Theory]
    [InlineData(Ruto + "Critics accused President Rutto's government of favouring large estates.", "Rutto")]
    [InlineData(Ruto + "Rutto thanked the engineers who built it.", "Rutto")]
    [InlineData(Sinner + "Siner saved three break points in the second set.", "Siner")]
    public void A_doubled_or_undoubled_letter_in_the_subjects_name_is_reported(string text, string typo) =>
        Assert.Equal([typo], Flagged(text));

    private const string Gauff = "Victoria Mboko beat Coco Gauff 6-1 6-4 in Montreal on Thursday. Gauff had won their only previous meeting.\n\n"
        + "Gauff, who won the French Open in June, said she had struggled with the teenager's pace.\n\n"
        + "Mboko will next face Elena Rybakina. Gauff heads to Cincinnati.\n\n";

    private const string Brook = "Harry Brook made 171 as England took control in Christchurch. Brook reached his hundred off 123 balls.\n\n"
        + "Brook, who was dropped on 18, shared a stand of 151 with Ollie Pope. Brook's previous best here was 54.\n\n";

    [Fact]
    public void A_changed_letter_in_the_subjects_name_speaking_alone_is_reported() =>
        Assert.Equal(["Brock"], Flagged(Brook + "\"It was a flat pitch and I got in,\" Brock said at the close."));

    private const string Babar = "Babar Azam ended a run of 14 Test innings without a hundred on Wednesday.\n\n"
        + "Babar came to the crease with the score on 48 for 2. Babar reached three figures shortly after tea.\n\n"
        + "Babar has averaged 24.6 in Tests since the start of 2023.\n\n";

    [Fact]
    public void A_slip_in_the_given_name_the_copy_refers_back_by_is_reported() =>
        Assert.Equal(["Baber"], Flagged(Babar + "\"It has been a long time,\" Baber said at the close."));

    [Fact]
    public void A_given_name_is_no_reference_where_the_copy_also_uses_the_surname() =>
        Assert.Empty(Flagged(Babar + "Azam was dropped last year.\n\n\"It has been a long time,\" Baber said at the close."));

    [Theory]
    // Not speaking: a bare word that acts may be a club or a place.
    [InlineData(Brook + "Brock thanked the groundstaff after play.")]
    // A surname of four letters: a changed letter is as often another name.
    [InlineData("Harry Kane scored twice as Bayern beat Mainz. Kane has now scored 14 goals.\n\nKane, 32, was rested in midweek. "
        + "Kane said the team was improving.\n\nKate said the fans had been patient.")]
    public void A_changed_letter_that_does_not_speak_or_is_in_a_short_name_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Fact]
    public void Two_letters_swapped_in_the_subjects_name_are_reported() =>
        Assert.Equal(["Guaff"], Flagged(Gauff + "\"She served very well,\" Guaff said. \"I have to give her credit.\""));

    [Fact]
    public void Two_letters_swapped_where_no_person_acts_are_left_alone() =>
        Assert.Empty(Flagged(Gauff + "The crowd at the stadium stayed late to cheer for Guaff."));

    [Fact]
    public void A_person_titled_only_at_a_later_mention_of_the_same_name_is_titled()
    {
        const string text = "Donald Trump arrived in Ohio on Monday.\n\nPresident Donald Trump told supporters that tariffs would stay. "
            + "Trump said prices would fall.\n\nTramp insisted that consumers would not bear the cost.";
        Assert.Equal(["Tramp"], Flagged(text));
    }

    [Fact]
    public void The_fix_restores_the_surname()
    {
        var text = Ruto + "Critics accused President Rutto's government of favouring large estates.";
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL2006"));
        Assert.Equal("Ruto", Assert.Single(diagnostic.Fixes).Edits.Single().NewText);
    }

    [Fact]
    public void A_slip_the_inconsistent_name_rule_reports_is_not_reported_twice()
    {
        const string text = Sinner + "Sinnner will play in Turin next week.";
        Assert.Empty(Flagged(text));
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Sinnner");
    }

    [Theory]
    // Another title: another office holder, perhaps another person.
    [InlineData(Ruto + "Governor Rutto said the county had not been consulted.")]
    // The same title, but two letters apart: another prince.
    [InlineData("Prince William arrived in The Hague on Tuesday. Prince William said the two countries shared a long history, "
        + "and Prince William later laid a wreath.\n\nHe stayed at Prince Willem's palace.")]
    // The subject has no title: a titled near name is someone else.
    [InlineData(Sinner + "President Siner presented the trophy.")]
    // Named in full and again: a second person.
    [InlineData(Ruto + "Mary Rutto, who farms near the dam, was not convinced. Rutto said the water would go to large estates.")]
    // An untitled surname mentioned three times is not yet the story's subject.
    [InlineData("Jannik Sinner beat Daniil Medvedev in Vienna. Sinner served 12 aces.\n\n\"I felt good,\" Sinner said.\n\nSiner saved three break points.")]
    // A dropped letter that is not a doubled one is as often another name.
    [InlineData("Tom Bryant scored twice as Leeds beat Hull. Bryant has now scored nine goals.\n\nBryant, 24, joined from Derby. Bryant said the team deserved it.\n\nBryan thanked the fans.")]
    // Without a title, a changed letter is as often another person or word: only a doubled or undoubled one is reported.
    [InlineData("Harry Kane scored twice as Bayern beat Mainz. Kane has now scored 14 goals.\n\nKane, 32, was rested in midweek. "
        + "Kane said the team was improving.\n\nKate thanked the fans for their support.")]
    [InlineData(Sinner + "Sinter saved three break points in the second set.")]
    public void A_near_name_that_may_be_someone_else_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("Tom", "Mathews", "Anna", "Matthews")]
    [InlineData("Ben", "Philips", "Sarah", "Phillips")]
    [InlineData("Tim", "Allen", "Greg", "Allan")]
    [InlineData("Mark", "Johnson", "Lee", "Johnston")]
    [InlineData("Kasper", "Anderson", "Lars", "Andersen")]
    [InlineData("Lucas", "Bryant", "Jon", "Bryan")]
    [InlineData("Peter", "Ruto", "Amos", "Rutto")]
    public void Two_people_with_near_names_each_named_in_full_are_left_alone(string given, string surname, string otherGiven, string other)
    {
        var text = $"{given} {surname} won the final on Sunday. {surname} said the win was the best of his career.\n\n"
            + $"{surname} beat {otherGiven} {other} in the semi-final. {other} said he had been outplayed.\n\n"
            + $"{surname} will defend the title next year. {surname} has won it three times.";
        Assert.Empty(Flagged(text));
    }

    private const string Plant = "Councillor Graham Plant, cabinet member for highways, said the money would pay for six repair gangs. "
        + "\"This money means we can fix roads properly,\" Cllr Plant said.\n\n";

    [Fact]
    public void A_slip_with_the_subject_s_title_abbreviated_is_reported() =>
        Assert.Equal(["Plannt"], Flagged(Plant + "Cllr Plannt said work would begin in January. Plant said the council would publish a map."));

    [Fact]
    public void A_slip_with_another_title_is_not_reported() =>
        Assert.Empty(Flagged(Plant + "Sgt Plannt said work would begin in January. Plant said the council would publish a map."));
}
