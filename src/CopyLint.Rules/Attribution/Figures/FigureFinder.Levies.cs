using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// The rate of a tariff, duty or tax that a named government, as the sentence's subject, imposed, raised, cut or
/// removed, threatened or proposed: "The EU imposed additional duties of up to 35.3%", "Beijing removed tariffs of up to
/// 218 per cent", "tariffs of up to 100% that President Donald Trump has threatened". The
/// rate is the body's published decision, sourced by the sentence that names it.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Whether the share from <paramref name="first"/> is "of" a levy noun (with up to <see cref="LevyModifiers"/> words
    /// such as "additional" or "anti-dumping" before it) straight after a levy verb whose subject is a capitalised name
    /// ("The EU", "Beijing"; not "the Trump administration", whose head is in lower case, nor a plural
    /// opening the sentence, "Exporters").
    /// </summary>
    private static bool IsLevyRate(ReadOnlySpan<Token> t, int first, int end)
    {
        if (!IsWord(t, first - 1, "of") || first < 2 || t[first - 2].Kind != TokenKind.Word || !LevyNouns.Contains(t[first - 2].Text))
        {
            return false;
        }

        if (IsNamedLeviersClause(t, end + 1))
        {
            return true;
        }

        var verb = first - 3;
        while (verb >= 0 && verb >= first - 3 - LevyModifiers && !(t[verb].Kind == TokenKind.Word && LevyVerbs.Contains(t[verb].Text)))
        {
            verb--;
        }

        if (verb < 1 || verb < first - 3 - LevyModifiers)
        {
            return false;
        }

        var subject = t[verb - 1].Text is "has" or "have" or "had" or "also" ? verb - 2 : verb - 1;
        return subject >= 0 && t[subject].Kind == TokenKind.Word && t[subject].IsCapitalized && (subject > 0 || IsNameOpeningSentence(t[0].Text));
    }

    /// <summary>
    /// "tariffs of up to 100% that President Donald Trump has threatened": a relative clause straight after the rate (and
    /// its "%" or "per cent") whose subject is a capitalised name and whose verb is a levy verb; "tariffs of up to 100%
    /// that exporters fear" is no such clause.
    /// </summary>
    private static bool IsNamedLeviersClause(ReadOnlySpan<Token> t, int k)
    {
        var unit = k;
        while (k < t.Length && k < unit + 2 && t[k].Text is "%" or "per" or "cent" or "percent")
        {
            k++;
        }

        if (k >= t.Length || t[k].Text is not ("that" or "which"))
        {
            return false;
        }

        var name = k + 1;
        var verb = name;
        while (verb < t.Length && verb < name + MaxLevierNameWords && t[verb].Kind == TokenKind.Word && t[verb].IsCapitalized)
        {
            verb++;
        }

        if (verb < t.Length && t[verb].Text is "has" or "have" or "had")
        {
            verb++;
        }

        return verb > name && verb < t.Length && t[verb].Kind == TokenKind.Word && LevyVerbs.Contains(t[verb].Text);
    }

    /// <summary>A name and its title: "President Donald Trump".</summary>
    private const int MaxLevierNameWords = 4;

    /// <summary>
    /// Whether a sentence's capitalised first word reads as a name ("Beijing", "EU") rather than a common noun in the
    /// plural ("Exporters", "Importers") or a pronoun ("It", "They").
    /// </summary>
    private static bool IsNameOpeningSentence(string word) =>
        word is not ("The" or "A" or "An" or "It" or "They" or "We" or "He" or "She") && (!word.EndsWith('s') || word.All(char.IsUpper));

    private const int LevyModifiers = 2;

    private static readonly WordSet LevyNouns = new(["tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes"]);

    private static readonly WordSet LevyVerbs = new(["imposed", "imposes", "levied", "levies", "introduced", "removed", "removes", "lifted", "lifts",
        "scrapped", "raised", "cut", "slapped", "set", "sets", "announced", "placed", "put", "threatened", "threatens", "proposed", "proposes"]);
}
