namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 on single sentences and short stories: what counts as spelling an acronym out.</summary>
public sealed class AcronymTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => d.Message)];

    [Theory]
    [InlineData("Figures from the UK Health Security Agency show a rise. A consultant at UKHSA said cases were rising.")]
    [InlineData("Nurses will strike, the Royal College of Nursing has announced. About 300,000 RCN members work in England.")]
    [InlineData("The Organisation for Economic Co-operation and Development said growth would slow. The OECD cut its forecast.")]
    [InlineData("The National Oceanic and Atmospheric Administration said it would rain. NOAA forecasters expect a storm.")]
    [InlineData("The Korean Central News Agency (KCNA) said Kim visited a factory. KCNA did not give a date.")]
    [InlineData("SEOUL, South Korea (AP) — The Associated Press (AP) could not verify the report. The AP asked the ministry.")]
    public void Acronym_spelled_out_earlier_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The engineers, who worked at SSE until last year, founded the company.")]
    [InlineData("It is the largest deal this year, according to data from LSEG.")]
    [InlineData("The research, published in the BMJ, followed 400,000 people.")]
    public void Acronym_named_once_in_passing_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The SNCTA, the largest controllers' union, said it had warned the government. The SNCTA called the strike.")]
    [InlineData("The NASUWT, another teachers' union, said it would consult its members. The NASUWT meets in April.")]
    [InlineData("The civil aviation authority, the DGAC, asked airlines to cut flights. The DGAC said delays were likely.")]
    public void Acronym_explained_by_an_apposition_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The Palestinian Authority's official news agency, WAFA, said troops had raided Jenin. WAFA gave no figures.")]
    [InlineData("The United Nations agency for Palestinian refugees, known as UNRWA, said aid had entered. UNRWA asked for more.")]
    public void Acronym_naming_the_body_just_described_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("In Ramallah, PCBS said prices had risen by a fifth.", "PCBS")]
    [InlineData("Shares of Northwind (NWSW) fell 9% on Tuesday.", "NWSW")]
    public void Acronym_after_a_place_or_alone_in_brackets_is_still_weighed(string text, string acronym)
    {
        var found = Acronyms(text);
        Assert.Equal(acronym == "PCBS", found.Any(m => m.Contains($"'{acronym}'", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Shares of Northwind Software Inc. (NASDAQ: NWSW) fell 9% in extended trading.")]
    [InlineData("Shares of Barclays (LSE: BARC) rose 2% in London.")]
    public void Ticker_after_its_exchange_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void Ticker_pattern_needs_the_exchange_in_brackets() =>
        Assert.Contains(Acronyms("The figure was clear: NWSW fell 9% on Tuesday."), m => m.Contains("'NWSW'", StringComparison.Ordinal));

    [Fact]
    public void British_honours_need_no_spelling_out() => Assert.Empty(Acronyms("She was appointed a CBE in 1999 and her deputy an OBE in 2004."));

    [Theory]
    [InlineData("North Korea's Central News Agency said Kim visited a factory. KCNA has not mentioned the war.", "KCNA")]
    [InlineData("Iran has increased its stockpile, the IAEA said on Wednesday.", "IAEA")]
    [InlineData("The report came from the IAEA. Inspectors from the IAEA will visit next month.", "IAEA")]
    [InlineData("Officials from the KFRA will meet their Chinese counterparts next month.", "KFRA")]
    [InlineData("Engineers at the plant warned the PSNI. The PSNI said it was investigating.", "PSNI")]
    [InlineData("The DGAC asked airlines to cut flights, the civil aviation authority said.", "DGAC")]
    public void Acronym_the_story_leans_on_is_reported(string text, string acronym) =>
        Assert.Contains(Acronyms(text), m => m.Contains($"'{acronym}' is not spelled out", StringComparison.Ordinal));

    [Fact]
    public void An_agency_credit_after_a_dateline_is_not_an_expansion()
    {
        var text = "SEOUL, South Korea (AP) — North Korea fired missiles on Thursday.\n\nThe Associated Press (AP) could not verify the report.";

        Assert.Empty(Acronyms(text));
    }

    [Fact]
    public void Two_real_expansions_still_conflict()
    {
        var text = "South Korea's National Intelligence Service (NIS) briefed lawmakers. The National Information Service (NIS) also said so.";

        Assert.Equal(["Acronym 'NIS' stands for 'National Information Service' here but for 'National Intelligence Service' on line 1"], Acronyms(text));
    }

    [Theory]
    [InlineData("NEW YORK")]
    [InlineData("NEW DELHI")]
    [InlineData("THE HAGUE")]
    [InlineData("CAPE TOWN")]
    [InlineData("PORT LOUIS")]
    public void A_two_word_dateline_whose_first_word_is_also_common_is_not_an_acronym(string dateline)
    {
        var text = "Briefs\n\nThe company said on Tuesday that it would invest in a new production line in the city and the town, near the port and the cape.\n\n"
            + dateline + " — Shares in Snowflake fell 9% on Wednesday.";
        Assert.Empty(Acronyms(text));
    }

    [Fact]
    public void An_acronym_after_a_two_word_dateline_is_still_reported()
    {
        var text = "Briefs\n\nThe company said on Tuesday that it would invest in a new production line.\n\n"
            + "NEW YORK — The DGAC asked airlines to cut flights, the civil aviation authority said.";
        Assert.Contains(Acronyms(text), m => m.Contains("'DGAC' is not spelled out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Saudi box office revenues hit a record\n\nRIYADH: RIYADH: Saudi Arabia's box office revenues reached a record in 2024, the Film Commission said.")]
    [InlineData("RIYADH: Saudi Arabia's box office revenues reached a record in 2024, the Film Commission said.\n\nThe Kingdom now has more screens.")]
    public void A_colon_dateline_opening_the_copy_is_not_an_acronym(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void An_acronym_after_a_colon_dateline_is_still_reported()
    {
        var text = "Aid deliveries resume\n\nRIYADH: NACC officials said it had delivered food to 10,000 families.";
        Assert.Contains(Acronyms(text), m => m.Contains("'NACC' is not spelled out", StringComparison.Ordinal));
    }

    [Fact]
    public void Capitals_after_numbers_in_a_stat_line_are_units()
    {
        var text = "Detroit beat Green Bay 31-24 on Thursday.\n\nKey stats\n\n"
            + "Passing: Goff 25 of 33, 314 yards, 3 TD, 0 INT; Love 27 of 38, 289 yards, 2 TD, 1 INT.\nRushing: Gibbs 16-87, 1 TD.";
        Assert.Empty(Acronyms(text));
    }

    [Theory]
    [InlineData("The team won 3 TD titles in a row.\n\nIt won 2 TD titles before that.")]
    [InlineData("Engineers said the plant had 3 DGAC permits, 0 faults.")]
    public void Capitals_after_a_number_once_or_before_more_words_are_still_reported(string text) =>
        Assert.NotEmpty(Acronyms(text));
}
