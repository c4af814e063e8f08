using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's credit line: in a column of quotes ("Quotes of the week") each quotation stands alone on its line and
/// its speaker is named on the line directly under it, with no full stop ('Helen Marsh, chair of the Local Government
/// Association, on Nottingham's finances', '— Sarah Whitcombe, mayor'). A quotation with a blank line or prose under
/// it has no credit line.
/// </summary>
internal sealed class CreditLine(RuleDataSet data)
{
    private const int MaxCreditWords = 25;

    private readonly NameRun _names = new(data);

    /// <summary>Whether the paragraph after <paramref name="p"/>, on the next line, credits its lone quotation.</summary>
    public bool Credits(SourceMap map, Document document, int p, Quotation quotation)
    {
        if (p + 1 >= map.Paragraphs.Length || !quotation.StandsAlone(map.Paragraphs[p].Tokens))
        {
            return false;
        }

        var line = map.Paragraphs[p + 1].Tokens;
        if (line.Length < 2 || line[^1].Text is "." or "!" or "?" or ":" || !OnNextLine(document, p))
        {
            return false;
        }

        // A name and its role or occasion after a comma ('Tamsin Rowe, winner of …'), or a name after a dash.
        var words = 0;
        var comma = false;
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Quote || (token.IsWordLike && ++words > MaxCreditWords))
            {
                return false;
            }

            comma |= token.Text == ",";
        }

        var dash = line[0].Kind == TokenKind.Dash;
        return (dash || comma) && _names.In(dash ? line[1..] : line);
    }

    /// <summary>Only one line break, no blank line, between the paragraph and the next.</summary>
    private static bool OnNextLine(Document document, int p)
    {
        var between = document.Text.AsSpan(document.Paragraphs[p].Span.End, document.Paragraphs[p + 1].Span.Start - document.Paragraphs[p].Span.End);
        return between.Count('\n') == 1;
    }
}
