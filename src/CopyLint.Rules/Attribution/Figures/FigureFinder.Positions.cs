using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Approximate figures that are a subject's own: targets it set or revised, thresholds and requirements a rule or deal
/// sets, penalties a law allows, forecasts, and the position a subject states ("Unions are demanding at least 40 percent").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "The deal requires approval from two-thirds of shareholders", "needs the support of at least 60 senators": after a
    /// consent noun (figure-consent-nouns.txt) and "of" or "from", with a verb of requirement (figure-requirement-verbs.txt)
    /// a few words before it, the figure is the threshold a rule sets. "It has the support of about 60 senators" counts.
    /// </summary>
    private bool IsRequirement(ReadOnlySpan<Token> t, int first)
    {
        var noun = first - 2;
        if (noun < 1 || !(IsWord(t, first - 1, "of") || IsWord(t, first - 1, "from")) || t[noun].Kind != TokenKind.Word || !_words.ConsentNouns.Contains(t[noun].Text))
        {
            return IsRequiredMajority(t, first) || IsCoordinateRequirement(t, first);
        }

        return HasRequirementVerb(t, noun);
    }

    /// <summary>
    /// "Under the new law, a conviction will need at least two thirds of the jurors": a bound straight after a verb of
    /// requirement (figure-requirement-verbs.txt), in a sentence that names the rule ("under the new law"; figure-rule-nouns.txt),
    /// is the threshold the rule sets. With no rule named ("The hospital will need at least 200 beds") or with more to
    /// come ("will need at least 200 more nurses") it is an estimate, and stays a claim.
    /// </summary>
    private bool IsRequiredUnderRule(ReadOnlySpan<Token> t, int first, int end)
    {
        if (!IsBound(t[first]) || first < 1 || t[first - 1].Kind != TokenKind.Word || !_words.RequirementVerbs.Contains(t[first - 1].Text)
            || IsWord(t, end + 1, "more") || IsWord(t, end + 1, "extra") || IsWord(t, end + 1, "additional"))
        {
            return false;
        }

        for (var k = 1; k < t.Length; k++)
        {
            if (t[k].Kind == TokenKind.Word && _words.RuleNouns.Contains(t[k].Text) && IsRuleNamed(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of requirement (figure-requirement-verbs.txt) within a few words before <paramref name="at"/>.</summary>
    private bool HasRequirementVerb(ReadOnlySpan<Token> t, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - RequirementWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.RequirementVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Bill needs a two-thirds majority of members present and voting": a figure just before a consent noun
    /// (figure-consent-nouns.txt) that a verb of requirement governs is the threshold too. "A two-thirds majority of
    /// voters oppose the plan" has no such verb and counts.
    /// </summary>
    private bool IsRequiredMajority(ReadOnlySpan<Token> t, int first) =>
        first + 1 < t.Length && t[first + 1].Kind == TokenKind.Word && _words.ConsentNouns.Contains(t[first + 1].Text) && HasRequirementVerb(t, first);

    /// <summary>
    /// "needs the approval of two-thirds of both chambers of Congress and three-quarters of the states": a figure after
    /// "and" or "or" shares the threshold of the required figure it is joined to in its clause.
    /// </summary>
    private bool IsCoordinateRequirement(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "and") && !IsWord(t, first - 1, "or"))
        {
            return false;
        }

        for (var k = first - 2; k >= 2 && k >= first - CoordinateWordsBefore; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation && t[k].Text is ";" or ":")
            {
                return false;
            }

            if ((IsWord(t, k - 1, "of") || IsWord(t, k - 1, "from")) && t[k - 2].Kind == TokenKind.Word && _words.ConsentNouns.Contains(t[k - 2].Text)
                && HasRequirementVerb(t, k - 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "With seven Sinn Féin MPs, a working majority would be around 320": the size a majority of a chamber is or would
    /// be is the threshold of its votes, as a required share is. "Support for the plan would be around 32%" counts.
    /// </summary>
    private static bool IsMajoritySize(ReadOnlySpan<Token> t, int first)
    {
        var k = first - 1;
        if (!IsWord(t, k, "is") && !IsWord(t, k, "was") && !IsWord(t, k, "be"))
        {
            return false;
        }

        k -= IsWord(t, k, "be") && (IsWord(t, k - 1, "would") || IsWord(t, k - 1, "will")) ? 2 : 1;
        return IsWord(t, k, "majority") || IsWord(t, k, "supermajority");
    }

    private const int RequirementWordsBefore = 3;
    private const int CoordinateWordsBefore = 12;

    /// <summary>
    /// "Under data protection law, the regulator can fine companies up to £17.5m": a penalty verb (figure-record-penalties.txt)
    /// after a modal or "to", its object between, is the penalty a law allows. "The fines were paid by about 3,000 drivers" counts.
    /// </summary>
    private bool IsPenaltyAllowed(ReadOnlySpan<Token> t, int first)
    {
        for (var verb = first - 1; verb >= 1 && verb >= first - 1 - MaxPenaltyObjectWords && t[verb].Kind == TokenKind.Word; verb--)
        {
            if (_words.RecordPenalties.Contains(t[verb].Text))
            {
                return t[verb - 1].Text is "can" or "could" or "may" or "might" or "will" or "would" or "to";
            }
        }

        return false;
    }

    private const int MaxPenaltyObjectWords = 3;

    /// <summary>
    /// "the government has set a target of a million speakers by 2050", "its goal of 300,000 homes": a target owned by
    /// its setter, a possessive or the subject of a setting verb, is the setter's published policy, not an estimate.
    /// "a target of 300,000 homes was missed" names no setter and stays a claim.
    /// </summary>
    private static bool IsSetTarget(ReadOnlySpan<Token> t, int first)
    {
        if (IsStatedOwnedTarget(t, first))
        {
            return true;
        }

        var of = first - 1;
        if (of < 2 || !IsWord(t, of, "of") || t[of - 1].Kind != TokenKind.Word || !Targets.Contains(t[of - 1].Text) || t[of - 2].Kind != TokenKind.Word)
        {
            return false;
        }

        // "a full-year goal of around 820", "its annual target of": one lower-case modifier before the target noun.
        var modifier = of >= 3 && !t[of - 2].IsCapitalized && !IsOwner(t[of - 2].Text) && t[of - 2].Text is not ("a" or "an") && t[of - 3].Kind == TokenKind.Word ? 1 : 0;
        var determiner = t[of - 2 - modifier].Text;
        if (IsOwner(determiner))
        {
            return true;
        }

        var verb = of - 3 - modifier;
        if (determiner is not ("a" or "an") || verb < 1 || t[verb].Kind != TokenKind.Word || !SettingVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        var subject = Auxiliaries.Contains(t[verb - 1].Text) ? verb - 2 : verb - 1;
        return subject >= 0 && t[subject].Kind == TokenKind.Word && !NotSubjects.Contains(t[subject].Text) && !Passive.Contains(t[subject].Text);
    }

    /// <summary>
    /// "The Government's goal, set in its language strategy, is for one million people to speak …", "Its aim is to build
    /// 300,000 homes": an owned target as the subject of "is" or "was" (an aside between commas allowed), the figure
    /// straight after "for" or "to" and one verb, is the owner's published policy. "The goal is for one million …" names
    /// no owner and stays a claim.
    /// </summary>
    private static bool IsStatedOwnedTarget(ReadOnlySpan<Token> t, int first)
    {
        if (first < 4)
        {
            return false;
        }

        var k = IsWord(t, first - 1, "for") ? first - 2 : t[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && IsWord(t, first - 2, "to") ? first - 3 : -1;
        if (k < 2 || (!IsWord(t, k, "is") && !IsWord(t, k, "was")))
        {
            return false;
        }

        k--;
        if (t[k].Text == ",")
        {
            var open = k - 1;
            while (open >= 0 && open >= k - MaxTargetAsideTokens && t[open].Text != ",")
            {
                open--;
            }

            if (open < 2 || t[open].Text != ",")
            {
                return false;
            }

            k = open - 1;
        }

        return t[k].Kind == TokenKind.Word && Targets.Contains(t[k].Text) && t[k - 1].Kind == TokenKind.Word
            && (IsOwner(t[k - 1].Text) || t[k - 1].IsIgnoreCase("its") || t[k - 1].IsIgnoreCase("their"));
    }

    private const int MaxTargetAsideTokens = 12;

    /// <summary>
    /// "The bank raised its target for return on tangible equity, a key measure of profitability, to more than 12% for
    /// 2026, from around 11% previously": the figures a setter revises its own target, forecast or guidance to and from
    /// (figure-revision-verbs.txt, figure-revised-targets.txt, owned by "its", "their" or a possessive) are its published
    /// policy, sourced by the subject. "The target was raised to 12%" names no setter and stays a claim.
    /// </summary>
    private bool IsRevisedTarget(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "to") && !IsWord(t, first - 1, "from"))
        {
            return false;
        }

        for (var noun = first - 2; noun >= 2 && noun >= first - RevisionWordsBefore; noun--)
        {
            // "…, while unemployment rose to about 12%": the figure belongs to the move, not to the revision before it.
            if ((t[noun].Kind == TokenKind.Punctuation && t[noun].Text is ";" or ":") || (t[noun].Kind == TokenKind.Word && _words.MoveVerbs.Contains(t[noun].Text)))
            {
                return false;
            }

            if (t[noun].Kind == TokenKind.Word && _words.RevisedTargets.Contains(t[noun].Text) && IsOwnedRevision(t, noun))
            {
                return true;
            }
        }

        return false;
    }

    private const int RevisionWordsBefore = 30;

    /// <summary>"raised its target", "cut its full-year guidance", "lowered the company's forecast": a revision verb, then the owner.</summary>
    private bool IsOwnedRevision(ReadOnlySpan<Token> t, int noun)
    {
        for (var owner = noun - 1; owner >= 1 && owner >= noun - 2 && t[owner].Kind == TokenKind.Word; owner--)
        {
            if (IsOwner(t[owner].Text))
            {
                var verb = IsWord(t, owner - 1, "the") ? owner - 2 : owner - 1;
                return verb >= 0 && t[verb].Kind == TokenKind.Word && _words.RevisionVerbs.Contains(t[verb].Text);
            }
        }

        return false;
    }

    /// <summary>A possessive that names who owns what follows: "its", "their", "the bank's".</summary>
    private static bool IsOwner(string word) => word is "its" or "their" or "his" or "her" or "our" || IsPossessive(word);

    private static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    private static readonly WordSet Targets = new(["target", "goal", "ambition", "aim"]);
    private static readonly WordSet SettingVerbs = new(["set", "sets", "adopted", "adopts", "announced", "announces", "unveiled", "unveils", "published", "publishes",
        "chases", "chasing", "pursues", "pursuing"]);

    private static readonly WordSet Owning = new(["has", "have", "had", "with", "operates", "operate", "operating", "owns", "own", "runs", "run", "employs",
        "carry", "carries", "stock", "stocks"]);

    /// <summary>
    /// "Rengo, the largest union group, is seeking pay rises of at least 5%", "Unions are demanding at least 40 percent":
    /// a position verb (figure-position-verbs.txt, or figure-request-verbs.txt before "for": "asking for") a few words before the figure in its clause, with a subject of its own
    /// (a word or the comma closing an apposition before it or its auxiliary) and not in the passive: the subject states
    /// its own position and is the figure's source.
    /// </summary>
    private bool IsOwnPosition(ReadOnlySpan<Token> t, int first)
    {
        if (IsProfiledOwnPay(t, first))
        {
            return true;
        }

        // "wants the cap on the deduction raised to at least $100,000": the figure a thing is to be raised or cut to
        // counts its few words from the participle after the thing.
        var from = first >= 3 && IsWord(t, first - 1, "to") && t[first - 2].Kind == TokenKind.Word && _words.RevisionVerbs.Contains(t[first - 2].Text) ? first - 2 : first;
        for (var k = first - 1; k >= 1 && k >= from - PositionWordsBefore && t[k].Kind == TokenKind.Word && !PositionBoundaries.Contains(t[k].Text); k--)
        {
            if (!_words.PositionVerbs.Contains(t[k].Text) && !(IsWord(t, k + 1, "for") && _words.RequestVerbs.Contains(t[k].Text)))
            {
                continue;
            }

            var subject = k - 1;
            if (Auxiliaries.Contains(t[subject].Text))
            {
                if (Passive.Contains(t[subject].Text) && (t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t[k].IsIgnoreCase("sought")))
                {
                    return false;
                }

                subject--;
            }

            return subject >= 0 && (t[subject] is { Kind: TokenKind.Word } word ? !NotSubjects.Contains(word.Text) : t[subject].Text == "," && subject > 0 && t[subject - 1].Kind == TokenKind.Word);
        }

        return false;
    }

    private const int PositionWordsBefore = 6;

    /// <summary>
    /// "Russia and Ukraine have agreed to exchange 1,000 prisoners of war each", "a plan to train some 500,000 soldiers": the
    /// object of the one verb after a commitment word (figure-commitment-words.txt) and "to" is the term of what the subject
    /// agreed, pledged or plans, its own announcement. "agreed to a truce after fighting that killed about 3,000" counts.
    /// </summary>
    private bool IsCommittedTerm(ReadOnlySpan<Token> t, int first) =>
        (first >= 3 && t[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && IsWord(t, first - 2, "to")
        && t[first - 3].Kind == TokenKind.Word && _words.CommitmentWords.Contains(t[first - 3].Text)) || IsCommittedCost(t, first) || IsDecidedRevision(t, first);

    /// <summary>
    /// "The parish council has agreed to buy a defibrillator … at a cost of £1,380": the cost of what the subject agreed
    /// or pledged to do, later in the same clause, is a term of its decision as the object is. "has bought a
    /// defibrillator at a cost of £1,380" commits to nothing and stays a claim.
    /// </summary>
    private bool IsCommittedCost(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "of") || !IsWord(t, first - 2, "cost") || !IsWord(t, first - 3, "a") || !IsWord(t, first - 4, "at"))
        {
            return false;
        }

        for (var k = first - 5; k >= 2 && k >= first - 5 - CommittedObjectWords && t[k].Kind == TokenKind.Word; k--)
        {
            if (IsWord(t, k - 1, "to") && t[k - 2].Kind == TokenKind.Word && _words.CommitmentWords.Contains(t[k - 2].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int CommittedObjectWords = 12;

    /// <summary>
    /// "If the property costs more than £500,000, …", "the first £300,000 of a property worth up to £500,000", "anyone
    /// earning more than £100,000": a value verb (figure-threshold-verbs.txt, "at" allowed after it) just before the figure,
    /// in a clause opened by "if" or "unless", or after a generic noun phrase, is the threshold of a rule, not a claim;
    /// so is the condition of an eligibility rule (<see cref="IsEligibilityCondition"/>).
    /// </summary>
    private bool IsThreshold(ReadOnlySpan<Token> t, int first)
    {
        var verb = first - 1;
        if (verb >= 1 && IsWord(t, verb, "at"))
        {
            verb--;
        }

        if (IsEligibilityCondition(t, verb) || IsRequiredHolding(t, first) || IsListedCondition(t, first))
        {
            return true;
        }

        if (verb < 1 || t[verb].Kind != TokenKind.Word || !_words.ThresholdVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        if (HasPlainRequirementVerb(t, verb, RequiredValueWordsBefore))
        {
            return true;
        }

        // "anyone earning", "homes worth", "homes in England worth", "workers who earned"; "(of|on|for) a property worth"
        if (HasGenericHolder(t, verb))
        {
            return true;
        }

        for (var k = verb - 1; k >= 1 && k >= verb - 2 && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].Text is "a" or "an" or "any" && t[k - 1].Kind == TokenKind.Word && ThresholdPrepositions.Contains(t[k - 1].Text))
            {
                return true;
            }
        }

        for (var k = verb - 1; k >= 0 && k >= verb - ConditionWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].IsIgnoreCase("if") || t[k].IsIgnoreCase("unless"))
            {
                return true;
            }
        }

        return false;
    }

    private const int ConditionWordsBefore = 8;

    /// <summary>"needs to own property worth at least Dh2 million": from the value verb back to "needs".</summary>
    private const int RequiredValueWordsBefore = 5;

    /// <summary>
    /// A verb of requirement (figure-requirement-verbs.txt) that is no value verb (figure-threshold-verbs.txt), in an
    /// unbroken run of up to <paramref name="words"/> words before <paramref name="at"/>: "A property investor needs to own
    /// property worth at least Dh2 million" sets a value; "The fund earned stakes worth about $5bn" and "The firm owns
    /// property worth about Dh2 million" report one.
    /// </summary>
    private bool HasPlainRequirementVerb(ReadOnlySpan<Token> t, int at, int words)
    {
        for (var k = at - 1; k >= 0 && k >= at - words && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.RequirementVerbs.Contains(t[k].Text) && !_words.ThresholdVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "For famine to be classified, three thresholds must be met: at least 20 per cent of households face …; at least 30
    /// per cent of children …": a figure in the list after a colon whose lead-in closes on a passive a verb of requirement
    /// governs ("must be met", "need to be satisfied") states a condition a rule sets. "Three thresholds were met: at least
    /// 20 per cent …" and "The agency must act: about 40,000 people need help" count.
    /// </summary>
    private bool IsListedCondition(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (t[k].Text == ":")
            {
                return IsWord(t, k - 2, "be") && HasPlainRequirementVerb(t, k, RequirementWordsBefore);
            }

            if (t[k].Text is "." or "!" or "?")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The generic holder of a threshold just before its value verb: "homes worth", past a place ("homes in England worth",
    /// "properties in the UK valued at") or, for a class of people too, a relative pronoun ("workers who earned"). "a
    /// house worth" names one thing.
    /// </summary>
    private static bool HasGenericHolder(ReadOnlySpan<Token> t, int verb)
    {
        var k = verb - 1;
        if (IsWord(t, k, "who") || IsWord(t, k, "that"))
        {
            // "Workers earned more than $150,000" is a claim about them; "workers who earned" defines whom a rule covers.
            return k >= 1 && t[k - 1].Kind == TokenKind.Word && (GenericHolders.Contains(t[k - 1].Text) || GenericPeople.Contains(t[k - 1].Text));
        }

        var place = k;
        while (place >= 1 && place > k - PlaceWords && (t[place] is { Kind: TokenKind.Word, IsCapitalized: true } || IsWord(t, place, "the")))
        {
            place--;
        }

        k = place < k && IsWord(t, place, "in") ? place - 1 : k;
        return (k >= 0 && t[k].Kind == TokenKind.Word && GenericHolders.Contains(t[k].Text)) || IsPeopleByParticiple(t, verb);
    }

    /// <summary>
    /// "guests paying more than ¥100,000 per person per night will pay", "workers earning more than $150,000": a class of
    /// people straight before a value verb's participle is defined by its bound. "Workers earned more than $150,000" and
    /// "guests paying about ¥100,000" (no bound) count.
    /// </summary>
    private static bool IsPeopleByParticiple(ReadOnlySpan<Token> t, int verb) =>
        verb >= 1 && t[verb].Text.EndsWith("ing", StringComparison.Ordinal) && verb + 1 < t.Length && IsBound(t[verb + 1])
        && t[verb - 1].Kind == TokenKind.Word && GenericPeople.Contains(t[verb - 1].Text);

    private const int PlaceWords = 3;

    /// <summary>
    /// "a buyer would need to have paid at least €30,000 in income tax": the verb of a perfect infinitive after a verb of
    /// requirement (figure-requirement-verbs.txt) states the condition of an eligibility rule. "Buyers paid at least
    /// €30,000" and "the fire must have destroyed about 500 homes" (no "to") count.
    /// </summary>
    private bool IsEligibilityCondition(ReadOnlySpan<Token> t, int verb) =>
        verb >= 3 && t[verb] is { Kind: TokenKind.Word, IsCapitalized: false } && IsWord(t, verb - 1, "have") && IsWord(t, verb - 2, "to")
        && t[verb - 3].Kind == TokenKind.Word && _words.RequirementVerbs.Contains(t[verb - 3].Text);

    /// <summary>
    /// "The changes would require environmental groups that take judicial reviews … to have at least 100 members": a bound
    /// just after "to have", or after the verb of a relative clause ("outlets that receive more than 20 percent of their
    /// funding"), in a run of words back to a verb of requirement (figure-requirement-verbs.txt), is what a rule requires
    /// one to hold or whom it binds. "The groups are thought to have at least 100 members" has no such verb and counts.
    /// </summary>
    private bool IsRequiredHolding(ReadOnlySpan<Token> t, int first)
    {
        if (first < 3 || !IsBound(t[first]))
        {
            return false;
        }

        // "would require non-governmental organizations and media outlets that receive more than 20 percent of their
        // funding from abroad to register": the bound in the clause that says whom the rule binds.
        var toHave = IsWord(t, first - 1, "have") && IsWord(t, first - 2, "to");
        var relative = !toHave && t[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && (IsWord(t, first - 2, "that") || IsWord(t, first - 2, "who"));
        if (!toHave && !relative)
        {
            return false;
        }

        for (var k = first - 3; k >= 0 && k >= first - RequiredHoldingWordsBefore && (t[k].Kind == TokenKind.Word || t[k].Text == "-"); k--)
        {
            if (_words.RequirementVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int RequiredHoldingWordsBefore = 24;

    /// <summary>
    /// A forecast, not a claim of fact (figure-forecast-words.txt): the figure in the complement of "expected to" ("is
    /// expected to reach about 15,000", with no punctuation between) or just after "expected at", or a figure after "the"
    /// that a forecast word a few words later refers back to ("the 35% some party sources had expected").
    /// </summary>
    private bool IsForecast(ReadOnlySpan<Token> t, int first, int end)
    {
        for (var k = first - 1; k >= 1 && k >= first - ForecastWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if ((t[k].IsIgnoreCase("to") || (k == first - 1 && t[k].IsIgnoreCase("at"))) && t[k - 1].Kind == TokenKind.Word && _words.ForecastWords.Contains(t[k - 1].Text))
            {
                return true;
            }

            if (t[k].IsIgnoreCase("to") && IsWord(t, k - 1, "and") && FollowsForecastInfinitive(t, k - 1))
            {
                return true;
            }
        }

        if (first < 1 || !t[first - 1].IsIgnoreCase("the"))
        {
            return false;
        }

        return HasWordAfter(t, end, ForecastWordsAfter, _words.ForecastWords);
    }

    /// <summary>
    /// "will be expected to offer at least 20 apprenticeships … and to spend at least 30% of the contract value": a second
    /// infinitive joined by "and" shares the "expected to" of its clause (no stop, colon or semicolon between).
    /// </summary>
    private bool FollowsForecastInfinitive(ReadOnlySpan<Token> t, int and)
    {
        for (var k = and - 1; k >= 1 && k >= and - CoordinatedInfinitiveTokens && t[k].Text is not (";" or ":" or "."); k--)
        {
            if (t[k].IsIgnoreCase("to") && t[k - 1].Kind == TokenKind.Word && _words.ForecastWords.Contains(t[k - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int CoordinatedInfinitiveTokens = 30;

    private const int ForecastWordsBefore = 5;
    private const int ForecastWordsAfter = 5;

    private static readonly WordSet GenericHolders = new(["anyone", "anybody", "someone", "those", "people", "households", "homes", "properties"]);

    /// <summary>A class of people a rule covers, generic only before "who" or "that" ("workers who earned more than $150,000").</summary>
    private static readonly WordSet GenericPeople = new(["workers", "employees", "earners", "taxpayers", "savers", "borrowers", "buyers", "families", "couples", "individuals", "filers",
        "guests", "customers", "passengers", "visitors"]);
    private static readonly WordSet ThresholdPrepositions = new(["of", "on", "for"]);

    private static readonly WordSet PositionBoundaries = new(["that", "which", "who", "because", "after", "while", "when", "but", "if"]);
    private static readonly WordSet Auxiliaries = new(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might"]);
    private static readonly WordSet Passive = new(["is", "are", "was", "were", "be", "been"]);

    /// <summary>Words before a position verb that make it no finite verb with a subject: "the proposed cut", "to seek", "an offer".</summary>
    private static readonly WordSet NotSubjects = new(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "to", "of", "for", "and", "or"]);
}
