using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3002: a figure or claim whose only source is a hedge such as "reportedly" or "sources say".</summary>
public sealed class VagueAttributionAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL3002",
        "Vague attribution",
        "{0} is sourced only by '{1}': name who says so",
        RuleCategory.Attribution,
        Severity.Warning,
        "A hedge is not a source: 'reportedly', 'it is understood' or 'experts say' does not tell the reader who says so. "
        + "This rule reports a figure, and a claim hedged by 'reportedly' or 'according to reports', whose only attribution in reach is such a hedge; "
        + "a named source in reach wins. House styles that accept a form list it in accepted_hedges.")
    {
        Name = "vague-attribution",
        Summary = "A hedge such as 'reportedly' is not a source.",
        Reports =
        [
            "A figure (as CL3001 finds them, exact ones included) whose only attribution in reach is a hedge: 'reportedly', 'it is understood', 'it is believed', 'according to reports', 'sources say', 'is said to', 'according to some estimates' (rules/lists/vague-attributions.txt).",
            "'Reportedly' also on a speech verb: 'officials reportedly said'.",
            "A hedge split by an adverb ('are still thought to'), or with no verb before it: 'damage to the town, thought to run into the tens of millions', where the magnitude a sum or count runs into is a figure.",
            "A toll, a sum or a rough count below minimum_figure with such a hedge in its own sentence, not an agentless passive: 'At least 40 people were reportedly injured', 'Insiders say as many as 40 peers were prepared to rebel', 'The fee could rise to 15 euros next year, according to sources at city hall'.",
            "A bare generic speaker at the head of its clause or after 'some' or 'many': 'Experts say', 'Analysts believe', 'Some analysts expect', 'Some critics argue' (rules/lists/vague-generic-agents.txt).",
            "What bare analysts believe or think ('Analysts believe'), though 'Analysts say' is accepted.",
            "An agentless passive such as 'is estimated' (rules/lists/vague-passive-participles.txt), and a rounded count that 'were reported': 'about 4,500 cases were reported'.",
            "A verb whose agent is 'sources', 'reports' or 'insiders', unless they cite, stand beside or belong to a named body or are counted with their field: 'Industry insiders put the figure closer to £2,000' (rules/lists/vague-agents.txt).",
            "Sources that stay vague though qualified: 'US sources', 'Western diplomatic sources', 'according to two sources', 'one industry source said'.",
            "Figures in the hedge's own sentence and after it: a hedge reaches those, never one in a sentence before it, nor one earlier in its sentence when it opens a clause of its own after 'and' or 'but'. An agentless passive with 'it' frames the next sentence too.",
            "What a subject seeks or demands, left alone as its own position when stated, when only a hedge reports it, which makes it hearsay: 'It is understood the attackers demanded a ransom of $5 million'.",
            "Any figure after a hedge that frames its sentence ('It is understood that the Polish side pushed for a price of around $30 million per tank'), whatever its context would otherwise exempt.",
            "Any figure after a hedge set off by a comma at its end ('…, according to reports.'), whatever its context would otherwise exempt, even a measurement ('The refinery reportedly sold 450 million litres').",
            "A sentence with no figure whose own only source is 'reportedly' or 'according to reports': 'The government reportedly plans…', 'Reportedly, the lounge will close' (rules/lists/vague-attributions-any-claim.txt).",
            "With scope: claims, any sentence whose only source is any such hedge: 'It is understood the club will appeal'.",
            "A hedge after a group named by a verb of calling and a reflexive, which names the group and sources nothing: 'A group calling itself Rhysida reportedly listed the council'.",
            "'According to local reports' and 'according to local media reports', as 'according to reports' is: 'Thousands of workers have left the town since the closure, according to local reports.'",
        ],
        LeftAlone =
        [
            "A figure with a named source in reach: the named source wins.",
            "'According to reports' when the outlet follows: 'according to reports by Bloomberg', '… in the Financial Times' (rules/lists/outlet-name-words.txt).",
            "Generic speakers that name a field or refer back: 'Japanese security experts say', 'the analysts believe', 'More than 200 analysts expected'.",
            "An agentless passive whose agent is named after its figure, which is sourced: 'has been estimated at about $6 billion by the World Bank'.",
            "An exact count that 'were reported', a recorded statistic: 'in 2018, when 4,526 cases were reported' (but 'about 4,500 cases were reported' is reported).",
            "Sources, reports or insiders that cite, stand beside or belong to a named body: 'according to market sources citing American Petroleum Institute figures', 'according to medical sources and the civil defence agency', 'according to OPEC secondary sources' (but 'US sources' and 'Western diplomatic sources' stay vague).",
            "Sources counted, two or more, with their field: 'according to two insurance sources' (but 'according to two sources' and 'one industry source said' stay vague).",
            "An agentless passive after a named source: it names no other source, so it reads as the named source of the sentence just before it ('…the most contaminated country, according to the Monitor. Millions of bomblets are estimated to remain there').",
            "A figure in a sentence before the hedge: '…a star roughly 123 light years away. Its surface is thought to be hot' hedges only the surface.",
            "A figure earlier in the hedge's sentence when the hedge opens a clause of its own after 'and' or 'but': 'released on 3,900 screens and is estimated to have collected Rs. 45 crore' hedges only the takings.",
            "Either end of a range a lot 'was estimated at', in a sentence of the saleroom (rules/lists/figure-auction-words.txt): the auction house's published estimate, 'It was estimated at £6,000 to £9,000 and hammered at £30,000 after a contest between two telephone bidders' ('The damage was estimated at £6m to £9m' is reported).",
            "A figure after an agentless passive that takes its own figure with 'at', when a verb in the past after 'and' or 'but' opens a predicate of its own: 'was estimated at £600,000 and sold for £750,000' hedges only the estimate ('was estimated at £600,000 and about £750,000 with its land' hedges both).",
            "A figure in the sentence after an agentless passive with a subject of its own, which hedges only its sentence: 'The painting had been estimated to sell for $30 million to $40 million. … the hammer came down at $42 million'.",
            "A magnitude in words outside a toll, which is no figure a generic speaker gives: 'Experts say a few steps can save you hundreds of dollars'.",
            "A form the house style accepts, listed in accepted_hedges.",
            "'Analysts say' and 'officials said', which are accepted attributions (but what bare analysts believe or think is reported).",
            "Legal hedges ('allegedly', 'is alleged to'), left to court reporting.",
            "A hedge in a sentence whose main clause has a body inform someone: 'The CID informed the court that … the deal, which is said to have caused a loss of Rs. 144 million' (inform in rules/lists/attribution-verbs.txt).",
            "'According to reports' published by companies the words after it describe: 'according to reports published by the major reinsurance brokers' (company-nouns.txt; 'according to reports published by local media' is reported).",
            "A figure in the sentence after a hedge with no verb before it, which hedges only the noun it follows: 'a villa at Herculaneum believed to have belonged to Julius Caesar's father-in-law. About 800 of them survive'.",
            "A figure in the sentence after a hedge with a subject of its own, which hedges only what that subject does: 'Bidders are said to value the network at about £5 billion. Free cash flow improved to £212 million.' ('There are said to be …' still frames what follows.)",
            "A figure beside a body that lists a species' status, named after 'by', which sources it: 'listed as endangered by the International Union for Conservation of Nature (IUCN), with fewer than 50,000 thought to remain in the wild' (rules/lists/attribution-agent-participles.txt).",
            "An agentless passive whose agent after its figure is a body referred back to by 'the' and its noun: 'was estimated at K1.2 million by the university's management' (rules/lists/attribution-passive-agent-bodies.txt; 'by officials' stays vague).",
        ],
    };

    public static readonly RuleOption Scope = new(
        "scope",
        "What a hedge may not source on its own: figures only (and any claim for 'reportedly' and 'according to reports'), or any claim (a sentence whose only source is the hedge).",
        "figures",
        ["figures", "claims"]);

    private readonly FigureScan _scan = new(data);
    private readonly SettingsMemo _settings = new();
    private readonly HashSet<string> _anyClaimHedges = new(data.GetList("vague-attributions-any-claim"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first word of each of <see cref="_anyClaimHedges"/>, and a screen for them: a cue's text is its tokens' texts
    /// joined by spaces, so a sentence none of whose tokens is such a word makes no such cue.
    /// </summary>
    private readonly WordSet _anyClaimStarts = new(data.GetList("vague-attributions-any-claim").Select(FirstWord));
    private readonly WordScreen _anyClaimScreen = new(data.GetList("vague-attributions-any-claim").Select(FirstWord));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => [.. AttributionOptions.ForVague, Scope];

    public override void Analyze(AnalysisContext context)
    {
        var options = context.OptionsFor(Descriptor);
        var settings = _settings.For(options);
        var anyClaim = options.GetString(Scope.Name, "figures").Equals("claims", StringComparison.OrdinalIgnoreCase);
        // The hedges that sourced a figure, already reported, so not reported again as a claim's.
        var hedgedFigures = new HashSet<Cue>(ReferenceEqualityComparer.Instance);
        var map = _scan.ForEachFigure(context, settings, exact: true, (context, hedgedFigures), static (state, figure, source, _) =>
        {
            if (source is { Strength: CueStrength.Vague })
            {
                state.hedgedFigures.Add(source);
                state.context.Report(Descriptor, figure.Span, $"'{figure.Text}'", source.Text);
            }
        });

        foreach (var paragraph in map.Paragraphs)
        {
            if (paragraph.IsHeading)
            {
                continue;
            }

            for (var s = 0; s < paragraph.Sentences.Count; s++)
            {
                // Most sentences hold no figure, so no rule has read them yet: one that holds no any-claim hedge's first word need not be.
                if (!anyClaim && !paragraph.IsRead(s) && !_anyClaimScreen.AnyIn(paragraph.TokensOf(s), _anyClaimStarts))
                {
                    continue;
                }

                // A passive that reads as the named source just before it (see ParagraphSources.CueInReach) hedges nothing.
                if (paragraph.CueOf(s) is { Strength: CueStrength.Vague } cue && !hedgedFigures.Contains(cue) && paragraph.CueInReach(s, settings.Reach) == cue
                    && (anyClaim || _anyClaimHedges.Contains(cue.Text)))
                {
                    context.Report(Descriptor, cue.Span, "This claim", cue.Text);
                }
            }
        }
    }

    private static string FirstWord(string phrase) => phrase.IndexOf(' ') is > 0 and var space ? phrase[..space] : phrase;
}
