using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// The organiser's description in a what's-on entry, and a profile subject's memory of when he started.
internal sealed partial class FigureScan
{
    private const int MaxFragmentTokens = 8;

    /// <summary>
    /// "Buxton Antiques Fair, Pavilion Gardens, Sunday, 13 December, 9.30am to 4pm. More than 100 dealers. Entry £3.": in
    /// a listing entry (a paragraph whose first sentence gives a clock time), a later sentence of only a count and its
    /// noun, with no verb, is the organiser's description of the event. "More than 100 dealers are expected" has a verb,
    /// and the same fragment in a paragraph with no time is the writer's and stays a claim.
    /// </summary>
    private static bool IsListingFragment(ReadOnlySpan<Token> paragraph, int s, ReadOnlySpan<Token> sentence)
    {
        if (s == 0 || sentence.Length > MaxFragmentTokens || sentence[^1].Text != ".")
        {
            return false;
        }

        var numbers = 0;
        foreach (var token in sentence[..^1])
        {
            if (token.Kind == TokenKind.Number)
            {
                numbers++;
            }
            else if (token.Kind != TokenKind.Word || token.Text.EndsWith("ed", StringComparison.Ordinal) || FragmentVerbs.Contains(token.Text))
            {
                return false;
            }
        }

        return numbers == 1 && GivesClockTime(paragraph);
    }

    private static readonly WordSet FragmentVerbs = new(["are", "is", "were", "was", "will", "have", "has", "had", "be", "died", "expected"]);

    /// <summary>"9.30am to 4pm", "7 pm": the paragraph gives a clock time before its first full stop.</summary>
    private static bool GivesClockTime(ReadOnlySpan<Token> paragraph)
    {
        for (var k = 0; k < paragraph.Length && paragraph[k].Text != "."; k++)
        {
            var text = paragraph[k].Text;
            if (paragraph[k].Kind == TokenKind.Number && (text.EndsWith("am", StringComparison.Ordinal) || text.EndsWith("pm", StringComparison.Ordinal)))
            {
                return true;
            }

            if (paragraph[k].Kind == TokenKind.Number && k + 1 < paragraph.Length && paragraph[k + 1].Text is "am" or "pm")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "When he started, there were more than 300 dairy cattle entered": a sentence opening on the time a person began
    /// ("When he started", "When she joined") sets its figures in that person's past, his memory of the show as he found
    /// it, background like a year long gone. "When the flood struck, more than 300 homes were damaged" names no one's start.
    /// </summary>
    private static bool IsRecalledStart(ReadOnlySpan<Token> sentence) =>
        sentence.Length > 4 && sentence[0].Text == "When" && sentence[1].Text is "he" or "she" or "I" or "we" or "they"
        && sentence[2].Text is "started" or "began" or "joined" or "arrived" && sentence[3].Text == ",";
}
