using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3001: a claim-bearing figure with no attribution in reach.</summary>
public sealed class UnattributedFigureAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL3001",
        "Unattributed figure",
        "'{0}' has no source: say who counted, estimated or reported it",
        RuleCategory.Attribution,
        Severity.Warning,
        "A published figure needs a source. This rule finds figures that make a claim: estimates ('an estimated 15,000', "
        + "'nearly 5,000', 'more than $3bn'; rules/lists/figure-approximators.txt), figures and fractions in words "
        + "('a million shells', 'two-thirds'), exact figures that count casualties, troops or costs or say what a loss could come to ('15,000 soldiers', 'Damage to crops could run to $1 billion', "
        + "'1,752 people were killed', 'cost £1.2m'; rules/lists/figure-claim-words.txt), and a bare magnitude (no digits "
        + "and no number word of its own: 'hundreds of', 'tens of thousands of', 'billions of dollars') only in a toll: "
        + "when it counts people or animals killed, hurt, missing, displaced, evacuated, arrested, detained or abducted "
        + "('Thousands of people were killed', 'hundreds were arrested', 'killed hundreds', 'left hundreds dead'; the words "
        + "of harm within three words before or six after, rules/lists/figure-toll-words.txt). Otherwise a bare magnitude "
        + "is the reporter's description ('stranding tens of thousands of passengers', 'took thousands of websites "
        + "offline'). With exact_figures: true, every exact count, sum and percentage is reported too, and every bare magnitude. "
        + "It reports those with no attribution in reach: a speech or reporting verb ('said', 'estimated', 'told'; "
        + "rules/lists/attribution-verbs.txt) or a named source ('according to', 'figures from', 'a report by', 'as measured by the Drewry World Container Index', 'put the number of marchers at', 'The figure, from the Executive Office for Immigration Review,', 'by his count', 'Its estimate for 2023', an election count: 'On early figures, Labor's primary vote was about 34.5 per cent', a council meeting: '…, councillors were told at a scrutiny meeting', 'an officer told councillors'; "
        + "rules/lists/attribution-nominal-sources.txt), a named body as the agent of an official act in the passive ('has been fined $150,000 by the Personal Data Protection Commission after hackers accessed the data of more than 1.2 million customers', 'was fined by the Information Commissioner's Office'; rules/lists/attribution-agent-participles.txt; not 'was fined £400,000 after…' nor 'by a court') or a subject that puts the figure at its value ('the crowd, which the board put "
        + "at about 14,000'; not in the passive; rules/lists/figure-estimate-verbs.txt) in the same sentence, a neighbouring sentence of the paragraph "
        + "(the reach option; not for a figure the copy itself calls estimated, 'an estimated 12,000 households', whose source must be in its "
        + "own sentence: a speech verb in the sentence beside it, 'Local fishermen say their catches have halved.', speaks of something else, and which continues no sourced figure of the paragraph before either), for a sentence that names the same series again ('the total'), the firm source of an earlier figure of the same kind in the paragraph, through a run of sentences that each hold a figure sourced from its neighbour ('A total of 520,085 people crossed last year, according to Panamanian government figures. More than 60% were Venezuelans. So far this year, the total is about 270,000'; not past a sentence with no figure, nor for a new statistic: 'Bills will rise by about £150 next year'), the colon-ended sentence that introduces a list, or, for a paragraph's first sentence, "
        + "the sourced figures of the same kind that end the paragraph before (and, while each sentence of the paragraph goes on with a figure of that kind, a figure behind one of its kind in the same sentence: "
        + "'Perth led with a 1.9 per cent rise. Melbourne values rose 0.4 per cent, leaving them about 1.5 per cent below their peak'; and, for a paragraph opening 'That is down from', the earlier values of the series the paragraph before sourced: "
        + "'That is down from 632,400 in January, and from a peak of more than 700,000'), the exact count earlier in its sentence for a rounded earlier value after 'up from' or 'down from' ('the school had 380 students, down from more than 600'; not after 'about 380'), or a figure restating one of the same kind and value firmly sourced earlier in the story, counting nothing or the same thing "
        + "('falls well short of a million' after the quoted claim 'a million migrants'; not 'a million people' after 'a million homes'), or, in an interview printed as questions and answers "
        + "(two or more questions set apart in bold, after 'Q:' or after the interviewer's label, 'The Kyiv Independent: …?', answered in the first person, under the interviewee's label when the questions have one: 'Terekhov: …'), the interviewee, for every answer ('Reel-to-reel tapes, about 200 of them.'), or, for the lede, a sourced figure of the "
        + "same thing in the paragraph after ('Police arrested hundreds of protesters' above 'The ministry said officers had "
        + "arrested more than 300 protesters'; for 'people' and the like, with a claim word in common), the firm source of its first sentence when "
        + "the lede's subject is a named body that sentence has speak ('The Data Protection Commission has fined …' above 'In a decision published on Thursday, the commission found …') or that takes up the lede's act as its subject ('Ford is recalling more than 240,000 SUVs' above "
        + "'The recall covers …, according to documents posted Wednesday by the National Highway Traffic Safety Administration'), or a sourced figure there "
        + "that the lede's estimate rounds ('more than two-thirds of homes … sold' above 'Domain recorded a clearance rate of 68.4 per cent'), "
        + "or, for the top of the story (its first two body paragraphs: a standfirst and lede), a sourced figure anywhere below that its estimate rounds "
        + "('left about 14,000 homes without electricity' above 'Appalachian Power reported about 14,200 customers without service, according to "
        + "the utility's outage map'), that its lower bound sits just under ('more than $1 billion' above 'about $1.2 billion, according to RBA estimates') or its near bound just over ('nearly 200 more vessels' above '189 vessels … according to a statement') "
        + "or, for 'several hundred' and the like, a sourced figure of that order naming what it counts, and for a bare magnitude in a toll, a sourced count of people of its order ('has displaced millions' above 'The United Nations says more than 12 million people have been forced from their homes'); an exact figure there takes the source of the same figure below or of the parts "
        + "it totals ('bids worth Rs 11,340 crore' above 'Jio … about Rs 6,856 crore, followed by Bharti Airtel at Rs 3,126 crore and Vodafone Idea at Rs 1,358 crore, according to data released by the DoT'); "
        + "a byline or other heading between them does not count as one of the two paragraphs. Left alone: background (a sentence naming a year three or more years before the latest the story "
        + "names, or a past decade before its figure ('From the mid-1960s … a herd that eventually numbered about 300 head'; not 'in the 2020s'), in a timeline entry labelled with such a year ('1938: …'), in a sentence dated from such a sentence just before it ('In 1961 she went "
        + "back to Ibadan. Over the next 16 years she trained more than 3,000 midwives'; rules/lists/figure-narrative-openers.txt), or below the lede a past event dated 'in 2018', 'In 2018,' or 'of February 2010' "
        + "when the story names no other year; a page's date fields, 'Published : January 14, 2026', name none), the figure a fact-check tests ('CLAIM: …'), dates, years, times, ages, "
        + "durations and measurements ('almost 4,000 square kilometres', 'roughly 123 light years away', 'a walled garden of about a third of an acre', 'with a quarter of the match left'; rules/lists/figure-period-nouns.txt; "
        + "a road's gradient, 'a ramp with sections at more than 25 per cent', rules/lists/figure-gradient-nouns.txt; the moon's phase, 'about 30 per cent illuminated', rules/lists/figure-phase-states.txt), "
        + "a standing share of a market in the present ('Congo produces about three-quarters of the world's cobalt', 'Chile … accounts for about a quarter of global supply'; rules/lists/figure-share-verbs.txt; not 'accounted for', nor a share of deaths or losses), "
        + "the plants and animals of a place ('More than 2,000 apple and cherry trees grow along the river'; rules/lists/figure-growth-verbs.txt, unless a word of harm or loss is near), an exact count stressed by 'as many as' ('As many as 12,386 candidates passed'; rules/lists/figure-emphatic-approximators.txt), ordinals, numbers in names and references ('G20', 'Apollo 11', 'Article 5', a title in title case: 'The Constitution (One Hundred and Twenty-Ninth Amendment) Bill'), "
        + "scores, addresses, phone numbers, headings, figures of record (sports statistics, court outcomes and the exact sums of the offence in a sentence reporting one, a charge or a plea ('A woman who stole £312 worth of cosmetics … has been given a 12-month community order'; rules/lists/figure-court-outcomes.txt; not 'about £300 worth'), a penalty the law allows ('the regulator can fine companies up to £17.5m'), prices, "
        + "company results ('about 88% of its revenue, up from about 60%', 'output rose to just over 2 million tonnes', 'crude production stood at about 9 million barrels per day'), votes counted and a past election's result ('had carried about 46% of the vote', 'came second with about 21 percent'), budgets (not a budget gap), the value of a deal ('a contract worth $2bn'; rules/lists/figure-deal-nouns.txt) and whom it covers ('The deal covers about 28,000 employees'), the sum a bill or budget provides ('The bill … includes about $100 billion in disaster aid'; rules/lists/figure-bill-nouns.txt), the works in an exhibition ('more than 250 prints'), the size of a place or a crowd ('a city of about 550,000 people', 'the crowd of a little over 6,000', 'the town of Creighton, where about 1,200 people live', an electoral roll, 'About 4.13 million people are registered to vote', 'a crowd of about 50,000', 'to a sold-out audience of about 4,000', 'the match drew more than 28,000,'; rules/lists/figure-attendance-verbs.txt; 'About 150 riders attended the opening', not a protest's turnout; rules/lists/figure-turnout-verbs.txt), "
        + "the size of a venue ('The Narendra Modi Stadium holds about 132,000 people'; rules/lists/figure-venue-nouns.txt), a book's length ('almost 500 pages'), "
        + "a meeting's attendance ('a meeting … that drew about 150 people'; rules/lists/figure-meeting-nouns.txt; a turnout still to come, 'are expected to attend', stays a claim), "
        + "a survey's sample ('surveyed about 1,000 principals'; rules/lists/figure-sample-words.txt) or the panel a ranking is compiled from ('is compiled from the votes of more than 1,000 chefs'), the writer's arithmetic on the figures just given ('That is a fall of around 260,000'; "
        + "rules/lists/figure-change-nouns.txt; in a list item too, or set after a comma as what a figure earlier in its sentence comes to: '5.86 million barrels per day, or about 5.7% of global demand', "
        + "'sold for $9.25 a pound, a total of more than $12,200'; not with no figure before the comma) or on a result and its forecast ('beat tracking by about $5 million'), a figure that is, to its last digit, the difference of two figures of its kind in its paragraph before it or the paragraph before, or what the shares there leave of 100 ('28.9 per cent … 19.8 per cent. The other candidates together took about 6.5 per cent', 'from £20,000 to £12,000 … at least £8,000'), "
        + " a currency conversion ('around $350,000 at current exchange rates', or in apposition after the sum: 'about 115.5 trillion yen, or roughly 770 billion dollars,'), the writer's arithmetic after a comma and 'meaning (that)', 'which means' or 'implying' ('…, meaning that roughly a quarter of spending will be financed by debt'; 'The plan means roughly a quarter …' is reported), a named product's launch price ('The Libra Tide will cost $199'), "
        + "a fundraiser's total under a million ('raising more than £12,000 for the hospice'), 'a hundred' or 'a thousand' alone as a figure of speech ('through a thousand small exceptions') "
        + "unless a claim or toll word is near, "
        + "a bound that restates the exact figures of its sentence ('Kane, who took 141 games, and Agüero, who took 147, … in fewer than 150'), "
        + "the difference between two list prices ('costs about £6,000 more than the Elroq 85', 'undercuts the equivalent Passat by roughly £1,500'; not 'more than planned'), "
        + "a market level ('was steady at around $91,000'; rules/lists/figure-record-market-states.txt) and an exchange rate "
        + "('strengthened to around 148 against the dollar, from around 150'), "
        + "prize money ('The victory was worth £351,687'; rules/lists/figure-prize-nouns.txt), a target its setter owns "
        + "('the government has set a target of a million speakers', 'its goal of 300,000 homes', 'as it chases a full-year goal of around 820') or revises, and the figure it revises from "
        + "('The bank raised its target … to more than 12%, from around 11% previously'; rules/lists/figure-revision-verbs.txt, figure-revised-targets.txt), "
        + "a poll's margin of error ('The margin of error is estimated at plus or minus 2.8 per cent'; rules/lists/figure-sample-statistics.txt), a price under 100,000 in a price "
        + "list's present tense, with the unit it pays for or as the bill ('costs about 200 kroner', 'from about £220 return', 'about £105 a night', 'came to about $140', a review's bill for the table, 'About £560 for two', 'can sell for more than £100', or opening a sentence that judges the thing: 'At about $165 it is expensive') and the price of each of a thing at any size ('machines that cost up to €350m each'), "
        + "the terms of a product or a deal ('a deposit of at least 40%', 'a syndicated loan of more than $1 billion'; rules/lists/figure-term-nouns.txt; 'could hold up to 3,000 men', 'will eventually house about 10,000 people'; rules/lists/figure-capacity-verbs.txt), "
        + "a definition or a rate ('defined as about 100 steps', 'about 2,000 cars an hour', 'roughly 7% more for each degree of warming') and what there can be in general "
        + "('there can be more than 200 sunspots'), these unless a word of harm or loss is near ('100 people a day died', 'damage of about £500 a head'), "
        + "a company's own fleet and network ('has a fleet of about 150 aircraft', "
        + "'more than 145 destinations') and a shop's own range ('Each will carry a curated selection of about 150 items'; rules/lists/figure-record-holdings.txt) and a subject's own position ('unions are demanding at least 40%'; rules/lists/figure-position-verbs.txt) "
        + "unless a claim word is near, the threshold of a rule ('If the property costs more than £500,000'; rules/lists/figure-threshold-verbs.txt; the condition of an eligibility rule, 'a buyer would need to have paid at least €30,000'; 'anything over £100') "
        + "or of a vote ('The deal requires approval from two-thirds of shareholders', 'needs the approval of two-thirds of both chambers and three-quarters of the states', 'needs a two-thirds majority of members present'; rules/lists/figure-requirement-verbs.txt, figure-consent-nouns.txt) and the size of a chamber's majority ('a working majority would be around 320'), "
        + "a bound of money or a rate in a sentence that names its rule ('protected up to £85,000 by the Financial Services Compensation Scheme', 'Under the norms, wheat with moisture content of up to 12 per cent', 'Under the SECURE 2.0 Act, workers who earned more than $150,000 …'; "
        + "rules/lists/figure-rule-nouns.txt; not what the rule could do: 'could save up to £300', 'will pay up to £300 more'), the grounds of a decision on the record straight after 'because' ('Officers had recommended refusal because more than 25 per cent of homes … are already HMOs', 'was refused because more than 10 per cent …'; rules/lists/figure-decision-words.txt; 'Rents rose because more than 25 per cent …' is reported), a sum labelled as the total of a worked example ('Total rise across the year: about £119') or describing someone imagined ('a higher-rate taxpayer with about £12,500 in an easy-access account would already exceed that allowance'; not without 'would') "
        + "or a case a sentence opens on ('For a farm supplying 150,000kg of milk solids a season — a herd of around 400 cows — the lift is worth an extra $75,000'; not a span of time, 'For a second year running, more than 400 farms closed', nor a loss), "
        + "the size a study will enrol, recruit or randomise ('About 12,000 participants … will be enrolled'; not a past recruitment), a share a research team as the sentence's subject gives of its own find "
        + "('The team recovered 11 vertebrae …, representing roughly 20 percent of the skeleton'), "
        + "a sum a named agency seized ('The Criminal Assets Bureau (CAB) has seized … more than €460,000'; rules/lists/figure-agency-nouns.txt), "
        + "a sum a public body as the sentence's subject approved, allocated, set aside, awarded, ordered or bought ('Congress approved about $190 billion'; rules/lists/figure-body-nouns.txt; "
        + "not what the sum could do: 'approved a plan that could cost about £5bn'), the rate of a tariff, duty or tax a named government as the sentence's subject "
        + "imposed, raised, cut or removed ('The EU imposed additional duties of up to 35.3%', 'Beijing removed tariffs of up to 218 per cent'; not 'Exporters faced duties of up to 35.3%'), "
        + "the reporter's own test result ('about 40 per cent better than we achieved', 'we averaged about 15% below the official figure'), the sample a named owner's data "
        + "are based on ('Rightmove's figures are based on the asking rents of more than 200,000 homes'; not 'The figures are based on …'), a price on a list's service line "
        + "that opens on what it buys ('Doubles from about 350 lari.', 'Mains from about £18'), a bracketed conversion of the sum before it ('₹2,104 crore (about $250 million)'), "
        + "what a scheme can pay ('can receive up to $120,000 in grants'; rules/lists/figure-grant-nouns.txt; not 'could receive'), the exact cost a project came in at ('The project cost Rs 37,276 crore'), "
        + "a forecast ('is expected to reach about 15,000', 'the 35% sources had expected'; rules/lists/figure-forecast-words.txt; not one the copy calls estimated: 'is expected to collect an estimated NIS 2 billion'), the terms of what a subject agreed, pledged or plans ('have agreed to exchange 1,000 prisoners of war', 'a plan to train some 500,000 soldiers'; rules/lists/figure-commitment-words.txt), "
        + "a bloc's majority in a chamber ('hold a two-thirds majority'; not 'a two-thirds majority of voters'), a level a verb with its own 'up' reaches ('ticked up to 60.1%', not a bound; rules/lists/figure-up-verbs.txt), a sum a verb with its own 'over' moves ('handed over £38,000', not a bound; rules/lists/figure-over-verbs.txt; 'lost over £38,000' is reported), a crowd in words that the reporter sees, even with exact_figures ('thousands of people lined the streets', 'several hundred nurses in purple T-shirts lined Riddiford Street', in any tense; "
        + "rules/lists/figure-scene-verbs.txt) and onlookers, an audience or a live scene it counts ('as about 200 people looked on', a queue of fewer than 1,000 with the verb straight after, 'Around 100 people queued outside the court', unless a harm follows; 'in front of several hundred iwi members', 'married … before about 2,000 guests.', 'several hundred journalists are standing'), and a percentage move in or after "
        + "a sentence of market data ('Gold rose about 1%', 'Shares rose 3%. Apple has gained about 30% this year', 'bringing their decline since May to about 25%', "
        + "'Both benchmarks fell by about 2%', 'with Deutsche Bank AG and Société Générale SA each gaining more than 3%'; "
        + "rules/lists/figure-record-*.txt) and counts or sums below minimum_figure (100), unless the copy calls the figure an estimate ('an estimated 80 residents').")
    { Name = "unattributed-figure" };

    private readonly FigureScan _scan = new(data);
    private readonly SettingsMemo _settings = new();

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => AttributionOptions.ForUnattributed;

    public override void Analyze(AnalysisContext context)
    {
        var settings = _settings.For(context.OptionsFor(Descriptor));
        _scan.ForEachFigure(context, settings, settings.ExactFigures, context, static (context, figure, source, background) =>
        {
            if (source is null && !background)
            {
                context.Report(Descriptor, figure.Span, figure.Text);
            }
        });
    }
}
