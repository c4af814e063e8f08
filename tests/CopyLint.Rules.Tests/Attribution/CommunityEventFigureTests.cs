namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on the facts of record of community copy: the entrants who took part in a competition, the walkers who raised a
/// fundraiser's total, the crowd an event brought, the cap a grants scheme lets groups apply for, the cost of what a
/// council agreed to buy, a Q&amp;A's standfirst on the interviewee's career, a what's-on entry's count and a profile
/// subject's memory of when he started; each beside the claim of the same shape
/// that is still reported.
/// </summary>
public sealed class CommunityEventFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    private const string Interview = "\n\nWhat is the first thing you look at when a class walks in?\n\n\"How they move. I watch the whole line walk round before I look at any one animal.\"\n\n"
        + "What makes a champion?\n\n\"Balance. I want everything in proportion, and I want to see it walk.\"";

    [Theory]
    [InlineData("About 140 members took part, judging classes of beef cattle, dairy heifers, sheep and pigs.")]
    [InlineData("More than 120 walkers raised £8,900 for Thames Valley Hospice when they took part in the annual Ridgeway Ramble on Sunday.")]
    [InlineData("The festival, held for the 22nd year, brought about 600 young players and their families from across Dorset and Hampshire.")]
    public void The_entrants_or_crowd_of_an_event_are_its_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 140 members took part in the protest outside the town hall.", "About 140")]
    [InlineData("More than 2,400 competitors took part in the championships over two days.", "More than 2,400")]
    [InlineData("More than 120 walkers raised £8,900 between them.", "More than 120")]
    [InlineData("The show drew more than 3,000 complaints to the regulator.", "more than 3,000")]
    [InlineData("The festival brought an estimated 600 visitors to the town.", "an estimated 600")]
    [InlineData("The show, held at Westpoint, near Exeter, attracted about 90,000 visitors over three days.", "about 90,000")]
    public void A_protest_a_sum_for_no_cause_a_count_of_no_crowd_an_estimate_or_a_county_show_s_gate_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The town council's annual grants scheme is open for applications until Friday, 15 January. Groups can apply for up to £750.")]
    [InlineData("Langford: The parish council has agreed to buy a defibrillator for the telephone box on High Street at a cost of £1,380.")]
    public void A_scheme_s_cap_or_the_cost_of_what_a_council_agreed_to_buy_is_its_own_term(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The grants scheme closed in January. Groups have applied for up to £7,500 between them.", "up to £7,500")]
    [InlineData("Langford: The parish council has bought a defibrillator for the telephone box on High Street at a cost of £1,380.", "£1,380")]
    public void A_sum_applied_for_or_a_cost_paid_with_no_commitment_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Listings\n\nBuxton Antiques Fair, Pavilion Gardens, Sunday, 13 December, 9.30am to 4pm. More than 100 dealers. Entry £3.")]
    [InlineData("He has seen the show change. When he started, there were more than 300 dairy cattle entered. This year there were 62.")]
    public void A_listing_s_count_or_a_subject_s_memory_of_his_start_is_left_alone(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Listings\n\nThe antiques fair returns to Pavilion Gardens on Sunday. More than 100 dealers. Entry is £3.", "More than 100")]
    [InlineData("Listings\n\nBuxton Antiques Fair, Pavilion Gardens, Sunday, 9.30am to 4pm. More than 100 dealers are expected.", "More than 100")]
    [InlineData("The river burst its banks. When the flood struck, more than 300 homes were damaged.", "more than 300")]
    public void The_same_count_with_no_time_with_a_verb_or_with_no_one_s_start_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_QA_standfirst_on_the_interviewee_s_career_is_sourced_by_the_interview() =>
        Assert.Empty(Figures("Q&A: What does a cattle judge look for?\n\nMrs Fiona Blackett has judged beef cattle at more than 100 shows, including the Royal Highland." + Interview));

    [Fact]
    public void A_QA_standfirst_opening_on_anything_else_is_still_a_claim() =>
        Assert.Contains("More than 100", Figures("Q&A: What does a cattle judge look for?\n\nMore than 100 shows were cancelled this year, and Mrs Fiona Blackett judged at one of the few left." + Interview));
}
