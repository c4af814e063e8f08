using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>What counts as a source for a figure, how far it reaches, and the options that change it.</summary>
public sealed class SourceTests
{
    [Theory]
    [InlineData("About 15,000 soldiers have been sent, the ministry said.")]
    [InlineData("The ministry says about 15,000 soldiers have been sent.")]
    [InlineData("According to the UN, about 15,000 soldiers have been sent.")]
    [InlineData("Figures from the ONS put the total at 15,000.")]
    [InlineData("Intelligence assessments show that about 15,000 soldiers have been sent.")]
    [InlineData("\"About 15,000 soldiers have been sent,\" said Gen Xavier Brunson.")]
    [InlineData("Analysts say about 15,000 soldiers have been sent.")]
    [InlineData("The agency estimated that 15,000 soldiers had been sent.")]
    [InlineData("About 15,000 soldiers have been sent. The ministry said the figure could rise.")]
    [InlineData("The ministry said on Monday that troops had moved. About 15,000 soldiers have been sent.")]
    [InlineData("The housing package, worth about €2.5 billion, will be in next week's budget, The Irish Times understands.")]
    [InlineData("The BBC has learned that about 3,000 posts will go at the broadcaster.")]
    [InlineData("Siemens reiterated its forecast of annual revenue of about €80bn, which would be a rise of about 6% on last year.")]
    [InlineData("The ministry reiterated that about 15,000 soldiers had been sent.")]
    public void Attributed_figure_is_left_alone(string text)
    {
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
    }

    [Theory]
    [InlineData("The United States has sent about 15,000 soldiers.")]
    [InlineData("An estimated 15,000 soldiers have been sent.")]
    [InlineData("Revenue of about €80bn was reiterated, which would be a rise of about 6% on last year.")]
    [InlineData("About 15,000 soldiers have been sent. The war began in 2022. The ministry said the figure could rise.")]
    [InlineData("\"The ministry said nothing,\" about 15,000 soldiers have been sent.")]
    public void Cue_that_is_not_a_source_in_reach_does_not_attribute(string text)
    {
        Assert.Single(RuleHarness.Lint(text, "CL3001"));
    }

    [Fact]
    public void A_named_source_wins_over_a_hedge_in_the_same_sentence()
    {
        Assert.Empty(RuleHarness.Lint("The ministry said 15,000 soldiers had reportedly been sent.", "CL3001", "CL3002"));
    }

    [Theory]
    [InlineData("The organisers put the number of marchers at more than 50,000.")]
    [InlineData("Officials put the death toll from the earthquake at about 2,000.")]
    [InlineData("The ministry puts the total cost of the scheme at about £3bn.")]
    public void Putting_the_number_of_something_at_a_figure_sources_it(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("The organisers put the number of marchers who came from across the country at more than 50,000.")]
    [InlineData("The organisers put the number of marchers higher. More than 50,000 people were arrested.")]
    public void Putting_a_number_too_far_from_at_or_without_at_sources_nothing(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Fact]
    public void A_put_at_figure_below_sources_the_lede_above_it() =>
        Assert.Empty(RuleHarness.Lint(
            "Police detained more than 3,000 protesters across the country on Saturday.\n\nThe interior ministry put the number of those held at 3,400 protesters by Sunday.",
            "CL3001", "CL3002"));

    [Fact]
    public void A_hedge_in_its_own_sentence_is_not_rescued_by_a_named_source_next_to_it()
    {
        var found = RuleHarness.Lint("About 15,000 soldiers were reportedly sent. According to officials, 5,000 of them were killed.", "CL3001", "CL3002");

        Assert.Equal("CL3002", Assert.Single(found).Id);
    }

    [Theory]
    [InlineData("The company will cut about 2,000 jobs next year, according to several sources familiar with the plans.", "about 2,000", "according to several sources familiar with the plans")]
    [InlineData("Almost 40,000 homes lost power, according to local media reports.", "Almost 40,000", "according to local media reports")]
    public void A_vague_agent_after_according_to_is_named_in_the_message(string text, string figure, string hedge)
    {
        var found = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3002", $"'{figure}' is sourced only by '{hedge}': name who says so"), (found.Id, found.Message));
    }

    [Theory]
    [InlineData("The painting, said to be worth about £5m, was taken from the gallery on Sunday.", "about £5m", "said to be")]
    [InlineData("Reports suggest the club could fetch more than €600m, with the board said to be open to offers.", "more than €600m", "Reports suggest")]
    [InlineData("The gang, said to have smuggled more than 2,000 migrants, was broken up in June.", "more than 2,000", "said to have")]
    public void A_reduced_passive_said_to_is_a_hedge_not_a_named_source(string text, string figure, string hedge)
    {
        var found = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3002", $"'{figure}' is sourced only by '{hedge}': name who says so"), (found.Id, found.Message));
    }

