namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a run of data sentences in one paragraph that carries its first figure's source to a later figure of
/// the same kind, on whom a deal covers, and on a rough crowd in words the reporter saw; each beside the nearest claim
/// that is still reported.
/// </summary>
public sealed class ParagraphRunAndDealCoverageTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Fact]
    public void A_run_of_data_sentences_carries_the_source_of_its_first_figure() =>
        Assert.Empty(Figures("A total of 520,085 people crossed the Darién last year, a record, according to Panamanian government figures. "
            + "More than 60% were Venezuelans. So far this year, the total is about 270,000."));

    [Fact]
    public void A_sentence_with_no_figure_ends_the_run() =>
        Assert.Contains("about 270,000", Figures("A total of 520,085 people crossed the Darién last year, a record, according to Panamanian government figures. "
            + "Most were Venezuelans. So far this year, the total is about 270,000."));

    [Fact]
    public void A_figure_called_estimated_needs_its_own_source_after_a_run() =>
        Assert.Contains("An estimated 3,000", Figures("A total of 5,200 members voted, according to union figures. More than 60% backed the strike. "
            + "An estimated 3,000 of the members gathered outside the plant."));

    [Fact]
    public void Whom_a_deal_covers_is_a_term_of_the_deal() =>
        Assert.Empty(Figures("The deal covers about 28,000 employees at the Driefontein, Kloof and Beatrix operations."));

    [Fact]
    public void Whom_job_cuts_hit_is_still_a_claim() =>
        Assert.Contains("about 28,000", Figures("The job cuts hit about 28,000 employees at the Driefontein, Kloof and Beatrix operations."));

    [Fact]
    public void A_rough_crowd_in_words_the_reporter_saw_is_not_reported() =>
        Assert.Empty(Figures("Outside Wellington Regional Hospital, several hundred nurses in purple T-shirts lined Riddiford Street from early morning."));

    [Fact]
    public void A_rough_crowd_in_words_attending_an_event_is_not_reported() =>
        Assert.Empty(Figures("A vigil held at the park on Monday evening was attended by several hundred people, many wearing the club's claret shirts."));

    [Fact]
    public void A_crowd_in_digits_attending_an_event_is_still_a_claim() =>
        Assert.Contains("about 300", Figures("A vigil held at the park on Monday evening was attended by about 300 people, many wearing the club's claret shirts."));

    [Fact]
    public void A_crowd_counted_in_digits_is_still_a_claim() =>
        Assert.Contains("about 300", Figures("Outside Wellington Regional Hospital, about 300 nurses in purple T-shirts lined Riddiford Street from early morning."));
}
