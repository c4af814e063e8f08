using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// Figures that describe an example or a design, not a finding: a worked example, a study's planned enrolment, and
// what a research team reports of its own find.
internal sealed partial class FigureFinder
{
    private const int MaxExampleNounWords = 3;
    private const int MaxExampleReach = 12;

    private static readonly WordSet IndefiniteSubjects = new(["a", "an", "someone", "anyone"]);
    private static readonly WordSet EnrolmentVerbs = new(["enrolled", "enroled", "recruited", "randomised", "randomized"]);
    private static readonly WordSet PlanModals = new(["will", "would", "to", "shall"]);
    private static readonly WordSet ResearchTeams = new(["team", "researchers", "scientists", "authors"]);

    /// <summary>
    /// "a higher-rate taxpayer with about £12,500 in an easy-access account would already exceed that allowance": a figure
    /// after "with" that describes an indefinite someone ('a', 'an', 'someone', 'anyone' up to three words before),
    /// in a clause that goes on to 'would', is a worked example, not a claim. Without the conditional it is a case
    /// reported as fact ("A pensioner with about £12,500 in savings lost it all").
    /// </summary>
    private static bool IsWorkedExample(ReadOnlySpan<Token> t, int first, int end)
    {
        var with = first - 1;
        if (!IsWord(t, with, "with"))
        {
            return false;
        }

        var someone = false;
        for (var k = with - 1; k >= 0 && k >= with - MaxExampleNounWords && !someone; k--)
        {
            if (t[k].Kind != TokenKind.Word && t[k].Text != "-")
            {
                return false;
            }

            someone = IndefiniteSubjects.Contains(t[k].Text);
        }

        for (var k = end + 1; someone && k < t.Length && k <= end + MaxExampleReach && t[k].Text is not ("." or ";" or ":" or "?"); k++)
        {
            if (IsWord(t, k, "would"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A borrower with £4,000 on a card charging 24.9 per cent would pay about £1,000 in interest": in a sentence that opens
    /// on an indefinite someone described by a figure after "with" (see <see cref="IsWorkedExample"/>), a figure after
    /// "would" is the outcome of the worked example. "A borrower with £4,000 on a card paid about £1,000" is a case
    /// reported as fact, and a figure of harm or loss stays a claim.
    /// </summary>
    private bool IsWorkedExampleOutcome(ReadOnlySpan<Token> t, int first, int end)
    {
        if (t.Length < 4 || t[0].Kind != TokenKind.Word || !IndefiniteSubjects.Contains(t[0].Text) || HasHarmWord(t, first, end))
        {
            return false;
        }

        var with = -1;
        for (var k = 1; k <= 1 + MaxExampleNounWords && k + 1 < first; k++)
        {
            if (IsWord(t, k, "with"))
            {
                with = k;
                break;
            }
        }

        if (with < 0 || t[with + 1].Kind != TokenKind.Number && !IsWord(t, with + 1, "about"))
        {
            return false;
        }

        for (var k = first - 1; k > with + 1 && t[k].Text is not ("." or ";" or ":" or "?"); k--)
        {
            if (IsWord(t, k, "would"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A world in which a third of a country can be under water one summer …": a figure opening the clause that
    /// describes an indefinite world, future or society ("a world in which", "a future where"), with a modal after it in
    /// its clause, is a scenario the writer imagines, not a claim. "a country where a third of children live in poverty"
    /// states a fact and stays a claim.
    /// </summary>
    private static bool IsImaginedScenario(ReadOnlySpan<Token> t, int first, int end)
    {
        var at = IsWord(t, first - 1, "a") ? first - 1 : first; // "a third", its article left out of the figure
        var relative = IsWord(t, at - 1, "where") ? at - 1 : IsWord(t, at - 1, "which") && IsWord(t, at - 2, "in") ? at - 2 : -1;
        if (relative < 2 || t[relative - 1].Kind != TokenKind.Word || !ScenarioNouns.Contains(t[relative - 1].Text)
            || !(IsWord(t, relative - 2, "a") || IsWord(t, relative - 2, "an")))
        {
            return false;
        }

        for (var k = end + 1; k < t.Length && k <= end + MaxExampleReach && t[k].Text is not ("." or ";" or ":" or "?" or ","); k++)
        {
            if (t[k].Kind == TokenKind.Word && ScenarioModals.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ScenarioNouns = new(["world", "future", "society"]);
    private static readonly WordSet ScenarioModals = new(["can", "could", "would", "might", "may"]);

    /// <summary>
    /// "If you put $10,000 in an account earning 4% APY and leave it for a year, you'd earn about $400 in interest": the
    /// figures of the main clause of a sentence that opens on "If you" (or "If your"), where the reader would get them,
    /// are the writer's worked example. A figure in the if-clause ("If you are among the 12 million people …") and a main
    /// clause with no modal ("…, about 12 million people are affected") stay claims.
    /// </summary>
    private static bool IsReaderExample(ReadOnlySpan<Token> t, int first)
    {
        if (t.Length < 4 || !t[0].IsIgnoreCase("if") || !(IsWord(t, 1, "you") || IsWord(t, 1, "your")))
        {
            return false;
        }

        var comma = first - 1;
        while (comma > 1 && t[comma].Text != ",")
        {
            comma--;
        }

        for (var k = comma + 1; comma > 1 && k < first; k++)
        {
            if (t[k].Kind == TokenKind.Word && ReaderModals.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Spend up to 20% of your budget.", "Bid 15% of your FAAB on him.": a sentence that opens on a verb of spending or
    /// keeping, in the imperative, and names the reader's own money after the figure is the writer's advice, not a claim.
    /// "Teams spend up to 20% of their budget on him" and "Spend up to 20% of the budget went to …" stay claims.
    /// </summary>
    private bool IsReaderAdvice(ReadOnlySpan<Token> t, int first)
    {
        if (first < 1 || first > MaxAdviceVerbReach || t[0].Kind != TokenKind.Word || !t[0].IsCapitalized || !_words.AdviceVerbs.Contains(t[0].Text))
        {
            return false;
        }

        for (var k = first + 1; k < t.Length && t[k].Text is not ("." or ";" or "?" or "!"); k++)
        {
            if (IsWord(t, k, "your"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Take out no more than a fifth of the canopy in one winter.": a sentence that opens on a verb in the imperative (of
    /// advice or of tending a garden) with "no more than" or "no less than" straight after it (a particle between allowed)
    /// sets the reader a limit. "Gardeners took out no more than a fifth" and "Take out about a fifth" do not.
    /// </summary>
    private bool IsAdvisedLimit(ReadOnlySpan<Token> t, int first)
    {
        if (t.Length < 5 || t[0].Kind != TokenKind.Word || !t[0].IsCapitalized || !(_words.AdviceVerbs.Contains(t[0].Text) || _words.TendingVerbs.Contains(t[0].Text)))
        {
            return false;
        }

        var no = IsWord(t, 1, "no") ? 1 : IsWord(t, 2, "no") && t[1].Kind == TokenKind.Word && Particles.Contains(t[1].Text) ? 2 : -1;
        return no > 0 && first >= no && first <= no + MaxLimitWords
            && (IsWord(t, no + 1, "more") || IsWord(t, no + 1, "less") || IsWord(t, no + 1, "fewer")) && IsWord(t, no + 2, "than");
    }

    /// <summary>Tokens from "no" to the figure's first: "no more than a fifth".</summary>
    private const int MaxLimitWords = 4;

    private static readonly WordSet Particles = new(["out", "off", "back", "away", "in", "up", "down"]);

    /// <summary>Words from the imperative verb to the figure: "Spend up to 20%", "Set aside about 10%".</summary>
    private const int MaxAdviceVerbReach = 3;

    private static readonly WordSet ReaderModals = new(["you'd", "you’d", "would", "could", "you'll", "you’ll", "will"]);

    private const int MaxCaseWords = 4;

    /// <summary>
    /// "For a farm supplying 150,000kg of milk solids a season — a mid-sized herd of around 400 cows — the lift is worth an
    /// extra $75,000", "For a household on an average income, …": a sentence that opens on "For a" and an indefinite case
    /// described by what it does or has (a word in -ing, "with", "on", "of" within four words) sets up a worked example,
    /// and its figures are the example's. "For a second year running, more than 400 farms closed" is a span of time (its
    /// noun in figure-period-nouns.txt or figure-units.txt, or an ordinal), and a figure of harm or loss stays a claim.
    /// </summary>
    private bool IsCaseForExample(ReadOnlySpan<Token> t, int first, int end)
    {
        if (t.Length < 4 || !t[0].IsIgnoreCase("for") || !IsWord(t, 1, "a") && !IsWord(t, 1, "an") || HasHarmWord(t, first, end))
        {
            return false;
        }

        for (var k = 2; k < t.Length && k <= 1 + MaxCaseWords && k < first && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.PeriodNouns.Contains(t[k].Text) || _words.Units.Contains(t[k].Text) || Ordinals.Contains(t[k].Text))
            {
                return false;
            }

            if (k > 2 && (t[k].Text.EndsWith("ing", StringComparison.Ordinal) || t[k].Text is "with" or "on" or "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Ordinals = new(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "further", "record", "while", "time"]);

    private const int MaxEnrolmentReach = 10;

    /// <summary>
    /// "About 12,000 participants aged 12 to 60 will be enrolled in six States": the size a study plans to enrol, recruit
    /// or randomise is part of its design, like a survey's sample. Only the plan ('will be', 'to be'): a past enrolment
    /// may be a finding ("About 500 soldiers were recruited by the militia").
    /// </summary>
    private static bool IsPlannedEnrolment(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 2; k < t.Length && k <= end + MaxEnrolmentReach && t[k - 1].Text is not ("." or ";" or ":" or "?"); k++)
        {
            if (EnrolmentVerbs.Contains(t[k].Text) && IsWord(t, k - 1, "be") && k >= 2 && PlanModals.Contains(t[k - 2].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The team recovered 11 vertebrae …, representing roughly 20 percent of the skeleton": a share in a sentence whose
    /// subject is the research team (the team, the researchers, the scientists, the authors) is its own description of
    /// its own work, sourced by that subject. Only a share with no word of harm near: what a team counts ("The team
    /// recovered about 200 bodies") is a toll to source.
    /// </summary>
    private static bool IsResearchersOwnWork(ReadOnlySpan<Token> t, int first) =>
        first > 2 && t[0].Text is "The" && ResearchTeams.Contains(t[1].Text);
}
