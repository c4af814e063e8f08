using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures of record and background that need no source: statistics, places, penalties, attendances, holdings and
/// terms (<see cref="IsRecord"/>). Prices and market levels are in FigureFinder.Prices.cs; a subject's own targets,
/// thresholds, forecasts and positions in FigureFinder.Positions.cs.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// A figure of record: a statistic noun a few words after it ("32 points", "€30,000 in prize money"), record
    /// context a few words before it ("fined £500", "profit rose 12% to £2.3bn"), the size of a place
    /// ("a city of about 550,000 people") or a penalty ("fines of up to £18m").
    /// </summary>
    private bool IsRecord(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        if (IsPlaceOrPenaltyOf(t, start, approximator) || IsAttendance(t, start, end, approximator) || (IsTurnout(t, start - approximator, end) && !IsCalledEstimated(t, start, approximator)) || (IsPopulation(t, start - approximator, end) && !IsCalledEstimated(t, start, approximator)) || IsElectorate(t, end) || IsAddedToRegister(t, end) || IsSetTarget(t, start - approximator)
            || IsRevisedTarget(t, start - approximator) || IsSampleStatistic(t, start - approximator) || IsPrizeMoney(t, start - approximator) || IsPurseSplit(t, start - approximator) || IsTerm(t, start, approximator)
            || IsPutAt(t, start - approximator) || IsAnnouncedCrowd(t, start - approximator) || IsRequirement(t, start - approximator) || (approximator > 0 && IsRequiredUnderRule(t, start - approximator, end)) || IsMajoritySize(t, start - approximator) || IsPenaltyAllowed(t, start - approximator)
            || ((approximator > 0 || t[start].Kind == TokenKind.Word) && IsSceneCount(t, start - approximator, end)) || IsBodyOperation(t, start - approximator, end)
            || IsListedByDocument(t, start - approximator))
        {
            return true;
        }

        // "An estimated 15,000 spectators lined the river": a count the copy itself calls estimated is someone's estimate.
        for (var k = end + 1; k < t.Length && k <= end + RecordContextAfter && t[k].Kind == TokenKind.Word && !IsCalledEstimated(t, start, approximator); k++)
        {
            if (_words.RecordNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        // The approximator is part of the figure, so the window counts back from it ("signed him … for about £5.8m").
        for (var k = start - 1; k >= 0 && k >= start - approximator - RecordContextBefore; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation && t[k].Text is ";" or ":")
            {
                break;
            }

            if (t[k].Kind == TokenKind.Word && _words.RecordContext.Contains(t[k].Text) && !IsShortfall(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a budget gap of roughly $135 billion": a gap in a budget is an estimate of what is missing, not the budget of record.</summary>
    private static bool IsShortfall(ReadOnlySpan<Token> t, int k) =>
        k + 1 < t.Length && t[k + 1].Kind == TokenKind.Word && BudgetGaps.Contains(t[k + 1].Text);

    /// <summary>
    /// "a city of (about) 550,000", "a population of 2,000", "fines of up to 49.5 million": the figure follows "of"
    /// and a place noun or a penalty noun, so it is the size of a place or the penalty a law or court sets.
    /// </summary>
    private bool IsPlaceOrPenaltyOf(ReadOnlySpan<Token> t, int start, int approximator) =>
        NounBeforeOf(t, start, approximator) is { } noun && (_words.RecordPlaces.Contains(noun) || _words.RecordPenalties.Contains(noun));

    /// <summary>
    /// An event's attendance: a bare count in digits as the object of a verb of figure-attendance-verbs.txt, ending its
    /// clause ("the match drew more than 28,000, and …"), the crowd of record that "a crowd of 28,000" gives.
    /// </summary>
    private bool IsAttendance(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        var verb = start - approximator - 1;
        if (IsMeetingAttendance(t, verb) || (IsEventAttendance(t, verb, end) && !IsCalledEstimated(t, start, approximator)))
        {
            return true;
        }

        return start == end && verb >= 0 && t[start].Kind == TokenKind.Number && char.IsAsciiDigit(t[start].Text[0]) && char.IsAsciiDigit(t[start].Text[^1])
            && (end + 1 >= t.Length || t[end + 1].Kind == TokenKind.Punctuation)
            && t[verb].Kind == TokenKind.Word && _words.AttendanceVerbs.Contains(t[verb].Text);
    }

    /// <summary>
    /// "a three-hour meeting on Tuesday night that drew about 150 people": an attendance verb just before the figure with a
    /// meeting (figure-meeting-nouns.txt) a few words before it, the room the reporter sat in.
    /// </summary>
    private bool IsMeetingAttendance(ReadOnlySpan<Token> t, int verb)
    {
        if (verb < 1 || t[verb].Kind != TokenKind.Word || !_words.AttendanceVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        for (var k = verb - 1; k >= 0 && k >= verb - MeetingWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.MeetingNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int MeetingWordsBefore = 6;

    /// <summary>
    /// "The festival, held for the 22nd year, brought about 600 young players and their families": a sentence about an
    /// event (figure-event-nouns.txt) whose verb of attendance, or "brought", has a crowd (figure-crowd-nouns.txt) as its
    /// object gives the event's attendance, as "a crowd of about 600" does. "The show drew more than 3,000 complaints"
    /// counts no crowd, and "attracted about 90,000 visitors over three days" is beyond what anyone saw: both stay claims.
    /// </summary>
    private bool IsEventAttendance(ReadOnlySpan<Token> t, int verb, int end)
    {
        if (verb < 2 || t[verb].Kind != TokenKind.Word || !(_words.AttendanceVerbs.Contains(t[verb].Text) || t[verb].Text is "brought" or "brings")
            || t[0].Text is not ("The" or "This" or "Its") || !_words.EventNouns.Contains(t[1].Text)
            || !IsCountableTurnout(t, end))
        {
            return false;
        }

        return HasWordAfter(t, end, CrowdWordsAfter, _words.CrowdNouns);
    }

    private const int CrowdWordsAfter = 3;

    /// <summary>
    /// A turnout under <see cref="CountableTurnoutLimit"/>, which a reporter at a village event can count; "about 90,000
    /// visitors over three days" or "More than 2,400 competitors took part in the championships" is the organisers' count.
    /// </summary>
    private static bool IsCountableTurnout(ReadOnlySpan<Token> t, int end) =>
        double.TryParse(t[end].Text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var count) && count < CountableTurnoutLimit;

    private const double CountableTurnoutLimit = 1_000;

    /// <summary>
    /// "The bill, known as a continuing resolution, … includes about $100 billion in disaster aid": a sum a sentence's
    /// subject, a bill or budget (figure-bill-nouns.txt), provides is in its published text, a figure of record like the
    /// value of a deal. "The storm caused about $100 billion in damage" has no such subject and stays a claim.
    /// </summary>
    private bool IsBillSum(ReadOnlySpan<Token> t, int first)
    {
        var verb = first - 1;
        var subject = t.Length > 1 && t[0].Text is "The" or "This" or "That" or "Its" or "Their" ? 1 : 0;
        return verb > subject && t[verb].Kind == TokenKind.Word && t[verb].Text is "includes" or "included" or "contains" or "contained" or "provides" or "provided"
            or "allocates" or "allocated" or "earmarks" or "earmarked" && t[subject].Kind == TokenKind.Word && _words.BillNouns.Contains(t[subject].Text);
    }

    /// <summary>
    /// "About 150 riders, walkers and local residents attended the opening": a count that opens its clause and is the
    /// subject of a verb of figure-turnout-verbs.txt, a few words of who they were between, is the attendance the
    /// reporter saw, as "a crowd of about 150" is, a vigil's mourners too. A protest's turnout ("about 10,000 people
    /// attended the rally"), which police and organisers dispute, stays a claim.
    /// </summary>
    private bool IsTurnout(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first > 0 && t[first - 1].Text is not ",")
        {
            return false;
        }

        for (var k = end + 1; k < t.Length && k <= end + TurnoutWordsBetween; k++)
        {
            if (IsFundraisersTotal(t, k) && IsCountableTurnout(t, end))
            {
                return true;
            }

            if (t[k].Kind == TokenKind.Word && (_words.TurnoutVerbs.Contains(t[k].Text) || (IsTakingPart(t, k) && IsCountableTurnout(t, end))))
            {
                // "Around 80,000 fans are expected to attend": a turnout to come, which nobody has seen yet.
                if (t[k - 1].IsIgnoreCase("to"))
                {
                    return false;
                }

                var verbEnd = IsTakingPart(t, k) ? (IsWord(t, k + 2, "in") ? k + 2 : k + 1) : k;
                var noun = verbEnd + 1 < t.Length && t[verbEnd + 1].Text is "the" or "a" or "an" or "its" or "their" ? verbEnd + 2 : verbEnd + 1;
                return noun >= t.Length || !ProtestNouns.Contains(t[noun].Text);
            }

            if (!(t[k].Kind == TokenKind.Word || t[k].Text is ","))
            {
                return false;
            }
        }

        return false;
    }

    private const int TurnoutWordsBetween = 8;

    /// <summary>"About 140 members took part": "take part" is a verb of attendance as "attended" is, for a turnout under 1,000.</summary>
    private static bool IsTakingPart(ReadOnlySpan<Token> t, int k) =>
        t[k].Text is "took" or "take" or "taken" or "taking" && IsWord(t, k + 1, "part");

    /// <summary>
    /// "More than 120 walkers raised £8,900 for Thames Valley Hospice": the count of those who raised a sum for a cause
    /// is the turnout of the fundraiser, of record as its total is. "raised £8,900 between them" names no cause and stays a claim.
    /// </summary>
    private static bool IsFundraisersTotal(ReadOnlySpan<Token> t, int k) =>
        t[k].Text is "raised" or "raise" && k + 2 < t.Length && t[k + 1].Kind == TokenKind.Number && !char.IsAsciiDigit(t[k + 1].Text[0]) && IsWord(t, k + 2, "for");

    private static readonly WordSet ProtestNouns = new(["protest", "protests", "rally", "rallies", "march", "marches", "demonstration", "demonstrations", "strike", "sit-in"]);

    /// <summary>
    /// "The crowd, which the Pakistan Cricket Board put at about 14,000", "the ministry puts the cost at about $2bn": an
    /// estimate verb in the active voice (figure-estimate-verbs.txt), its object between, just before "at" and the figure
    /// names who estimates it. "The crowd was put at about 14,000" names nobody and stays a claim.
    /// </summary>
    private bool IsPutAt(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "at"))
        {
            return false;
        }

        for (var verb = first - 2; verb >= 1 && verb >= first - 2 - MaxEstimateObjectWords && t[verb].Kind == TokenKind.Word; verb--)
        {
            if (_words.EstimateVerbs.Contains(t[verb].Text))
            {
                var before = verb - 1;
                if (t[before].Kind == TokenKind.Word && t[before].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && before > 0)
                {
                    before--; // "was officially put at"
                }

                return !(t[before].Kind == TokenKind.Word && (Passive.Contains(t[before].Text) || t[before].IsIgnoreCase("being")));
            }
        }

        return false;
    }

    private const int MaxEstimateObjectWords = 4;

    /// <summary>
    /// "The Empress Ballroom crowd was announced as a sell-out, around 3,000": a crowd the sentence says was announced is
    /// the organisers' gate of record, as "a crowd of about 3,000" is. "The crowd was put at about 3,000" says nobody
    /// announced it and stays a claim.
    /// </summary>
    private static bool IsAnnouncedCrowd(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 2 && k >= first - AnnouncedWordsBefore; k--)
        {
            if (t[k].Text is ";" or ":" or "." or "said" or "says")
            {
                return false;
            }

            if (t[k].IsIgnoreCase("announced") && t[k - 1].Text is "was" or "were" && CrowdNouns.Contains(t[k - 2].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int AnnouncedWordsBefore = 8;

    private static readonly WordSet CrowdNouns = new(["crowd", "crowds", "attendance", "gate"]);

    /// <summary>
    /// A term of a deal or a product, which the deal or the product's terms publish: "for borrowers with a deposit of at
    /// least 40%" (a noun of figure-term-nouns.txt before "of"), and a capacity a modal puts in the terms ("centres that could
    /// hold up to 3,000 men", "a stadium that will seat about 60,000"; figure-capacity-verbs.txt) or a planned size ("will
    /// eventually number around 5,000 soldiers"). "The camp holds about
    /// 50,000 refugees" counts who is there now and stays a claim.
    /// </summary>
    private bool IsTerm(ReadOnlySpan<Token> t, int start, int approximator)
    {
        if (NounBeforeOf(t, start, approximator) is { } noun && _words.TermNouns.Contains(noun))
        {
            return true;
        }

        var verb = start - approximator - 1;
        if (verb < 1 || t[verb].Kind != TokenKind.Word)
        {
            return false;
        }

        // "will eventually house about 10,000 people": an adverb between the modal and the verb.
        var modal = t[verb - 1].Kind == TokenKind.Word && t[verb - 1].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && verb >= 2 ? verb - 2 : verb - 1;
        return (IsModal(t, modal) && _words.CapacityVerbs.Contains(t[verb].Text)) || (IsAbleTo(t, verb) && _words.CapacityVerbs.Contains(t[verb].Text))
            || IsPlannedSize(t, modal, verb) || IsVenueCapacity(t, verb) || IsDealCoverage(t, verb) || IsCapacityRaisedTo(t, start, approximator);
    }

    private static bool IsModal(ReadOnlySpan<Token> t, int k) => t[k].Text is "can" or "could" or "will" or "would" or "may" or "might";

    /// <summary>"T5 will be able to handle about 50 million passengers a year": a modal and "be able to" before the verb.</summary>
    private static bool IsAbleTo(ReadOnlySpan<Token> t, int verb) =>
        verb >= 4 && IsWord(t, verb - 1, "to") && IsWord(t, verb - 2, "able") && IsWord(t, verb - 3, "be") && IsModal(t, verb - 4);

    /// <summary>
    /// "raising Changi's total capacity to about 140 million": the capacity a plan raises a thing to is its design, as
    /// "a capacity of 60,000" is. "raising the death toll to about 140" is a count, and is reported.
    /// </summary>
    private static bool IsCapacityRaisedTo(ReadOnlySpan<Token> t, int start, int approximator)
    {
        var to = start - approximator - 1;
        return to >= 1 && IsWord(t, to, "to") && IsWord(t, to - 1, "capacity");
    }

    /// <summary>
    /// "The brigade … will eventually number around 5,000 soldiers": the size a body is planned to reach, after "will".
    /// "The dead will number about 5,000" and "could number" are estimates, and count.
    /// </summary>
    private bool IsPlannedSize(ReadOnlySpan<Token> t, int modal, int verb)
    {
        if (!IsWord(t, modal, "will") || !IsWord(t, verb, "number"))
        {
            return false;
        }

        for (var k = 0; k < modal; k++)
        {
            if (t[k].Kind == TokenKind.Word && (_words.TollWords.Contains(t[k].Text) || _words.LossWords.Contains(t[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"The deal covers about 28,000 employees": whom a deal (figure-deal-nouns.txt) covers is one of its terms.</summary>
    private bool IsDealCoverage(ReadOnlySpan<Token> t, int verb) =>
        CoverageVerbs.Contains(t[verb].Text) && t[verb - 1].Kind == TokenKind.Word && _words.DealNouns.Contains(t[verb - 1].Text);

    private static readonly WordSet CoverageVerbs = new(["covers", "cover", "covered"]);

    /// <summary>
    /// "The Narendra Modi Stadium holds about 132,000 people", "the Guelaguetza Auditorium on Fortín hill, which seats about
    /// 11,000 people": a venue (figure-venue-nouns.txt) just before a capacity verb in the present tense, or in the words
    /// before "which" that opens the verb's clause, gives its size, a property of the building, not a count of who is there.
    /// "the camp, which holds about 50,000 refugees" counts people and stays a claim.
    /// </summary>
    private bool IsVenueCapacity(ReadOnlySpan<Token> t, int verb)
    {
        var text = t[verb].Text.AsSpan();
        if (text.Length <= 2 || text[^1] != 's' || !_words.CapacityVerbs.Contains(text[..^1]))
        {
            return false;
        }

        if (t[verb - 1].Kind == TokenKind.Word && _words.VenueNouns.Contains(t[verb - 1].Text))
        {
            return true;
        }

        var which = verb - 1;
        return IsWord(t, which, "which") && which >= 2 && t[which - 1].Text == "," && HasNounBefore(t, which - 1, _words.VenueNouns);
    }

    /// <summary>
    /// "gets about 88% of its revenue from data centres, up from about 60% two years ago": after "up from" or "down from",
    /// the earlier value of a share of record earlier in its sentence is the same published measure. "About 30% of staff
    /// work from home, up from about 10%" compares no figure of record and stays a claim.
    /// </summary>
    private bool IsEarlierShareOfRecord(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "from") || !(IsWord(t, first - 2, "up") || IsWord(t, first - 2, "down")))
        {
            return false;
        }

        for (var k = first - 3; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number && t[k].Text.EndsWith('%') && IsRecord(t, k, k, ApproximatorBefore(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "€1.2 billion in new funding, of which about €600 million is for the full-year cost of staff": after ", of which", a
    /// part of the exact figure just before it, itself no claim, breaks down that figure of record. "about €1.2 billion in
    /// damage, of which about €600 million …" breaks down an estimate of a loss and stays a claim.
    /// </summary>
    private bool IsPartOfExact(ReadOnlySpan<Token> t, int first) =>
        first >= 4 && IsWord(t, first - 1, "which") && IsWord(t, first - 2, "of") && t[first - 3].Text == "," && IsExactBefore(t, first - 4);

    /// <summary>
    /// "Petrobras exported 812,000 bpd of crude in the quarter, with China taking about 40% of the total": a share "of the
    /// total" after an exact figure earlier in its sentence breaks that figure down, as ", of which" does.
    /// </summary>
    private bool IsShareOfExactTotal(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, end + 1, "of") && IsWord(t, end + 2, "the") && IsWord(t, end + 3, "total") && first >= 1 && IsExactBefore(t, first - 1);

    /// <summary>
    /// "with 1.67 million concurrent players, followed by Dota 2 with about 800,000 and PUBG: Battlegrounds with 720,000":
    /// a rounded figure after "with" in a ranking whose other entries, before and after it, give exact figures after
    /// "with" reads the same table of record. A ranking with no exact entry after it ("with 1.67 million, then Dota 2 with
    /// about 800,000") is still judged.
    /// </summary>
    private bool IsRankedAmongExact(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, first - 1, "with") && IsExactWithEntry(t, 0, first - 1) && IsExactWithEntry(t, end + 1, t.Length) && !HasHarmWord(t, first, end);

    /// <summary>An exact number straight after "with" between <paramref name="from"/> and <paramref name="to"/>, no claim or harm.</summary>
    private bool IsExactWithEntry(ReadOnlySpan<Token> t, int from, int to)
    {
        for (var k = Math.Max(from, 1); k < to; k++)
        {
            if (t[k].Kind == TokenKind.Number && IsWord(t, k - 1, "with") && !HasClaimWord(t, k, k) && !HasHarmWord(t, k, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest figure at or before <paramref name="from"/> is exact and no claim or harm.</summary>
    private bool IsExactBefore(ReadOnlySpan<Token> t, int from)
    {
        for (var k = from; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number)
            {
                return ApproximatorBefore(t, k) == 0 && !HasClaimWord(t, k, k) && !HasHarmWord(t, k, k);
            }
        }

        return false;
    }

    /// <summary>
    /// "Palladium prices have fallen by more than 70% from a record high …, and rhodium by about 85%": a share after "by" in
    /// a clause that leaves out the verb of the clause before ("and" then one or two words) shares the record of the figure
    /// that verb moved by. "…, and about 85% by rhodium" and a first figure that is itself a claim stay claims.
    /// </summary>
    private bool IsGappedMoveOfRecord(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "by") || first < 4)
        {
            return false;
        }

        var and = IsWord(t, first - 3, "and") ? first - 3 : IsWord(t, first - 4, "and") && t[first - 3].Kind == TokenKind.Word ? first - 4 : -1;
        if (and < 1 || t[first - 2].Kind != TokenKind.Word)
        {
            return false;
        }

        for (var k = and - 1; k >= 1; k--)
        {
            if (t[k].Kind == TokenKind.Number && t[k].Text.EndsWith('%'))
            {
                var approximator = ApproximatorBefore(t, k);
                return IsWord(t, k - approximator - 1, "by") && IsRecord(t, k, k, approximator);
            }
        }

        return false;
    }

    /// <summary>
    /// "the school had 380 students, down from more than 600 a decade earlier": after "up from" or "down from", the
    /// earlier value of the exact count the sentence gives (the nearest number before, years passed over) is the same
    /// count rounded, needing no source the exact one does not. "About 380 students, down from more than 600" compares a
    /// rough count and stays a claim.
    /// </summary>
    private bool IsEarlierOfExactCount(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "from") || !(IsWord(t, first - 2, "up") || IsWord(t, first - 2, "down")))
        {
            return false;
        }

        for (var k = first - 3; k >= 0; k--)
        {
            if (t[k].Kind != TokenKind.Number)
            {
                continue;
            }

            if (DateTokens.IsYear(t[k]))
            {
                continue;
            }

            return !t[k].Text.AsSpan().ContainsAnyExcept("0123456789,") && ApproximatorBefore(t, k) == 0 && Next(t, k) is { Kind: TokenKind.Word };
        }

        return false;
    }

    /// <summary>
    /// The reporter's own view of a scene, counted roughly (an exact count is still a claim): onlookers in an "as" clause
    /// ("as about 200 people looked on") or a crowd in the present progressive of live copy ("several hundred journalists
    /// … are standing on the grass"), a verb of figure-scene-verbs.txt within a few words of the figure, or an audience
    /// ("in front of several hundred iwi members"). "About 200 people were killed" has no such verb.
    /// </summary>
    private bool IsSceneCount(ReadOnlySpan<Token> t, int first, int end)
    {
        // "signed in front of several hundred iwi members": the audience the reporter saw, unless the copy calls it estimated.
        // "married … before about 2,000 guests.": "before" as "in front of", the audience ending its clause; "before about
        // 2,000 people were evacuated" is the conjunction.
        var audience = (IsWord(t, first - 1, "of") && IsWord(t, first - 2, "front") && IsWord(t, first - 3, "in"))
            || (IsWord(t, first - 1, "before") && end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && (end + 2 == t.Length || t[end + 2].Text is "." or "!"));
        if (audience && !IsWord(t, first, "estimated") && !IsWord(t, first + 1, "estimated"))
        {
            return true;
        }

        // "Around 100 people queued outside the court": a queue or a crowd small enough for the reporter to count at a
        // glance, its verb straight after its people. "About 40,000 people lined the route" wants whoever estimated it, and
        // "About 300 residents watched their homes burn and were later killed" is a toll.
        // "About 200 supporters, many wearing MK Party T-shirts, gathered outside the court": who they were, between commas.
        var verb = SkipApposition(t, end + 2, AppositionTokens);
        // "about 200 nurses and supporters gathered": two kinds of people joined by "and".
        if (verb == end + 2 && verb + 2 < t.Length && IsWord(t, verb, "and") && t[verb + 1] is { Kind: TokenKind.Word, IsCapitalized: false })
        {
            verb += 2;
        }

        if (IsGlanceCount(t, first, end) && verb < t.Length && t[end + 1] is { Kind: TokenKind.Word, IsCapitalized: false }
            && _words.SceneVerbs.Contains(t[verb].Text) && !HasHarmWordAfter(t, end + 3))
        {
            return true;
        }

        // A rough count in words ("several hundred nurses in purple T-shirts lined the street") is the reporter's view
        // in any tense; one in digits ("About 300 nurses lined the street") only as onlookers or in live copy.
        var inWords = true;
        for (var k = first; k <= end; k++)
        {
            inWords &= t[k].Kind != TokenKind.Number;
        }

        // "The vigil was attended by several hundred people": the same rough count as the agent of a verb of attendance.
        if (inWords && IsWord(t, first - 1, "by") && first >= 2 && t[first - 2].Kind == TokenKind.Word
            && (_words.TurnoutVerbs.Contains(t[first - 2].Text) || _words.SceneVerbs.Contains(t[first - 2].Text)))
        {
            return true;
        }

        var onlookers = IsWord(t, first - 1, "as");
        for (var k = end + 2; k < t.Length && k <= end + SceneWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            var progressive = t[k - 1].Text is "are" or "is" && t[k].Text.EndsWith("ing", StringComparison.Ordinal);
            if ((onlookers || progressive || inWords) && _words.SceneVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int SceneWordsAfter = 6;

    /// <summary>
    /// Past an apposition of words and numbers set off by commas at <paramref name="at"/> (", many wearing T-shirts,", ", a
    /// 50-50 joint venture between …,"), at most <paramref name="most"/> tokens long, the token after it; else <paramref name="at"/>.
    /// </summary>
    internal static int SkipApposition(ReadOnlySpan<Token> t, int at, int most)
    {
        if (at >= t.Length || t[at].Text != ",")
        {
            return at;
        }

        for (var k = at + 1; k < t.Length && k <= at + most; k++)
        {
            if (t[k].Text == ",")
            {
                return k + 1;
            }

            if (t[k].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }
        }

        return at;
    }

    private const int AppositionTokens = 8;

    /// <summary>A plain number below <see cref="GlanceCount"/> at <paramref name="end"/>, the count after an approximator.</summary>
    private static bool IsGlanceCount(ReadOnlySpan<Token> t, int first, int end) =>
        end > first && t[end].Kind == TokenKind.Number && TryParseNumber(t[end].Text, out var value, out var kind) && kind == FigureKind.Count && value < GlanceCount;

    private const double GlanceCount = 1000;

    private bool HasHarmWordAfter(ReadOnlySpan<Token> t, int from)
    {
        for (var k = from; k < t.Length; k++)
        {
            if (IsHarmWord(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "About 4.13 million people are registered to vote in the geographical constituencies": the size of an electoral roll,
    /// a public register, is background of record like a place's population. "About 4.13 million people are waiting to
    /// vote" stays a claim.
    /// </summary>
    private static bool IsElectorate(ReadOnlySpan<Token> t, int end)
    {
        var verb = end + 1 < t.Length && t[end + 1].Text is "people" or "voters" or "residents" or "citizens" ? end + 2 : end + 1;
        return (IsWord(t, verb, "are") || IsWord(t, verb, "were")) && (IsWord(t, verb + 1, "registered") || IsWord(t, verb + 1, "eligible"))
            && IsWord(t, verb + 2, "to") && IsWord(t, verb + 3, "vote");
    }

    /// <summary>
    /// "The names of 5,079 people … were added to the registry of atomic bomb victims": what the sentence enters in a
    /// register or a roll is counted by the register, its own source. "About 5,000 people were added to the waiting list"
    /// names no register and stays a claim.
    /// </summary>
    private static bool IsAddedToRegister(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 1; k + 2 < t.Length && t[k].Text is not (";" or ":"); k++)
        {
            if ((IsWord(t, k, "added") || IsWord(t, k, "entered")) && t[k + 1].Text is "to" or "in" or "into")
            {
                var noun = IsWord(t, k + 2, "the") || IsWord(t, k + 2, "a") ? k + 3 : k + 2;
                return noun < t.Length && t[noun].Kind == TokenKind.Word && RegisterNouns.Contains(t[noun].Text);
            }
        }

        return false;
    }

    private static readonly WordSet RegisterNouns = new(["register", "registry", "roll", "rolls", "registers"]);

    /// <summary>
    /// "the nearby community of Creighton, where about 1,200 people live", "Seac Pai Van, where more than 30,000 people
    /// live", "a city where about 90% of residents are foreign nationals": how many people live in a place named just
    /// before (by name, or by a noun of figure-record-places.txt), or what share of its residents are of a kind, is
    /// background of record, like "a town of 1,200 people"; so is a place's count of residents after "with" ("The
    /// country, with about 230,000 inhabitants,") and a count of people said to live in a named place ("About 17,000
    /// people live in the Cook Islands", "more than 80,000 Cook Islanders live in New Zealand"). A camp's count ("the
    /// camp, where about 50,000 people live", "About 50,000 people live in the camp") is not a place's size, "a city
    /// where about 90% of residents lost power" a loss, and a count the copy calls estimated ("An estimated 2,000 Kurds
    /// live in Kawaguchi") someone's estimate: all stay claims.
    /// </summary>
    private bool IsPopulation(ReadOnlySpan<Token> t, int first, int end) =>
        IsCountWhereTheyLive(t, first, end) || ((IsResidentsWith(t, first, end) || IsCountLivingIn(t, end) || IsHomeToPlaceName(t, first, end)) && !HasHarmWord(t, first, end));

    /// <summary>
    /// "Jakarta, home to more than 10 million people, is also sinking": the people a place named just before the comma is
    /// home to, set off in apposition, are its size, background like "a city of 10 million". "The camps, home to more
    /// than 50,000 people," names no place by its name and stays a claim.
    /// </summary>
    private static bool IsHomeToPlaceName(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 4 && IsWord(t, first - 1, "to") && IsWord(t, first - 2, "home") && t[first - 3].Text == ","
        && t[first - 4].Kind == TokenKind.Word && t[first - 4].IsCapitalized && IsResidentNoun(t, end + 1)
        && (end + 2 >= t.Length || t[end + 2].Kind == TokenKind.Punctuation);

    private bool IsCountWhereTheyLive(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 1 || !IsWord(t, first - 1, "where"))
        {
            return false;
        }

        var share = IsWord(t, end + 1, "of") && end + 2 < t.Length && t[end + 2].Text is "residents" or "inhabitants" or "people";
        var verb = share ? end + 3 : IsResidentNoun(t, end + 1) ? end + 2 : end + 1;
        if (verb >= t.Length || !(share ? t[verb].Text is "are" or "were" && !HasHarmWord(t, first, end) : t[verb].Text is "live" or "lived"))
        {
            return false;
        }

        // "Seac Pai Van, where": the place by its name.
        if (first >= 3 && t[first - 2].Text == "," && t[first - 3].Kind == TokenKind.Word && t[first - 3].IsCapitalized)
        {
            return true;
        }

        for (var k = first - 2; k >= 0 && k >= first - 7; k--)
        {
            if (t[k].Kind == TokenKind.Word && _words.RecordPlaces.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"with about 230,000 inhabitants,", "each with fewer than 2,000 residents.": the count closes its phrase.</summary>
    private static bool IsResidentsWith(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 1 && IsWord(t, first - 1, "with") && end + 1 < t.Length && t[end + 1].Text is "residents" or "inhabitants"
        && (end + 2 >= t.Length || t[end + 2].Kind == TokenKind.Punctuation);

    /// <summary>
    /// "About 17,000 people live in the Cook Islands", "more than 80,000 Cook Islanders live in New Zealand": the people
    /// (or a people, in capitals) the figure counts live in a place named in capitals.
    /// </summary>
    private static bool IsCountLivingIn(ReadOnlySpan<Token> t, int end)
    {
        var verb = end + 1;
        if (IsResidentNoun(t, verb))
        {
            verb++;
        }
        else
        {
            while (verb < t.Length && verb <= end + 3 && t[verb].Kind == TokenKind.Word && t[verb].IsCapitalized)
            {
                verb++;
            }
        }

        var place = IsWord(t, verb + 2, "the") ? verb + 3 : verb + 2;
        return verb > end + 1 && (IsWord(t, verb, "live") || IsWord(t, verb, "lived")) && IsWord(t, verb + 1, "in")
            && place < t.Length && t[place].Kind == TokenKind.Word && t[place].IsCapitalized;
    }

    private static bool IsResidentNoun(ReadOnlySpan<Token> t, int k) => k < t.Length && t[k].Text is "people" or "residents" or "inhabitants";

    /// <summary>
    /// "which has a fleet of about 150 aircraft", "its workforce of 20,000": what the subject has (figure-record-holdings.txt),
    /// owned in so many words ("its", "their", or "has", "with" and the like before "a"); "a fleet of more than 300 ships
    /// is waiting" counts what the reporter sees or is told, a claim.
    /// </summary>
    private bool IsHolding(ReadOnlySpan<Token> t, int start, int approximator)
    {
        // A rounded headcount is the company's published figure; an exact one is left to exact_figures to report.
        if (approximator > 0 && IsOwnHeadcount(t, start - approximator))
        {
            return true;
        }

        var of = start - approximator - 1;
        if (of < 2 || !IsWord(t, of, "of") || t[of - 1].Kind != TokenKind.Word || !_words.RecordHoldings.Contains(t[of - 1].Text))
        {
            return false;
        }

        // One modifier may stand between the determiner and the noun: "its growing workforce", "a curated selection".
        var d = of - 2;
        if (d >= 1 && t[d].Kind == TokenKind.Word && !t[d].IsCapitalized && t[d].Text is not ("its" or "their" or "a" or "an"))
        {
            d--;
        }

        var determiner = t[d];
        return determiner.Kind == TokenKind.Word
            && (determiner.Text is "its" or "their"
                || (determiner.Text is "a" or "an" && d >= 1 && t[d - 1].Kind == TokenKind.Word && Owning.Contains(t[d - 1].Text)));
    }

    /// <summary>
    /// "The company employed about 78,400 people", "The publisher, owned by US group Gannett, employs about 2,000
    /// journalists": what a company (company-nouns.txt, after "the") employs is its published headcount, as its workforce is; "Amazon employs about 1.5 million people" and "the plant employed" are
    /// still read as claims.
    /// </summary>
    private bool IsOwnHeadcount(ReadOnlySpan<Token> t, int first)
    {
        var verb = first - 1;
        if (verb < 1 || t[verb].Text is not ("employs" or "employed" or "employ"))
        {
            return false;
        }

        var subject = SubjectBeforeAside(t, t[verb - 1].Text is "has" or "have" or "had" or "still" or "now" ? verb - 2 : verb - 1);
        return subject >= 0 && t[subject].Kind == TokenKind.Word
            && subject >= 1 && t[subject - 1].IsIgnoreCase("the") && _words.CompanyNouns.Contains(t[subject].Text);
    }

    /// <summary>
    /// "The publisher, owned by US group Gannett, employs": the subject before an aside set off by commas that ends at
    /// <paramref name="k"/>, or <paramref name="k"/> itself when no such aside ends there.
    /// </summary>
    private static int SubjectBeforeAside(ReadOnlySpan<Token> t, int k)
    {
        if (k < 0 || t[k].Text != ",")
        {
            return k;
        }

        for (var open = k - 1; open >= 1 && open >= k - MaxAsideTokens; open--)
        {
            if (t[open].Text == ",")
            {
                return open - 1;
            }
        }

        return -1;
    }

    private const int MaxAsideTokens = 8;

    /// <summary>
    /// "The margin of error is estimated at plus or minus 2.8 per cent", "Sample sizes vary, with about 45,000
    /// interviews a week": a statistic of a poll's sample (figure-sample-statistics.txt) is its methodology, not a claim.
    /// </summary>
    private bool IsSampleStatistic(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first; k >= 1 && k >= first - SampleStatisticWordsBefore && (t[k - 1].Kind == TokenKind.Word || t[k - 1].Text == ","); k--)
        {
            if (_words.SampleStatistics.MatchEndingAt(t, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int SampleStatisticWordsBefore = 8;

    /// <summary>The word before "of" (or "of a") just before the figure and its approximator, or null.</summary>
    private static string? NounBeforeOf(ReadOnlySpan<Token> t, int start, int approximator)
    {
        var of = start - approximator - 1;
        if (of >= 1 && IsWord(t, of, "a"))
        {
            of--; // "villages of a few hundred people"
        }

        return of >= 1 && IsWord(t, of, "of") && t[of - 1].Kind == TokenKind.Word ? t[of - 1].Text : null;
    }

    /// <summary>
    /// "Kane, who took 141 games, and Agüero, who took 147, are the only others to have done it in fewer than 150": a
    /// bound ("fewer than", "more than") that counts nothing of its own, or what an exact figure of the sentence counts,
    /// and that every exact figure of its kind in the sentence lies within restates those figures; it is no new claim.
    /// </summary>
    private bool IsRestatedBound(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, double value, int approximator)
    {
        var bound = t[start - approximator];
        var below = bound.IsIgnoreCase("fewer") || bound.IsIgnoreCase("less");
        if (!below && !bound.IsIgnoreCase("more") && !bound.IsIgnoreCase("over"))
        {
            return false;
        }

        var counted = CountedAfter(t, end);
        var restated = false;
        var sameThing = counted is null;
        for (var k = 0; k < t.Length; k++)
        {
            if (k == start || t[k].Kind != TokenKind.Number || !TryParseNumber(t[k].Text, out var exact, out var exactKind)
                || exactKind != kind || ApproximatorBefore(t, k) > 0)
            {
                continue;
            }

            if (below ? exact >= value : exact <= value)
            {
                return false;
            }

            restated = true;
            sameThing |= counted is not null && CountedAfter(t, k) is { } other && other.Equals(counted, StringComparison.OrdinalIgnoreCase);
        }

        return restated && sameThing;
    }

    /// <summary>The word just after a figure's last token, or null when none follows or it is a function word ("in fewer than 150.").</summary>
    private string? CountedAfter(ReadOnlySpan<Token> t, int end) =>
        end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && !_words.FunctionWords.Contains(t[end + 1].Text) ? t[end + 1].Text : null;

    /// <summary>"At solar maximum there can be more than 200 sunspots": what can be, in general, is no count of an event.</summary>
    private static bool IsGenericPossibility(ReadOnlySpan<Token> t, int first) =>
        IsWord(t, first - 1, "be") && IsWord(t, first - 2, "can") && IsWord(t, first - 3, "there");

    /// <summary>
    /// A word of harm or loss near a figure (claim and toll words but "cost" and "worth", and "damage", "lost", "spent"),
    /// which keeps a price, a rate or a definition a claim: "damage of about £200 a head", "100 people a day died".
    /// </summary>
    private bool HasHarmWord(ReadOnlySpan<Token> t, int first, int end)
    {
        for (var k = end + 1; k < t.Length && k <= end + TollWordsAfter && t[k].Kind is TokenKind.Word or TokenKind.Number; k++)
        {
            if (IsHarmWord(t[k]))
            {
                return true;
            }
        }

        for (var k = first - 1; k >= 0 && k >= first - ClaimWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (IsHarmWord(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHarmWord(Token word) =>
        word.Kind == TokenKind.Word && (_words.LossWords.Contains(word.Text) || _words.TollWords.Contains(word.Text)
            || (_words.ClaimWords.Contains(word.Text) && !word.IsIgnoreCase("cost") && !word.IsIgnoreCase("worth")));

    private static readonly WordSet BudgetGaps = new(["gap", "gaps", "shortfall", "shortfalls", "hole"]);
}
