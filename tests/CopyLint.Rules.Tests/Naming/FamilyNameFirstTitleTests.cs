namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 after an academic title: "Professor" is no part of the name it stands before.</summary>
public sealed class FamilyNameFirstTitleTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_pinyin_given_name_after_a_professor_s_full_name_is_reported() =>
        Assert.Equal(["Xiaoming", "Xiaoming"], Wrong(
            "The results were striking, said Professor Wang Xiaoming, a cardiologist who led the study.\n\n"
            + "Xiaoming said the team would publish next year. Most patients recovered, Xiaoming added."));

    [Fact]
    public void The_family_name_after_a_professor_s_full_name_is_left_alone() =>
        Assert.Empty(Wrong(
            "The results were striking, said Professor Wang Xiaoming, a cardiologist who led the study.\n\n"
            + "Wang said the team would publish next year. Professor Wang added that most patients recovered."));

    [Fact]
    public void A_given_name_is_reported_after_a_headline_that_puts_a_word_before_the_full_name() =>
        Assert.Equal(["Min-jun"], Wrong(
            "Cellist Park Min-jun on Bach and practice\n\nPark Min-jun was eight when he first played in Busan. "
            + "Min-jun talked to us before a recital in London."));

    [Fact]
    public void A_given_name_that_ends_a_western_name_in_the_story_is_still_left_alone() =>
        Assert.Empty(Wrong(
            "The charity gala was held at a hotel on Park Lane.\n\nIts founder, Maria Lane, said the night raised £2 million. Lane thanked the donors."));
}