    [Fact]
    public void A_list_introduced_by_a_sourced_sentence_is_attributed()
    {
        const string text = "The ministry said:\n\n- 15,000 soldiers were sent.\n- 5,000 of them were killed.\n";

        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
    }

    [Fact]
    public void A_list_a_named_speaker_highlighted_is_attributed()
    {
        const string text = "Mr. Grandi highlighted three crises:\n\n- **Sudan**, where more than 12 million people have been forced from their homes;\n- **Myanmar**, where fighting has displaced hundreds of thousands since January.\n";

        Assert.Empty(RuleHarness.Lint(text, "CL3001"));
    }

    [Fact]
    public void A_list_under_a_lead_in_that_names_no_speaker_is_still_reported()
    {
        const string text = "Three crises stand out:\n\n- **Sudan**, where more than 12 million people have been forced from their homes;\n- **Myanmar**, where fighting has displaced hundreds of thousands since January.\n";

        Assert.Equal(2, RuleHarness.Lint(text, "CL3001").Count);
    }

    [Fact]
    public void A_list_under_a_plain_heading_is_not_attributed()
    {
        const string text = "Key points:\n\n- 15,000 soldiers were sent.\n- More than 5,000 of them were killed.\n";

        Assert.Equal(2, RuleHarness.Lint(text, "CL3001").Count);
    }

    [Fact]
    public void Reach_sentence_ignores_the_neighbouring_sentence()
    {
        const string text = "About 15,000 soldiers have been sent. The ministry said the figure could rise.";

        Assert.Empty(RuleHarness.Lint(text, "CL3001"));
        Assert.Single(Lint(text, "CL3001", "reach", "sentence"));
    }

    [Fact]
    public void Reach_paragraph_accepts_any_sentence_of_the_paragraph()
    {
        const string text = "About 15,000 soldiers have been sent. The war began in 2022. The ministry said the figure could rise.";

        Assert.Single(RuleHarness.Lint(text, "CL3001"));
        Assert.Empty(Lint(text, "CL3001", "reach", "paragraph"));
    }

    [Fact]
    public void Minimum_figure_raises_the_threshold()
    {
        const string text = "About 500 soldiers have been sent.";

        Assert.Single(RuleHarness.Lint(text, "CL3001"));
        Assert.Empty(Lint(text, "CL3001", "minimum_figure", "1000"));
    }

    [Fact]
    public void Exact_figures_option_reports_exact_figures_that_are_not_claims_by_form()
    {
        const string text = "The company employs 4,500 people at its plant in Derby.";

        Assert.Empty(RuleHarness.Lint(text, "CL3001"));
        Assert.Single(Lint(text, "CL3001", "exact_figures", "true"));
    }

    [Fact]
    public void Extra_attribution_verbs_attribute_in_all_their_forms()
    {
        const string text = "About 15,000 soldiers have been sent, the ministry grumbled.";

        Assert.Single(RuleHarness.Lint(text, "CL3001"));
        Assert.Empty(Lint(text, "CL3001", "attribution_verbs", ["grumble"]));
    }

    [Fact]
    public void Accepted_hedges_count_as_a_source()
    {
        const string text = "It is understood the club will pay £40m for the striker.";

        Assert.Single(RuleHarness.Lint(text, "CL3002"));
        Assert.Empty(Lint(text, "CL3002", "accepted_hedges", ["it is understood"]));
    }

    [Fact]
    public void Scope_claims_reports_a_hedged_claim_without_a_figure()
    {
        const string text = "It is understood the government plans to put the measure to a vote before the summer.";

        Assert.Empty(RuleHarness.Lint(text, "CL3002"));
        var diagnostic = Assert.Single(Lint(text, "CL3002", "scope", "claims"));
        Assert.Equal("This claim is sourced only by 'It is understood': name who says so", diagnostic.Message);
    }

