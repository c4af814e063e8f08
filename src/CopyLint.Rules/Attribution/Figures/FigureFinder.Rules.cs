using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures a rule, a result or an agency's own act puts on record: the limit or threshold of a named rule ("protected up
/// to £85,000 by the Financial Services Compensation Scheme", "anything over £100"), an election result ("won … with
/// nearly 41 percent of the vote"), a sum labelled as the total of a worked example, and what a named agency seized.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether any of this file's exemptions applies to the figure from <paramref name="first"/> to <paramref name="end"/>.</summary>
    private bool IsRuleOrResult(ReadOnlySpan<Token> t, int first, int end, FigureKind kind, int approximator) =>
        (kind == FigureKind.Share && IsElectionResult(t, first, end))
        || (kind is FigureKind.Money or FigureKind.Share && !HasHarmWord(t, first, end)
            && ((approximator > 0 && IsBound(t[first]) && (IsGenericBound(t, first) || IsRuleLimit(t, first, end) || IsEntitlement(t, first, end) || IsPermittedBound(t, first) || IsCourtPower(t, first) || IsCoverLimit(t, first) || IsDealCap(t, first, end) || IsSchemeLimit(t, first, end) || IsPriceBand(t, first) || IsRequiredBound(t, first) || IsRateBand(t, first, kind))) || IsLabelledTotal(t, first)))
        || (kind == FigureKind.Money && (IsAgencySeizure(t, first) || IsSumOfRecord(t, first, end, approximator)))
        || (kind == FigureKind.Share && (IsApprovedChange(t, first) || IsEnactedTerm(t, first)))
        || (kind == FigureKind.Count && approximator > 0 && IsOrderCap(t, first))
        || IsDecisionGrounds(t, first) || IsSetByAgreement(t, first);

    /// <summary>
    /// "its own provincial rebate of up to $7,000", "a full exemption up to $350,000 and a concession up to $450,000": "up
    /// to" straight after a scheme's benefit (figure-grant-nouns.txt; "of" between allowed) is the cap the scheme sets; and
    /// "A property investment of at least Dh2 million qualifies the owner for a golden visa": a bound with a verb of
    /// qualifying straight after it is the threshold of a rule, as is "A residence band of up to £175,000 applies where a
    /// home is left to children". "could get a rebate of up to $7,000" is an estimate, and
    /// "damage of up to $5bn" names no benefit.
    /// </summary>
    private bool IsSchemeLimit(ReadOnlySpan<Token> t, int first, int end)
    {
        if (end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && QualifyVerbs.Contains(t[end + 1].Text))
        {
            return true;
        }

        var noun = IsWord(t, first - 1, "of") ? first - 2 : first - 1;
        if (!IsWord(t, first, "up") || noun < 0 || t[noun].Kind != TokenKind.Word || !_words.GrantNouns.Contains(t[noun].Text))
        {
            return false;
        }

        for (var k = 0; k < noun; k++)
        {
            if (t[k].Kind == TokenKind.Word && Conditionals.Contains(t[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The government has also legislated to release most short-term prisoners after serving 40 per cent of their
    /// sentence": a share later in the clause of a verb of law-making (figure-enactment-verbs.txt) with "to" or "for" after
    /// it is a term the law sets. A comma, a relative clause or a conditional between them ends the law's terms.
    /// </summary>
    private bool IsEnactedTerm(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 1; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation || (t[k].Kind == TokenKind.Word && (TermBoundaries.Contains(t[k].Text) || Conditionals.Contains(t[k].Text))))
            {
                return false;
            }

            if (t[k].Kind == TokenKind.Word && (IsWord(t, k + 1, "to") || IsWord(t, k + 1, "for")) && _words.EnactmentVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet TermBoundaries = new(["which", "who", "that", "because", "since", "while", "but", "whereas"]);

    /// <summary>
    /// "employers must put eligible workers into a pension scheme and contribute at least 3 per cent": a bound in a clause
    /// that opens its verb on "must" is what a rule requires, not a count. "must have cost at least £5m" and "must be at least
    /// 300" infer a value, and stay claims.
    /// </summary>
    private bool IsRequiredBound(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - RequiredBoundWordsBefore && t[k].Kind is TokenKind.Word or TokenKind.Number; k--)
        {
            if (IsWord(t, k, "must"))
            {
                return k + 1 < first && !(IsWord(t, k + 1, "have") || IsWord(t, k + 1, "be") || IsWord(t, k + 1, "not"));
            }

            if (IsRequiringRule(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A condition would require a biodiversity net gain of at least 10 per cent": a planning condition or a rule
    /// (figure-rule-nouns.txt) as the subject of "require" sets the bound. "The repairs would require at least £5m" is an
    /// estimate of cost, and stays a claim.
    /// </summary>
    private bool IsRequiringRule(ReadOnlySpan<Token> t, int verb)
    {
        if (!IsWord(t, verb, "require") && !IsWord(t, verb, "requires"))
        {
            return false;
        }

        var noun = IsWord(t, verb - 1, "would") || IsWord(t, verb - 1, "will") ? verb - 2 : verb - 1;
        return noun >= 0 && t[noun].Kind == TokenKind.Word
            && (t[noun].Text is "condition" or "conditions" || _words.RuleNouns.Contains(t[noun].Text));
    }

    private const int RequiredBoundWordsBefore = 12;

    /// <summary>
    /// "the rates are 2 per cent on the portion from £125,001 to £250,000, 5 per cent up to £925,000, 10 per cent up to £1.5
    /// million": a sum after "up to" or "above" straight after a rate is the edge of a band in a table of rates, set by the
    /// rule. "Bills will rise by up to £1.5 million" has no rate before the bound. The rate may say what it includes: "30%
    /// including VAT up to €1m".
    /// </summary>
    private static bool IsRateBand(ReadOnlySpan<Token> t, int first, FigureKind kind)
    {
        if (kind != FigureKind.Money || !(IsWord(t, first, "up") || IsWord(t, first, "above")) || first < 2)
        {
            return false;
        }

        var rate = first - 1;
        if (rate >= 2 && t[rate].Kind == TokenKind.Word && t[rate - 1].Kind == TokenKind.Word && RateInclusions.Contains(t[rate - 1].Text))
        {
            rate -= 2;
        }

        return t[rate].Text is "cent" or "percent" or "pc" || (t[rate].Kind == TokenKind.Number && t[rate].Text.EndsWith('%'));
    }

    private static readonly WordSet RateInclusions = new(["including", "excluding", "plus"]);

    private static readonly WordSet QualifyVerbs = new(["qualifies", "qualify", "entitles", "entitle", "applies"]);

    /// <summary>How far before "because" a decision may stand: "Officers had recommended refusal because".</summary>
    private const int MaxDecisionWords = 8;

    /// <summary>
    /// "The plan was refused because more than 10 per cent of homes are already HMOs": a figure straight after "because"
    /// that gives the grounds of a decision on the record (rules/lists/figure-decision-words.txt) a few words before.
    /// </summary>
    private bool IsDecisionGrounds(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "because"))
        {
            return false;
        }

        for (var i = first - 2; i >= Math.Max(0, first - 2 - MaxDecisionWords); i--)
        {
            if (t[i].Kind == TokenKind.Word && _words.DecisionWords.Contains(t[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of a bound ("up to", "at least", "more than", "over"), not of an estimate ("about", "nearly").</summary>
    private static bool IsBound(Token first) =>
        BoundWords.Contains(first.Text);

    /// <summary>
    /// "Government departments in Dubai … may allow up to 50 per cent of staff to work remotely": "up to" just after a verb
    /// of permission is the limit a rule grants. "The floods may have affected up to 50 per cent of homes" counts.
    /// </summary>
    private static bool IsPermittedBound(ReadOnlySpan<Token> t, int first) =>
        t[first].IsIgnoreCase("up") && first >= 1 && t[first - 1].Kind == TokenKind.Word && PermissionVerbs.Contains(t[first - 1].Text);

    /// <summary>
    /// "If an employer unreasonably fails to follow the code, a tribunal can increase an employee's compensation by up to
    /// 25 per cent": "up to" in the clause of a court that "can" or "may" act (figure-court-power-nouns.txt) is the limit of
    /// the court's power under the law. "The change can increase bills by up to 25 per cent" is an estimate, and "a court
    /// may have awarded up to" a guess.
    /// </summary>
    private bool IsCourtPower(ReadOnlySpan<Token> t, int first)
    {
        if (!t[first].IsIgnoreCase("up"))
        {
            return false;
        }

        for (var k = first - 1; k >= 1 && k >= first - CourtPowerWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].Text is "can" or "may")
            {
                return t[k - 1].Kind == TokenKind.Word && _words.CourtPowerNouns.Contains(t[k - 1].Text) && !IsWord(t, k + 1, "have");
            }
        }

        return false;
    }

    private const int CourtPowerWordsBefore = 8;

    private static readonly WordSet PermissionVerbs = new(["allow", "allows", "allowed", "permit", "permits", "permitted"]);

    /// <summary>"Pay by credit card for anything over £100": a bound after an indefinite pronoun is a rule's threshold.</summary>
    private static bool IsGenericBound(ReadOnlySpan<Token> t, int first) =>
        first >= 1 && t[first - 1].Kind == TokenKind.Word && AnyoneWords.Contains(t[first - 1].Text);

    /// <summary>
    /// "Money in a bank account is protected up to £85,000 by the Financial Services Compensation Scheme", "Under the SECURE
    /// 2.0 Act, workers … who earned more than $150,000 … must": a bound of money or a rate in a sentence that names the rule
    /// that sets it (a noun of figure-rule-nouns.txt a few words after "under", "thanks to" or "by") is the rule's limit. What
    /// the rule would do ("could save up to £300", "will pay up to £300 more", "will cost taxpayers more than £2bn") and what
    /// its sums did ("payouts by the scheme rose to more than £500m") are estimates and statistics, and stay claims.
    /// </summary>
    private bool IsRuleLimit(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsWord(t, end + 1, "more") || IsWord(t, end + 1, "less") || IsWord(t, end + 1, "extra"))
        {
            return false;
        }

        for (var k = 0; k < first; k++)
        {
            if (t[k].Kind == TokenKind.Word && (Conditionals.Contains(t[k].Text) || (k >= first - EffectWordsBefore && EffectVerbs.Contains(t[k].Text))))
            {
                return false;
            }
        }

        for (var k = 1; k < t.Length; k++)
        {
            if (k != first && t[k].Kind == TokenKind.Word && _words.RuleNouns.Contains(t[k].Text) && (IsRuleNamed(t, k) || IsRuleSubject(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Under rules from", "under the SECURE 2.0 Act", "thanks to the personal savings allowance", "by the … Scheme". The
    /// capitalised words of a rule's name do not count towards the distance: "Under the First Home Buyers Assistance Scheme".
    /// </summary>
    private static bool IsRuleNamed(ReadOnlySpan<Token> t, int noun)
    {
        var words = 0;
        for (var k = noun - 1; k >= 0 && words < RuleWordsBefore && t[k].Kind is TokenKind.Word or TokenKind.Number; k--)
        {
            if (t[k].Kind == TokenKind.Word && ((t[k].IsIgnoreCase("under") || t[k].IsIgnoreCase("by")) || (t[k].IsIgnoreCase("to") && IsWord(t, k - 1, "thanks"))))
            {
                return true;
            }

            if (!t[k].IsCapitalized)
            {
                words++;
            }
        }

        return false;
    }

    private const int RuleWordsBefore = 5;

    /// <summary>
    /// "The new law also created temporary deductions for tip income, up to $25,000": a rule that opens the sentence as its
    /// subject (a determiner and lower-case words before it) and sets the limit with a verb of figure-rule-setting-verbs.txt
    /// (an adverb between allowed). "The law will cost …" and "The scheme paid out …" are no such verbs.
    /// </summary>
    private bool IsRuleSubject(ReadOnlySpan<Token> t, int noun)
    {
        if (noun > RuleSubjectWords || t[0].Kind != TokenKind.Word || !RuleDeterminers.Contains(t[0].Text))
        {
            return false;
        }

        for (var k = 1; k < noun; k++)
        {
            if (t[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return false;
            }
        }

        var verb = noun + 1;
        if (verb < t.Length && t[verb].Kind == TokenKind.Word && (t[verb].Text.EndsWith("ly", StringComparison.Ordinal) || t[verb].IsIgnoreCase("also")))
        {
            verb++;
        }

        return verb < t.Length && t[verb].Kind == TokenKind.Word && _words.RuleSettingVerbs.Contains(t[verb].Text);
    }

    private const int RuleSubjectWords = 3;

    private static readonly WordSet RuleDeterminers = new(["the", "this", "these", "its", "their"]);

    /// <summary>
    /// "Deposits at banks are insured by the Federal Deposit Insurance Corp. up to $250,000 per depositor": "up to" after
    /// a participle of cover (insured, protected, covered, guaranteed) earlier in its clause is the limit of the cover,
    /// set by its terms. "Savers lost up to £5,000" has no such participle.
    /// </summary>
    private static bool IsCoverLimit(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first, "up"))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - CoverWordsBefore && t[k].Text is not ("," or ";" or ":"); k--)
        {
            if (t[k].Kind == TokenKind.Word && CoverParticiples.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int CoverWordsBefore = 10;

    private static readonly WordSet CoverParticiples = new(["insured", "protected", "covered", "guaranteed"]);

    private const int EffectWordsBefore = 3;

    /// <summary>What a rule does or what its sums did, a few words before the figure: an effect or a statistic, not the rule's limit.</summary>
    private static readonly WordSet EffectVerbs = new(["save", "saves", "saving", "lose", "loses", "losing", "lost", "cost", "costs", "costing", "raise", "raises", "raising", "raised",
        "cut", "cuts", "rose", "risen", "fell", "fallen", "reached", "hit", "topped", "totalled", "totaled", "grew", "increased", "spent"]);

    /// <summary>
    /// "had carried about 46% of the vote", "won the first round … with nearly 41 percent of the vote", "came second with
    /// about 21 percent": a share of the vote after a verb of a past result, or after "with" and a place in the count, is the
    /// certified result. "is on course to win about 30% of the vote" is a projection and stays a claim.
    /// </summary>
    private static bool IsElectionResult(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsWord(t, first - 1, "with") && first >= 3 && t[first - 2].Kind == TokenKind.Word && Places.Contains(t[first - 2].Text)
            && t[first - 3].Kind == TokenKind.Word && PlaceVerbs.Contains(t[first - 3].Text))
        {
            return true;
        }

        if (!IsWord(t, end + 1, "of") || !IsVoteAfter(t, end + 2))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - ResultWordsBefore && t[k].Kind is TokenKind.Word or TokenKind.Number; k--)
        {
            if (t[k].Kind == TokenKind.Word && ResultVerbs.Contains(t[k].Text))
            {
                return true;
            }

            // "The plebiscite failed, winning about 39% of the vote": the participle of the result; "is winning about 30%"
            // is a count still going, or a poll.
            if (t[k].IsIgnoreCase("winning") && !(k > 0 && t[k - 1].Kind == TokenKind.Word && BeForms.Contains(t[k - 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the vote", "the popular vote", "votes cast": the word that ends the phrase after "of" names the vote.</summary>
    private static bool IsVoteAfter(ReadOnlySpan<Token> t, int from)
    {
        for (var k = from; k < t.Length && k <= from + 2 && t[k].Kind == TokenKind.Word; k++)
        {
            if (VoteWords.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int ResultWordsBefore = 8;

    private static readonly WordSet ResultVerbs = new(["won", "carried", "took", "received", "secured", "polled", "garnered", "captured"]);
    private static readonly WordSet BeForms = new(["is", "are", "was", "were", "be", "been", "being"]);
    private static readonly WordSet PlaceVerbs = new(["came", "finished", "placed", "ended"]);
    private static readonly WordSet Places = new(["first", "second", "third", "fourth", "fifth", "last"]);

    /// <summary>
    /// "Total rise across the year: about £119": a sum labelled as the total, the reporter's arithmetic on the figures listed
    /// above it. The sentence opens with "Total" and the figure follows its colon.
    /// </summary>
    private static bool IsLabelledTotal(ReadOnlySpan<Token> t, int first)
    {
        if (first < 2 || t[first - 1].Text != ":")
        {
            return false;
        }

        for (var k = 0; k < first - 1; k++)
        {
            if (t[k].Kind == TokenKind.Word)
            {
                return t[k].IsIgnoreCase("total");
            }
        }

        return false;
    }

    /// <summary>
    /// "The Criminal Assets Bureau (CAB) has seized … more than €460,000 in cash": a sum a named agency (a capitalised name
    /// with a noun of figure-agency-nouns.txt, as the sentence's subject) seized is the agency's own record. "Police seized
    /// more than €1m" names no agency, and what a group seized ("Islamic State has seized $400m") stays a claim.
    /// </summary>
    private bool IsAgencySeizure(ReadOnlySpan<Token> t, int first)
    {
        var verb = -1;
        for (var k = first - 1; k >= 1; k--)
        {
            if (t[k].Kind == TokenKind.Word && SeizureVerbs.Contains(t[k].Text))
            {
                verb = k;
                break;
            }
        }

        if (verb < 1)
        {
            return false;
        }

        var subjectEnd = verb - 1;
        if (t[subjectEnd].Text is "has" or "have" or "had")
        {
            subjectEnd--;
        }

        if (subjectEnd >= 2 && t[subjectEnd].Text == ")" && t[subjectEnd - 2].Text == "(")
        {
            subjectEnd -= 3;
        }

        var start = t[0].Text is "The" ? 1 : 0;
        var agency = false;
        for (var k = start; k <= subjectEnd; k++)
        {
            if (t[k].Kind != TokenKind.Word || !t[k].IsCapitalized)
            {
                return false;
            }

            agency |= _words.AgencyNouns.Contains(t[k].Text);
        }

        return agency && subjectEnd >= start;
    }

    private static readonly WordSet SeizureVerbs = new(["seized", "seizes", "recovered", "confiscated", "froze", "frozen", "forfeited", "intercepted"]);

    private static readonly WordSet BoundWords = new(["up", "at", "more", "over", "less", "fewer", "above", "under", "below", "upwards", "in"]);

    private static readonly WordSet AnyoneWords = new(["anything", "everything", "anyone", "anybody"]);

    private static readonly WordSet Conditionals = new(["could", "would", "might"]);

    private static readonly WordSet VoteWords = new(["vote", "votes", "ballots"]);
}
