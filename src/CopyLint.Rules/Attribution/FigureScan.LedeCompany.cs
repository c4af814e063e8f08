using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    private readonly WordSet _companyNouns = WordSet.From(data, "company-nouns");

    /// <summary>
    /// "Cue Biopharma is laying off about 30% of its workforce" above "The company disclosed the layoffs in a securities
    /// filing on Monday": a lede whose subject is a company's name (capitalised words, then "is", "has", "will" or "was")
    /// reports what the company says when the next paragraph's first sentence opens on "The company" (company-nouns.txt),
    /// or "The Boston biotech" with its place, as the subject of an attribution verb and is firmly sourced. The source of that sentence, or null: "The agency
    /// said …" or a lede opening "The …" (<see cref="SubjectSourcedBelow"/>) is not this link.
    /// </summary>
    private Cue? CompanySourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede)
    {
        if (FirmActiveOpening(map, p) is not { } cue
            || !OpensOnCompanyName(lede))
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        var t = paragraph.Tokens;
        var noun = PlaceBeforeCompanyNoun(t) ? 2 : 1;
        return t.Length > noun + 2 && t[0].Text == "The" && t[noun].Kind == TokenKind.Word && _companyNouns.Contains(t[noun].Text)
            && t[noun + 1].Kind == TokenKind.Word && _attributionVerbs.Contains(t[noun + 1].Text) ? cue : null;
    }

    /// <summary>"The Boston biotech disclosed …": one capitalised word, its place, between "The" and the company noun.</summary>
    private bool PlaceBeforeCompanyNoun(ReadOnlySpan<Token> t) =>
        t.Length > 3 && t[1] is { Kind: TokenKind.Word, IsCapitalized: true } && t[2].Kind == TokenKind.Word && !t[2].IsCapitalized && _companyNouns.Contains(t[2].Text);

    /// <summary>"Cue Biopharma is …", "Pfizer has …": capitalised words, not "The", then an auxiliary.</summary>
    private static bool OpensOnCompanyName(ReadOnlySpan<Token> lede)
    {
        var k = 0;
        while (k < lede.Length && lede[k].Kind == TokenKind.Word && lede[k].IsCapitalized)
        {
            k++;
        }

        return k > 0 && k < lede.Length && !lede[0].IsIgnoreCase("the") && lede[k].Text is "is" or "has" or "will" or "was";
    }
}
