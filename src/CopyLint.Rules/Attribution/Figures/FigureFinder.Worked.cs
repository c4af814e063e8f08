using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>A figure the writer worked out from figures just given: their difference, or what their shares leave of the whole.</summary>
internal sealed partial class FigureFinder
{
    private const int MaxOperands = 32;

    /// <summary>
    /// "the cap … is £1,717 a year" … "a typical household was paying the equivalent of £2,100 a year … Today's cap is about
    /// £383 lower", "won … 44.8 per cent" … "28.9 per cent … 19.8 per cent. The Green Party and People's Party candidates
    /// together took about 6.5 per cent": a figure from digits (<paramref name="figure"/> of <paramref name="t"/>) that is, to
    /// its last digit, the difference of two plain figures of its kind in <paramref name="earlier"/> or <paramref name="before"/>
    /// (the paragraph before and its own paragraph up to it) or, for a share, what the shares there leave of 100.
    /// </summary>
    public bool IsWorkedOut(ReadOnlySpan<Token> t, Figure figure, ReadOnlySpan<Token> earlier, ReadOnlySpan<Token> before)
    {
        var number = t[figure.NumberToken];
        var plain = figure.LastToken == figure.NumberToken || (figure.Kind == FigureKind.Share && IsPercentWord(t, figure.NumberToken + 1, out _));
        if (!plain || number.Kind != TokenKind.Number || figure.Kind is not (FigureKind.Money or FigureKind.Count or FigureKind.Share))
        {
            return false;
        }

        Span<double> operands = stackalloc double[MaxOperands];
        var count = Operands(earlier, figure.Kind, operands, 0);
        count = Operands(before, figure.Kind, operands, count);
        var (value, half) = (figure.Value, HalfUnit(number.Text));
        var rest = 100.0;
        for (var i = 0; i < count; i++)
        {
            rest -= operands[i];
            for (var j = i + 1; j < count; j++)
            {
                if (Math.Abs(Math.Abs(operands[i] - operands[j]) - value) <= half)
                {
                    return true;
                }
            }
        }

        return figure.Kind == FigureKind.Share && count >= 2 && Math.Abs(rest - value) <= half;
    }

    /// <summary>Adds the plain figures of <paramref name="kind"/> in <paramref name="tokens"/> (no magnitude word after them) to <paramref name="operands"/> from <paramref name="count"/>.</summary>
    private int Operands(ReadOnlySpan<Token> tokens, FigureKind kind, Span<double> operands, int count)
    {
        for (var k = 0; k < tokens.Length && count < operands.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Number || !TryParseNumber(tokens[k].Text, out var value, out var parsed)
                || (Next(tokens, k) is { } word && _words.IsMagnitude(word.Text)))
            {
                continue;
            }

            if (parsed == FigureKind.Count && IsPercentWord(tokens, k + 1, out _))
            {
                parsed = FigureKind.Share;
            }

            if (parsed == kind)
            {
                operands[count++] = value;
            }
        }

        return count;
    }

    /// <summary>Half a unit of a number's last digit: 0.5 for "£383" and "32%", 0.05 for "6.5".</summary>
    private static double HalfUnit(string text)
    {
        var dot = text.IndexOf('.');
        var decimals = 0;
        for (var k = dot + 1; dot >= 0 && k < text.Length && char.IsAsciiDigit(text[k]); k++)
        {
            decimals++;
        }

        return 0.5 * Math.Pow(10, -decimals);
    }
}
