namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on acronyms known where the story is, when the place is named only in a capitals dateline ("SINGAPORE —"), on
/// household names of Thai markets and Indian schooling, on the aid agencies the aid press names bare, and on a
/// headline asked as a question; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymDatelineAndAidCopyTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("SINGAPORE — The disruption was the longest on the MRT network since it began operating in 1987.")]
    [InlineData("The SET index rose 1.2 per cent on Friday after Thailand's parliament elected a prime minister.")]
    [InlineData("Chip stocks closed up 1.4 percent in Taipei. The TAIEX closed up 0.8 percent.")]
    [InlineData("Fees at Indian-curriculum schools rose. Dinesh Kumar, whose son attends a CBSE school in Al Qusais, said the increase was manageable.")]
    [InlineData("Humanitarian access has improved. WFP resumed distribution of specialized nutritious foods in 31 woredas.")]
    [InlineData("Kakuma hosts about 300,000 refugees, mostly from South Sudan, according to UNHCR.")]
    [InlineData("About 77,000 people were displaced in April, according to the USAID-funded monitoring network.")]
    public void An_acronym_known_where_the_story_is_or_in_aid_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("SEOUL — The disruption was the longest on the MRT network since it began operating in 1987.", "MRT")]
    [InlineData("The benchmark SET index fell 1.1% on Tuesday after the ruling.", "SET")]
    [InlineData("Chip stocks rallied in Seoul. The TAIEX closed up 0.8 percent.", "TAIEX")]
    [InlineData("Dinesh Kumar, whose son attends a CBSE school in Al Qusais, said the increase was manageable.", "CBSE")]
    [InlineData("Humanitarian access has improved. MSF said its teams had treated more patients.", "MSF")]
    [InlineData("Kakuma hosts about 300,000 refugees. IOM said more had arrived in March.", "IOM")]
    [InlineData("The figures come from a WFP report published on Monday.", "WFP")]
    public void The_same_acronym_elsewhere_or_another_agency_is_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));

    [Fact]
    public void A_headline_asked_as_a_question_is_display_copy_when_the_body_spells_the_name_out() =>
        Assert.Empty(Acronyms("Explainer: What happens when WFP's \"pipeline breaks\"?\n\nBy a staff reporter\n\n"
            + "For the World Food Programme, the pipeline is the chain of purchases that brings food to people. WFP plans it months ahead.\n"));

    [Fact]
    public void A_body_that_never_spells_out_the_name_under_a_question_headline_is_still_reported() =>
        Assert.Equal(["WFP"], Acronyms("What happens when WFP's \"pipeline breaks\"?\n\nBy a staff reporter\n\n"
            + "The pipeline is the chain of purchases that brings food to people. WFP plans it months ahead.\n"));
}
