using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Sums of record a sentence sources by its own words: what a named public body approved, allocated, awarded, ordered or
/// bought, a bracketed conversion of the sum before it, a scheme's entitlement ("can receive up to $120,000 in grants")
/// and the exact cost a project came in at ("The project cost Rs 37,276 crore").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether a sum from <paramref name="first"/> to <paramref name="end"/> is one of this file's sums of record.</summary>
    private bool IsSumOfRecord(ReadOnlySpan<Token> t, int first, int end, int approximator) =>
        IsBracketedConversion(t, first, end) || IsBodyAct(t, first) || (approximator == 0 && IsCostOfRecord(t, first, end)) || IsReportedSales(t, first, end) || IsProjectBudget(t, first) || IsNetTradeFlow(t, first);

    /// <summary>
    /// "₹2,104 crore (about $250 million)": a sum in brackets just after another sum converts it; it takes the source (or
    /// the finding) of the sum it converts.
    /// </summary>
    private bool IsBracketedConversion(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 2 && t[first - 1].Text == "(" && end + 1 < t.Length && t[end + 1].Text == ")"
        && (t[first - 2].Kind == TokenKind.Number
            || (t[first - 2].Kind == TokenKind.Word && (_words.IsMagnitude(t[first - 2].Text) || _words.CurrencyWords.Contains(t[first - 2].Text) || t[first - 2].IsIgnoreCase("crore") || t[first - 2].IsIgnoreCase("lakh"))));

    /// <summary>
    /// "Congress approved about $190 billion", "India's cabinet on Wednesday approved Chandrayaan-4 … at a cost of ₹2,104
    /// crore": a sum a public body (its name's head in figure-body-nouns.txt or figure-agency-nouns.txt, as the sentence's
    /// subject) approved, allocated, awarded, ordered, set aside or bought is the body's own decision. What the sum would do ("approved
    /// a plan that could cost about $5bn") stays a claim, as does what a group that is no public body bought.
    /// </summary>
    private bool IsBodyAct(ReadOnlySpan<Token> t, int first) => IsBodyAct(t, first, ActVerbs, ActWordsBefore, acronymHead: false);

    /// <summary>
    /// "The US Nuclear Regulatory Commission has approved a request … to increase the power output … by about 2 percent":
    /// the size of a change after "by" that a public body approved is its decision, as a sum it approved is. A share that
    /// is no change's size ("approved the merger, giving the group about 40% of the market") stays a claim.
    /// </summary>
    private bool IsApprovedChange(ReadOnlySpan<Token> t, int first) =>
        IsWord(t, first - 1, "by") && IsBodyAct(t, first, ActVerbs, ChangeWordsBefore, acronymHead: false, relativeTerms: true);

    /// <summary>
    /// "the FBI disrupted a botnet of several hundred small-office routers", "The EU has so far sanctioned more than 150
    /// tankers", "the Seoul Metropolitan Government deployed around 2,700 police officers": what a public body (as for
    /// <see cref="IsBodyAct(ReadOnlySpan{Token}, int)"/>, or by its acronym: "the FBI") did to a number of things, as the
    /// active subject of an act of operation a few words before the figure, is its own record of the act. A toll stays a
    /// claim ("The army deployed troops that killed about 200"), as do an arrest ("Police arrested more than 300
    /// protesters", no act of operation) and what a company did.
    /// </summary>
    private bool IsBodyOperation(ReadOnlySpan<Token> t, int first, int end) =>
        IsBodyAct(t, first, OperationVerbs, OperationWordsBefore, acronymHead: true) && !HasHarmWord(t, first, end);

    /// <summary>
    /// "Unnan's town office subsidized a third of the renovation costs": the share of a cost a public body as the subject
    /// subsidized or covered, just after the verb, is its own scheme's term. "Residents paid a third of the costs" and
    /// "subsidized a third of households" (no "of" a cost) stay claims.
    /// </summary>
    private bool IsBodySubsidy(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, end + 1, "of") && HasWordAfter(t, end + 1, SubsidyWordsAfter, CostNouns) && IsBodyAct(t, first, SubsidyVerbs, 1, acronymHead: false);

    private const int SubsidyWordsAfter = 4;

    private static readonly WordSet SubsidyVerbs = new(["subsidized", "subsidised", "subsidizes", "subsidises", "covered", "covers", "reimbursed", "reimburses"]);

    private static readonly WordSet CostNouns = new(["cost", "costs", "bill", "bills", "fees", "price"]);

    private bool IsBodyAct(ReadOnlySpan<Token> t, int first, WordSet verbs, int wordsBefore, bool acronymHead, bool relativeTerms = false)
    {
        var verb = -1;
        for (var k = first - 1; k >= 1 && k >= first - wordsBefore; k--)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (verbs.Contains(t[k].Text))
            {
                verb = k;
                break;
            }

            if (t[k].Text is "aside" && (IsWord(t, k - 1, "set") || IsWord(t, k - 1, "sets")))
            {
                verb = k - 1; // "The ministry set aside 1.4 trillion won"
                break;
            }

            // "approved a rate increase … that will raise the typical bill by about 9 percent": what the approved thing will
            // do is its term, not a forecast.
            if ((ActBlockers.Contains(t[k].Text) && !(relativeTerms && IsRelativeWill(t, k))) || _words.EstimateVerbs.Contains(t[k].Text))
            {
                return false;
            }
        }

        if (verb < 1)
        {
            return false;
        }

        // "The ministry also set aside", "The EU has so far sanctioned"
        var head = verb - 1;
        while (head >= 1 && t[head].Kind == TokenKind.Word && (ActAdverbs.Contains(t[head].Text) || (t[head].Text is "far" && IsWord(t, head - 1, "so"))))
        {
            head -= t[head].Text is "far" ? 2 : 1;
        }

        if (head >= 2 && IsWord(t, head - 1, "on") && t[head].IsCapitalized && t[head].Text.EndsWith("day", StringComparison.Ordinal))
        {
            head -= 2; // "India's cabinet on Wednesday approved"
        }

        if (head >= 2 && t[head].Text == ")" && t[head - 2].Text == "(")
        {
            head -= 3; // "The Land Transport Authority (LTA) ordered"
        }

        head = OfNameHead(t, head);
        if (head < 0 || t[head].Kind != TokenKind.Word
            || !(_words.BodyNouns.Contains(t[head].Text) || _words.AgencyNouns.Contains(t[head].Text) || (acronymHead && IsAcronym(t[head].Text))))
        {
            return false;
        }

        if (t[head].Text is "ministry" or "department" && IsPortfolioWord(t, head - 1))
        {
            head--; // "Japan's industry ministry on Friday approved"
        }

        // The subject's other words: a name, an article or a level of government, back to the sentence's start, a
        // dateline's dash or the word that opens its clause ("In January, when the FBI disrupted …", "…, and the Seoul
        // Metropolitan Government deployed …").
        for (var k = head - 1; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Dash || (t[k].Kind == TokenKind.Word && ClauseOpeners.Contains(t[k].Text))
                || (t[k].Text is "and" or "but" && k >= 1 && t[k - 1].Text == ","))
            {
                return true;
            }

            if (t[k].Kind != TokenKind.Word || !(t[k].IsCapitalized || BodyModifiers.Contains(t[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Japan's Ministry of Economy, Trade and Industry on Friday approved": the body noun that opens a capitalised name
    /// of its portfolios ("Ministry of …", "Department for …"), read back from the name's last word at <paramref name="end"/>;
    /// <paramref name="end"/> itself when the name is no such one.
    /// </summary>
    private int OfNameHead(ReadOnlySpan<Token> t, int end)
    {
        if (end < 2 || t[end].Kind != TokenKind.Word || !t[end].IsCapitalized || _words.BodyNouns.Contains(t[end].Text) || _words.AgencyNouns.Contains(t[end].Text))
        {
            return end;
        }

        for (var k = end - 1; k >= 1 && k >= end - MaxPortfolioNameTokens; k--)
        {
            if (t[k].Text is "of" or "for" && t[k - 1].Kind == TokenKind.Word && t[k - 1].IsCapitalized
                && (_words.BodyNouns.Contains(t[k - 1].Text) || _words.AgencyNouns.Contains(t[k - 1].Text)))
            {
                return k - 1;
            }

            if (!(t[k].Text is "," or "and" or "of" or "for" or "the" || (t[k].Kind == TokenKind.Word && t[k].IsCapitalized)))
            {
                return end;
            }
        }

        return end;
    }

    /// <summary>"Ministry of Economy, Trade and Industry": the longest portfolio list read back to its body noun.</summary>
    private const int MaxPortfolioNameTokens = 8;

    /// <summary>"industry", "finance", "health": a lowercase word naming the portfolio just before "ministry" or "department", no function word.</summary>
    private bool IsPortfolioWord(ReadOnlySpan<Token> t, int k) =>
        k >= 1 && t[k].Kind == TokenKind.Word && char.IsAsciiLetterLower(t[k].Text[0]) && !BodyModifiers.Contains(t[k].Text)
        && !_words.FunctionWords.Contains(t[k].Text) && !NoPortfolioWords.Contains(t[k].Text) && !ClauseOpeners.Contains(t[k].Text);

    /// <summary>Lowercase words before a body noun that end a clause or describe the body rather than name its portfolio.</summary>
    private static readonly WordSet NoPortfolioWords = new(["said", "says", "that", "which", "who", "and", "or", "but", "new", "former", "whose", "if", "when", "as"]);

    private static bool IsRelativeWill(ReadOnlySpan<Token> t, int k) => IsWord(t, k, "will") && (IsWord(t, k - 1, "that") || IsWord(t, k - 1, "which"));

    /// <summary>"FBI", "EU": two to five capital letters.</summary>
    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 5 && word.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0;

    private const int ActWordsBefore = 25;
    private const int OperationWordsBefore = 6;

    /// <summary>A change's object names what changes and where: "a request … to increase the power output of units 1 and 2 at the Vogtle plant near Waynesboro, Georgia, by".</summary>
    private const int ChangeWordsBefore = 32;

    /// <summary>
    /// What a body does to things it counts of record: sanctions, deploys, disrupts, cancels, suspends, revokes, and issues
    /// or releases ("Local governments issued evacuation instructions to about 820,000 people", "The government released
    /// about 810,000 tons of stockpiled rice").
    /// </summary>
    private static readonly WordSet OperationVerbs = new(["sanctioned", "deployed", "disrupted", "dismantled", "cancelled", "canceled", "suspended", "revoked", "issued", "released"]);

    private static readonly WordSet ActAdverbs = new(["also", "already", "has", "have", "had"]);
    private static readonly WordSet ClauseOpeners = new(["when", "after", "as", "while", "before", "since", "where"]);

    private static readonly WordSet ActVerbs = new(["approved", "approves", "allocated", "allocates", "awarded", "awards", "ordered", "bought", "purchased",
        "sanctioned", "appropriated", "earmarked", "authorised", "authorized"]);

    /// <summary>Between the act and its sum, what the sum would do or someone's word on it: an estimate, not the decision.</summary>
    private static readonly WordSet ActBlockers = new(["could", "would", "might", "may", "will", "can", "expected", "likely", "say", "says", "said", "claim", "claims", "claimed", "more", "less", "extra"]);

    private static readonly WordSet BodyModifiers = new(["the", "city", "county", "state", "federal", "national", "regional", "district", "local", "town", "provincial", "union", "central", "municipal"]);

    /// <summary>
    /// "The project cost Rs 37,276 crore": the exact sum a project (figure-deal-nouns.txt is for deals; here a project,
    /// scheme, line or building) cost, in the past tense just after it, is its cost of record. "The project will cost",
    /// "cost about £5bn" and "cost £5m more than planned" stay claims.
    /// </summary>
    private bool IsCostOfRecord(ReadOnlySpan<Token> t, int first, int end)
    {
        var verb = first - 1 - CurrencyPrefix(t, first); // "cost Rs 37,276 crore"
        return verb >= 1 && IsWord(t, verb, "cost") && t[verb - 1].Kind == TokenKind.Word && ProjectNouns.Contains(t[verb - 1].Text)
            && !(IsWord(t, end + 1, "more") || IsWord(t, end + 1, "less") || IsWord(t, end + 1, "extra"));
    }

    /// <summary>
    /// "The mission's cost of about Rs 615 crore has drawn attention": the cost or budget "of" a sum after a project's
    /// possessive (a project, scheme, mission or building) is the project's budget of record, as "The project cost Rs 37,276
    /// crore" is. "The flood's cost of about £2bn" and "a cost overrun of about £2bn" stay claims.
    /// </summary>
    private static bool IsProjectBudget(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "of") || !(IsWord(t, first - 2, "cost") || IsWord(t, first - 2, "budget")) || first < 3 || t[first - 3].Kind != TokenKind.Word)
        {
            return false;
        }

        var owner = t[first - 3].Text;
        return owner.Length > 2 && (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)) && ProjectNouns.Contains(owner.AsSpan(0, owner.Length - 2));
    }

    private static readonly WordSet ProjectNouns = new(["project", "scheme", "line", "bridge", "tunnel", "stadium", "plant", "mission", "programme", "program",
        "airport", "terminal", "extension", "dam", "railway", "highway", "upgrade", "renovation", "refurbishment"]);

    /// <summary>
    /// "First-timer families … can receive up to $120,000 in grants": what a scheme "can" pay ("can receive", "can get",
    /// "can claim" up to a sum of figure-grant-nouns.txt a few words after it) is its published entitlement. "could
    /// receive up to £3bn" is an estimate and stays a claim.
    /// </summary>
    private bool IsEntitlement(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsApplicationCap(t, first))
        {
            return true;
        }

        if (!t[first].IsIgnoreCase("up") || first < 2 || t[first - 1].Kind != TokenKind.Word || !EntitlementVerbs.Contains(t[first - 1].Text))
        {
            return false;
        }

        var modal = IsWord(t, first - 2, "also") ? first - 3 : first - 2;
        if (!IsWord(t, modal, "can"))
        {
            return false;
        }

        return HasWordAfter(t, end, GrantWordsAfter, _words.GrantNouns);
    }

    private const int GrantWordsAfter = 4;

    /// <summary>
    /// "Groups can apply for up to £750": what an applicant "can apply for" is the cap a scheme publishes, which the
    /// sentence need not name. "could apply for up to" and "have applied for up to" stay claims.
    /// </summary>
    private static bool IsApplicationCap(ReadOnlySpan<Token> t, int first) =>
        t[first].IsIgnoreCase("up") && IsWord(t, first - 1, "for") && IsWord(t, first - 2, "apply") && IsWord(t, first - 3, "can");

    /// <summary>
    /// "a separate $1.4 billion Resilience and Sustainability Facility (RSF), under which Pakistan will receive around $200
    /// million": what a deal or a named facility pays out, "under which" someone "will receive" it, is one of its terms, a
    /// figure of record as the deal's value is. "under which the club could receive about £30m" is an estimate and stays a claim.
    /// </summary>
    private bool IsReceivedUnderDeal(ReadOnlySpan<Token> t, int first)
    {
        if (first < 5 || t[first - 1].Kind != TokenKind.Word || !EntitlementVerbs.Contains(t[first - 1].Text) || !IsWord(t, first - 2, "will"))
        {
            return false;
        }

        for (var k = first - 3; k >= 2 && k >= first - 3 - MaxRecipientWords && t[k].Kind == TokenKind.Word; k--)
        {
            if (IsWord(t, k, "which") && IsWord(t, k - 1, "under"))
            {
                var deal = t[k - 2].Text == "," ? k - 3 : k - 2;
                deal = deal >= 3 && t[deal].Text == ")" && t[deal - 2].Text == "(" ? deal - 3 : deal; // "Facility (RSF)"
                return deal >= 0 && t[deal].Kind == TokenKind.Word && (_words.DealNouns.Contains(t[deal].Text) || t[deal].IsCapitalized);
            }
        }

        return false;
    }

    /// <summary>Who receives it, between "under which" and "will": "Pakistan", "the club's owners".</summary>
    private const int MaxRecipientWords = 4;

    private static readonly WordSet EntitlementVerbs = new(["receive", "get", "claim"]);

    /// <summary>
    /// "will receive up to 7% of the money under the deal, with broadcasters getting about 30% in total": the share a party
    /// receives in a sentence that says it is under a deal (figure-deal-nouns.txt) is one of the deal's terms. "could
    /// receive about 7%" is an estimate, and "will receive up to 7% of the money" names no deal: both stay claims.
    /// </summary>
    private bool IsShareUnderDeal(ReadOnlySpan<Token> t, int first)
    {
        if (first < 1 || t[first - 1].Kind != TokenKind.Word || !ShareEntitlementVerbs.Contains(t[first - 1].Text) || (first >= 2 && ProjectionModals.Contains(t[first - 2].Text)))
        {
            return false;
        }

        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (IsWord(t, k, "under") && t[k + 1].Text is "the" or "its" or "this" or "that" && t[k + 2].Kind == TokenKind.Word && _words.DealNouns.Contains(t[k + 2].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ShareEntitlementVerbs = new(["receive", "receives", "receiving", "get", "gets", "getting"]);
}
