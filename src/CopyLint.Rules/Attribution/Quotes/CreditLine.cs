using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's credit line: in a column of quotes ("Quotes of the week") each quotation stands alone on its line and
/// its speaker is named on the line directly under it, with no full stop ('Helen Marsh, chair of the Local Government
/// Association, on Nottingham's finances', '— Sarah Whitcombe, mayor'). A quotation with a blank line or prose under
/// it has no credit line. A fact-check's source line may stand a blank line under its claim (<see cref="DatedSource"/>).
/// </summary>
internal sealed class CreditLine(RuleDataSet data)
{
    private const int MaxCreditWords = 25;

    private readonly NameRun _names = new(data);
    private readonly DatedSource _datedSources = new(data);

    /// <summary>Whether the paragraph after <paramref name="p"/>, on the next line or opening with a dated source line, credits its lone quotation.</summary>
    public bool Credits(SourceMap map, Document document, int p, Quotation quotation)
    {
        if (p + 1 >= map.Paragraphs.Length || !quotation.StandsAlone(map.Paragraphs[p].Tokens))
        {
            return false;
        }

        var line = map.Paragraphs[p + 1].Tokens;
        if (map.Paragraphs[p + 1].Sentences is [var first, ..] && _datedSources.Opens(line, first))
        {
            return true;
        }

        if (line.Length < 2 || line[^1].Text is "." or "!" or "?" or ":" || !OnNextLine(document, p))
        {
            return false;
        }

        var words = 0;
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Quote || (token.IsWordLike && ++words > MaxCreditWords))
            {
                return false;
            }
        }

        // A name after a dash, or a name up to a comma and then a role or occasion ('Tamsin Rowe, winner of …'):
        // a subhead such as 'Storm Darragh hits Wexford, Cork' names no one before its comma.
        return line[0].Kind == TokenKind.Dash ? _names.In(line[1..]) : _names.BeforeComma(line);
    }

    /// <summary>Only one line break, no blank line, between the paragraph and the next.</summary>
    private static bool OnNextLine(Document document, int p)
    {
        var between = document.Text.AsSpan(document.Paragraphs[p].Span.End, document.Paragraphs[p + 1].Span.Start - document.Paragraphs[p].Span.End);
        return between.Count('\n') == 1;
    }
}
