using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A list whose lead-in names it as the measures or announcements a story reports.
internal sealed partial class FigureScan
{
    private readonly WordSet _packageNouns = WordSet.From(data, "figure-package-nouns");

    /// <summary>
    /// "Under the terms, Teck shareholders will receive 1.3301 Anglo shares … Anglo shareholders will own about 62.4% of
    /// the merged group.": a paragraph that opens "Under the terms" sets out the terms the parties announced, as a
    /// package's list does. "Under the deal, the army seized weapons worth $2.5 billion" tells what followed a deal.
    /// </summary>
    private static bool OpensWithDealTerms(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 3 && tokens[0].IsIgnoreCase("Under") && tokens[1].IsIgnoreCase("the")
        && (tokens[2].IsIgnoreCase("terms") || (tokens[3].Text == "," && tokens[2].Text is "agreement" or "accord" && SetsTermsAhead(tokens[4..])));

    /// <summary>
    /// "Under the agreement, the Yukon government will pay for roads … at an estimated cost of $38 million": what an
    /// agreement binds its parties to do, in its first sentence's "will" or "would". "Under the agreement, the government
    /// paid $38 million" tells what followed it.
    /// </summary>
    private static bool SetsTermsAhead(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is "." or "?" or "!")
            {
                return false;
            }

            if (token.Kind == Text.TokenKind.Word && token.Text is "will" or "would")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The main measures include:" / "- savings of around €300 million in the wellbeing services counties;", "Here is a
    /// summary of the main announcements:" / "- The two-child limit will be lifted, at a cost of about £3bn a year.": an
    /// item of a list whose lead-in (the paragraph ending in a colon above it) names it as a package of measures
    /// (figure-package-nouns.txt) sets out the package's own terms, as the sum a bill provides is. A toll stays a claim, and
    /// a list under "Witnesses described the following:" names no package.
    /// </summary>
    private bool IsAnnouncedItem(SourceMap map, int p)
    {
        if (map.IntroductionOf(p) is not (>= 0 and var intro))
        {
            return false;
        }

        foreach (var token in map.Paragraphs[intro].Tokens)
        {
            if (token.Kind == Text.TokenKind.Word && _packageNouns.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }
}
