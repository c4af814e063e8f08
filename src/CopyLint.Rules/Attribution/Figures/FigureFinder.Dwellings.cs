using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Counts of homes a planning record or a housing body's own programme puts on record, and a price band that picks out
/// which sales an exact count counts.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "A developer has filed plans with the Department of Buildings to convert a 42-story Midtown office tower into about
    /// 1,300 apartments", "A scheme for more than 800 rental homes … has been approved by councillors": the homes a
    /// scheme holds, in the clause of its filing (a verb of figure-planning-verbs.txt just before a noun of
    /// figure-planning-nouns.txt, the figure after it with no comma or "and" between) or straight after the noun and "for"
    /// in a sentence that reports the decision, are the application's own figure, a public record. So are those a public
    /// body itself launched or built ("HDB has launched more than 19,600 flats"). "The council approved plans, and about
    /// 1,300 homes were flooded" and "Developers launched more than 19,600 flats" stay claims.
    /// </summary>
    private bool IsDwellingsOfRecord(ReadOnlySpan<Token> t, int first, int end) =>
        !HasHarmWord(t, first, end)
        && ((IsDwellingCount(t, end) && (IsPlannedDwellings(t, first) || IsSchemeOwnDwellings(t, first) || IsBodyAct(t, first, SupplyVerbs, OperationWordsBefore, acronymHead: true)))
            || IsApplicationContents(t, first));

    /// <summary>
    /// "The application, reference 25/03112/FUL, was submitted by Tynedale Renewables and would include around 95,000
    /// panels": what a planning application that is the sentence's subject includes, of any kind, is on its file. A scheme
    /// or a plan including things other than homes ("The scheme would include around 95,000 panels") stays a claim.
    /// </summary>
    private bool IsApplicationContents(ReadOnlySpan<Token> t, int first) =>
        IsSchemeOwnDwellings(t, first) && (IsWord(t, 1, "application") || IsWord(t, 1, "applications") || (IsWord(t, 2, "application") && t[1].Kind == TokenKind.Word));

    /// <summary>"about 1,300 apartments", "more than 800 rental homes": a noun of figure-dwelling-nouns.txt within two words after the figure.</summary>
    private bool IsDwellingCount(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 1; k < t.Length && k <= end + 2 && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.DwellingNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlannedDwellings(ReadOnlySpan<Token> t, int first)
    {
        if (IsWord(t, first - 1, "for") && first >= 2 && _words.PlanningNouns.Contains(t[first - 2].Text))
        {
            foreach (var token in t)
            {
                if (token.Kind == TokenKind.Word && _words.PlanningVerbs.Contains(token.Text))
                {
                    return true;
                }
            }

            return false;
        }

        for (var k = first - 1; k >= 1 && t[k].Text is not ("," or ";" or ":" or "and" or "but"); k--)
        {
            if (t[k].Kind == TokenKind.Word && _words.PlanningNouns.Contains(t[k].Text)
                && (_words.PlanningVerbs.Contains(t[k - 1].Text) || (k >= 2 && t[k - 1].Text is "a" or "an" or "the" && _words.PlanningVerbs.Contains(t[k - 2].Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The scheme, known as Ely Mill, will include about 350 council homes", "Cardiff's local development plan … identifies
    /// land for more than 24,000 new homes": the homes a scheme or plan that is the sentence's subject includes are its own
    /// published terms. "The plan comes as about 350 council homes stand empty" stays a claim.
    /// </summary>
    private bool IsSchemeOwnDwellings(ReadOnlySpan<Token> t, int first)
    {
        var verb = IsWord(t, first - 1, "for") ? first - 3 : first - 1;
        if (verb < 1 || t[verb].Kind != TokenKind.Word || !SchemeVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        for (var k = 0; k < t.Length && k <= SubjectWords && t[k].Text != ","; k++)
        {
            if (t[k].Kind == TokenKind.Word && (_words.PlanningNouns.Contains(t[k].Text) || t[k].Text == "plan"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far into the sentence the scheme that is its subject may be named: "Cardiff's local development plan".</summary>
    private const int SubjectWords = 5;

    /// <summary>What a scheme or plan does with the homes it holds, straight before them or before "land for" them.</summary>
    private static readonly WordSet SchemeVerbs = new(["include", "includes", "included", "identifies", "identified", "provides", "allocates"]);

    /// <summary>What a housing body does to the homes it counts of record.</summary>
    private static readonly WordSet SupplyVerbs = new(["launched", "built", "completed", "delivered", "offered"]);

    /// <summary>
    /// "A record 103 flats changed hands for at least $1 million in the quarter": a bound after "for" and a verb of sale,
    /// whose subject is an exact count, is the band that picks out the sales counted; the count is the claim. "The flat
    /// changed hands for at least $1 million" prices one sale and stays a claim.
    /// </summary>
    private bool IsPriceBand(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "for"))
        {
            return false;
        }

        var verb = IsWord(t, first - 2, "hands") && IsWord(t, first - 3, "changed") ? first - 3 : first - 2;
        if (verb < 2 || t[verb].Kind != TokenKind.Word || !SaleVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        // "103 flats changed hands", "12 homes in the suburb sold": an exact count, a plural noun after it, before the verb.
        for (var k = verb - 1; k >= 0 && k >= verb - CountWordsBefore; k--)
        {
            if (t[k].Kind == TokenKind.Number && k + 1 < verb && t[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun
                && noun.Text.EndsWith('s') && ApproximatorBefore(t, k) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before the verb of sale its counted subject may start: "103 flats in the estate's older blocks sold".</summary>
    private const int CountWordsBefore = 8;

    private static readonly WordSet SaleVerbs = new(["sold", "changed", "fetched", "went", "traded", "transacted"]);
}
