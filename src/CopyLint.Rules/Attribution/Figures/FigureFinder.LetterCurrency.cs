using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Money whose currency is written in letters touching the number: "R30-billion", "R2bn", "Dh2 billion" (one word,
/// figure-currency-letters.txt) and "US$1 billion", "J$5 billion", "TT$2 billion" (letters before "$",
/// figure-dollar-prefixes.txt).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "R30-billion", "R2bn", "R500m", "EGP5bn": a word that is a currency's letters and an amount, read as money
    /// only with a magnitude (a suffix, a hyphenated magnitude or one after it), thousands separators or decimals, so that
    /// "the R59" (a road) and "N95" (a mask) are no figures.
    /// </summary>
    private bool IsLetterAmount(ReadOnlySpan<Token> t, int i) =>
        t[i].Kind == TokenKind.Word && TryParseLetterAmount(t[i].Text, out _, out var marked)
        && (marked || (Next(t, i) is { } magnitude && _words.IsMagnitude(magnitude.Text)));

    /// <summary>The value of a word <see cref="IsLetterAmount"/> reads; <paramref name="marked"/> when the word alone shows it is a sum.</summary>
    private bool TryParseLetterAmount(string word, out double value, out bool marked)
    {
        value = 0;
        marked = false;
        var prefix = _words.CurrencyLetterLength(word);
        if (prefix == 0)
        {
            return false;
        }

        var amount = word.AsSpan(prefix);
        var multiplier = 1.0;
        var hyphen = amount.IndexOf('-');
        if (hyphen > 0)
        {
            if (!_words.TryGetNumber(amount[(hyphen + 1)..], out multiplier) || multiplier < 1e3)
            {
                return false;
            }

            amount = amount[..hyphen];
        }

        var digitsEnd = 0;
        while (digitsEnd < amount.Length && (char.IsAsciiDigit(amount[digitsEnd]) || (digitsEnd > 0 && amount[digitsEnd] is ',' or '.')))
        {
            digitsEnd++;
        }

        var suffix = Multiplier(amount[digitsEnd..]);
        if (digitsEnd == 0 || suffix == 0 || (hyphen > 0 && digitsEnd < amount.Length) || !TryParseDigits(amount[..digitsEnd], out value))
        {
            return false;
        }

        marked = hyphen > 0 || suffix > 1 || amount[..digitsEnd].ContainsAny(',', '.');
        value *= multiplier * suffix;
        return true;
    }

    /// <summary>"US$1 billion", "J$5 billion": a dollar's letters (figure-dollar-prefixes.txt) touching the "$" of the number at <paramref name="start"/>.</summary>
    private bool IsDollarPrefix(ReadOnlySpan<Token> t, int start) =>
        start >= 1 && t[start].Text.StartsWith('$') && t[start - 1] is { Kind: TokenKind.Word } letters
        && letters.Span.End == t[start].Span.Start && _words.DollarPrefixes.Contains(letters.Text);
}