    [Theory]
    [InlineData("The government reportedly plans to put the measure to a vote before the summer.", "reportedly")]
    [InlineData("Reportedly, the lounge will close for good at the end of the month.", "Reportedly")]
    [InlineData("According to reports, the club has already agreed terms with the striker.", "According to reports")]
    public void Reportedly_needs_a_source_even_without_a_figure(string text, string hedge)
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL3002"));
        Assert.Equal($"This claim is sourced only by '{hedge}': name who says so", diagnostic.Message);
    }

    [Theory]
    [InlineData("The government reportedly plans to put the measure to a vote before the summer, the Expresso newspaper said.")]
    [InlineData("The government reportedly plans to put the measure to a vote, according to the weekly Expresso.")]
    [InlineData("It is believed the lounge will close for good at the end of the month.")]
    public void Reportedly_with_its_outlet_in_its_sentence_and_milder_hedges_without_a_figure_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3002"));

    [Theory]
    [InlineData("According to reports in the Financial Times, the deal is worth about $2bn.")]
    [InlineData("The deal is worth about $2bn, according to reports by Bloomberg.")]
    [InlineData("The deal is worth about $2bn, according to media reports from Kyodo.")]
    public void Reports_whose_outlet_is_named_source_a_figure(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("The deal is worth about $2bn, according to media reports in Germany.")]
    [InlineData("The deal is worth about $2bn, according to reports in the local press.")]
    public void Reports_from_a_place_are_still_a_hedge(string text) =>
        Assert.Equal("CL3002", Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002")).Id);

    [Theory]
    [InlineData("Thousands of workers have left the town since the closure, according to local reports.")]
    [InlineData("The plant will close next year, according to local media reports.")]
    public void Local_reports_are_a_hedge_as_reports_are(string text) =>
        Assert.Equal("CL3002", Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002")).Id);

    [Theory]
    [InlineData("The plant will close next year, according to local reports in the Western Mail.")]
    [InlineData("The plant will close next year, local reports said, citing the company's chief executive, Rhodri Evans.")]
    public void Local_reports_whose_outlet_or_speaker_is_named_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3002"));

    [Theory]
    [InlineData("Reinsurers saw some programmes renewing at reductions of 10% to 20%, according to reports published by the major reinsurance brokers this week.")]
    [InlineData("Rates fell by as much as 15%, according to reports from the largest brokers.")]
    public void Reports_whose_publishers_are_described_as_companies_source_a_figure(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("Rates fell by as much as 15%, according to reports published by local media.")]
    [InlineData("Rates fell by as much as 15%, according to reports published by the regulators this week.")]
    public void Reports_whose_publishers_are_no_companies_are_still_a_hedge(string text) =>
        Assert.Equal("CL3002", Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002")).Id);

    [Fact]
    public void Legal_hedges_are_left_to_court_reporting()
    {
        Assert.Empty(RuleHarness.Lint("He is alleged to have stolen £50,000 and allegedly spent £20,000 of it.", "CL3001", "CL3002"));
    }

    private static IReadOnlyList<Diagnostic> Lint(string text, string id, string option, string value) =>
        Lint(text, id, OptionValue.Of(value), option);

    private static IReadOnlyList<Diagnostic> Lint(string text, string id, string option, string[] items) =>
        Lint(text, id, OptionValue.Of(items), option);

    private static IReadOnlyList<Diagnostic> Lint(string text, string id, OptionValue value, string option)
    {
        var settings = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions> { [id] = new(new Dictionary<string, OptionValue> { [option] = value }) },
        };
        return [.. RuleHarness.Lint(text, settings).Where(d => d.Id == id)];
    }

    [Theory]
    [InlineData("The crowd, which the Pakistan Cricket Board (PCB) put at about 14,000, rose to its feet.")]
    [InlineData("Analysts peg the repair bill at about $2bn.")]
    public void A_subject_putting_a_figure_at_a_value_sources_it(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("The crowd was put at about 14,000.", "about 14,000")]
    [InlineData("The damage has been officially put at about $2bn.", "about $2bn")]
    public void A_figure_put_at_in_the_passive_names_no_source(string text, string figure) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3001"), d => d.Message.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_hedge_reaches_the_figure_after_it_but_not_the_one_before()
    {
        var forward = Assert.Single(RuleHarness.Lint("It is understood the company will cut jobs. About 500 posts will go.", "CL3001", "CL3002"));
        var backward = Assert.Single(RuleHarness.Lint("The company will cut about 500 jobs. The cuts are thought to be due to falling sales.", "CL3001", "CL3002"));

        Assert.Equal(("CL3002", "CL3001"), (forward.Id, backward.Id));
    }

    [Fact]
    public void A_hedged_speaker_after_a_quotation_still_hedges_its_figures() =>
        Assert.Equal("CL3002", Assert.Single(RuleHarness.Lint("\"About 500 jobs will go. It is a disaster,\" a source said.", "CL3001", "CL3002")).Id);

    [Theory]
    [InlineData("Opposition MPs walked out of the chamber, accusing the minister of hiding a shortfall of about £2bn.")]
    [InlineData("The council voted to close the library, with residents describing the cuts of about £300,000 as reckless.")]
    [InlineData("Campaigners marched on the town hall, criticising a plan to fell more than 400 trees.")]
    public void The_ing_form_of_a_verb_of_speech_or_judgement_names_its_subject_as_the_source(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Fact]
    public void An_aside_naming_the_figure_s_source_sources_the_next_sentence() =>
        Assert.Empty(RuleHarness.Lint("The figure, from the department's Executive Office for Immigration Review, is three times the 2019 level. The office employs about 700 immigration judges.", "CL3001"));

    [Fact]
    public void An_aside_that_says_when_is_no_source() =>
        Assert.Single(RuleHarness.Lint("The figure, from last year, is three times the 2019 level. The office employs about 700 immigration judges.", "CL3001"));
}
