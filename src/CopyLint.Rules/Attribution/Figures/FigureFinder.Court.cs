using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// A sentence reporting a court outcome, a charge or a plea (figure-court-outcomes.txt: "has been given a 12-month
    /// community order", "pleaded guilty to", "was jailed"): the sums of its offence are the court's record.
    /// </summary>
    private bool IsCourtRecord(ReadOnlySpan<Token> t)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (_words.CourtOutcomes.Match(t, i) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
