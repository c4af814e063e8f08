using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>Figures in words: magnitudes ("thousands of", "a million", "billions of dollars") and fractions ("two-thirds").</summary>
internal sealed partial class FigureFinder
{
    private Figure? FromWords(ReadOnlySpan<Token> t, ref int i)
    {
        var word = t[i].Text;
        if (_words.MayBeHyphenatedFraction(word) && word.IndexOf('-') is > 0 and var hyphen)
        {
            return HyphenatedFraction(t, i, hyphen);
        }

        // A hyphenated word is read only as a fraction.
        if (!_words.NumberWords.TryGetValue(word, out var value) || word.IndexOf('-') > 0 || Previous(t, i) is { Kind: TokenKind.Number })
        {
            return null;
        }

        if (value < 1)
        {
            return _words.IsFraction(word) ? FractionOf(t, ref i) : null;
        }

        if (value < 100 && !word.Equals("tens", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return word.EndsWith('s') ? MagnitudeOf(t, ref i) : MultipliedMagnitude(t, ref i);
    }

    /// <summary>
    /// "damage thought to run into the tens of millions", "the number waiting is in the hundreds": a magnitude that closes
    /// "into the" or "in the" is the order a sum or count reaches, a figure a hedge may source (CL3002); as for any bare
    /// magnitude, only a toll makes it a claim without one.
    /// </summary>
    private static bool IsRangeReached(ReadOnlySpan<Token> t, int start, int end) =>
        IsWord(t, start - 1, "the") && (IsWord(t, start - 2, "into") || IsWord(t, start - 2, "in"))
        && (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word);

    /// <summary>
    /// "thousands of", "tens of thousands of", "billions of dollars": bare magnitudes. With no "of"
    /// after it, a magnitude is a figure only in a toll claim ("hundreds were arrested", "killed thousands").
    /// </summary>
    private Figure? MagnitudeOf(ReadOnlySpan<Token> t, ref int i)
    {
        var start = i;
        var value = _words.NumberWords[t[i].Text];
        var end = i;
        while (IsWord(t, end + 1, "of") && end + 2 < t.Length && t[end + 2].Kind == TokenKind.Word && _words.IsMagnitude(t[end + 2].Text) && t[end + 2].Text.EndsWith('s'))
        {
            value *= _words.NumberWords[t[end + 2].Text];
            end += 2;
        }

        i = end;
        if (value < 100)
        {
            return null;
        }

        if (!IsWord(t, end + 1, "of"))
        {
            var before = ApproximatorBefore(t, start);
            return (IsToll(t, start - before, end) || IsRangeReached(t, start - before, end)) && !IsRecord(t, start, end, before)
                ? Create(t, start, end, FigureKind.NumberWords, value, before, bare: true)
                : null;
        }

        var kind = FigureKind.NumberWords;
        if (end + 2 < t.Length && _words.CurrencyWords.Contains(t[end + 2].Text))
        {
            kind = FigureKind.Money;
            end += 2;
            i = end;
        }
        else if (end + 2 < t.Length && _words.Units.Contains(t[end + 2].Text))
        {
            return null;
        }

        var approximator = ApproximatorBefore(t, start);
        return IsRecord(t, start, end, approximator) || (kind == FigureKind.NumberWords && IsCrowdSeen(t, end + 2))
            ? null
            : Create(t, start, end, kind, value, approximator, bare: true);
    }

    /// <summary>"thousands of people lined the streets": a crowd verb within three words of the noun at <paramref name="noun"/>.</summary>
    private bool IsCrowdSeen(ReadOnlySpan<Token> t, int noun)
    {
        for (var k = noun + 1; k < t.Length && k <= noun + 3 && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.SceneVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a million shells", "two billion dollars", "half a million". A magnitude in title case, "The Constitution (One
    /// Hundred and Twenty-Ninth Amendment) Bill", is part of a name.
    /// </summary>
    private Figure? MultipliedMagnitude(ReadOnlySpan<Token> t, ref int i)
    {
        var start = i;
        var multiplier = 1.0;
        if (t[i].IsCapitalized)
        {
            return null;
        }

        if (Previous(t, start) is { Kind: TokenKind.Word } before && _words.IsMultiplier(before.Text))
        {
            multiplier = _words.NumberWords[before.Text];
            start--;
            if (before.IsIgnoreCase("a") && Previous(t, start) is { } half && half.IsIgnoreCase("half"))
            {
                multiplier = 0.5;
                start--;
            }
        }
        else
        {
            return null;
        }

        var value = multiplier * _words.NumberWords[t[i].Text];
        var end = i;
        while (Next(t, end) is { } w && _words.IsMagnitude(w.Text) && !w.Text.EndsWith('s'))
        {
            value *= _words.NumberWords[w.Text];
            end++;
        }

        // "One hundred and twelve recruits": a number written out to its units is exact, as "112 recruits" is.
        var exact = false;
        if (IsWord(t, end + 1, "and") && Next(t, end + 1) is { } units && _words.NumberWords.TryGetValue(units.Text, out var unitsValue) && unitsValue is >= 1 and < 100)
        {
            exact = true;
            value += unitsValue;
            end += 2;
        }

        var kind = FigureKind.NumberWords;
        if (Next(t, end) is { } currency && _words.CurrencyWords.Contains(currency.Text))
        {
            kind = FigureKind.Money;
            end++;
        }

        i = end;
        var approximator = ApproximatorBefore(t, start);
        if ((kind != FigureKind.Money && Next(t, end) is { } unit && _words.Units.Contains(unit.Text)) || IsRecord(t, start, end, approximator))
        {
            return null;
        }

        var figure = Create(t, start, end, kind, value, approximator);
        return exact && approximator == 0 ? figure with { IsEstimate = false } : figure;
    }

    /// <summary>"two-thirds", "three-quarters", "one-fifth".</summary>
    private Figure? HyphenatedFraction(ReadOnlySpan<Token> t, int i, int hyphen)
    {
        var word = t[i].Text.AsSpan();
        var approximator = ApproximatorBefore(t, i);
        if (!_words.TryGetNumber(word[..hyphen], out var count) || count is < 1 or >= 100
            || !_words.TryGetNumber(word[(hyphen + 1)..], out var fraction) || fraction is >= 1 or 0.5
            || (Next(t, i) is { } unit && _words.Units.Contains(unit.Text)) || IsFractionOfUnit(t, i) || IsRecord(t, i, i, approximator) || IsSeatMajority(t, i)
            || IsStandingShareInWords(t, i - approximator, i)
            || IsNamedTime(t, i))
        {
            return null;
        }

        // A plural's listed value is that of the common "two thirds of" (FractionOf); "two-thirds" multiplies one "third".
        if (word[^1] is 's' or 'S' && _words.TryGetNumber(word[(hyphen + 1)..^1], out var one))
        {
            fraction = one;
        }

        return Create(t, i, i, FigureKind.Share, count * fraction, approximator);
    }

    /// <summary>"beat Aventure by three-quarters of a length", "two-thirds of a mile": a fraction of one unit measures, as "two miles" does.</summary>
    private bool IsFractionOfUnit(ReadOnlySpan<Token> t, int i) =>
        IsWord(t, i + 1, "of") && (IsWord(t, i + 2, "a") || IsWord(t, i + 2, "an")) && i + 3 < t.Length && _words.Units.Contains(t[i + 3].Text);

    /// <summary>
    /// "Morena and its allies hold a two-thirds majority": a majority of no stated group is the size of a bloc in a chamber
    /// or a vote, a matter of record. "A two-thirds majority of voters oppose the plan" is a poll's finding and stays a claim.
    /// </summary>
    private static bool IsSeatMajority(ReadOnlySpan<Token> t, int i) =>
        (IsWord(t, i + 1, "majority") || IsWord(t, i + 1, "supermajority")) && !IsWord(t, i + 2, "of");

    /// <summary>
    /// "a third of voters", "a quarter of the workforce"; not "a quarter of an hour" nor "a third term". "a quarter of a
    /// billion dollars" is one sum, not a share and then "a billion dollars".
    /// </summary>
    private Figure? FractionOf(ReadOnlySpan<Token> t, ref int i)
    {
        if (Previous(t, i) is not { Kind: TokenKind.Word } before || !_words.IsMultiplier(before.Text) || !IsWord(t, i + 1, "of"))
        {
            return null;
        }

        if (IsWord(t, i + 2, "a") && i + 3 < t.Length && t[i + 3].Kind == TokenKind.Word && _words.IsMagnitude(t[i + 3].Text) && !t[i + 3].Text.EndsWith('s'))
        {
            return FractionOfMagnitude(t, ref i);
        }

        var after = i + 2;
        while (after < t.Length && OpeningArticles.Contains(t[after].Text))
        {
            after++;
        }

        var approximator = ApproximatorBefore(t, i - 1);
        // "with a quarter of the match left": a fraction of a span of play or of time is a duration.
        if (after >= t.Length || _words.Units.Contains(t[after].Text) || _words.PeriodNouns.Contains(t[after].Text) || IsRecord(t, i - 1, i, approximator)
            || IsStandingShareInWords(t, i - 1 - approximator, i) || IsDerivedByMeaning(t, i - 1 - approximator) || IsImaginedScenario(t, i - 1 - approximator, i)
            || IsShareOfOwnSales(t, i) || IsAdvisedLimit(t, i - 1 - approximator) || IsBodySubsidy(t, i - 1 - approximator, i)
            || IsWritersOwnShare(t, i - 1 - approximator, i))
        {
            return null;
        }

        return Create(t, i - 1, i, FigureKind.Share, _words.NumberWords[t[i].Text], approximator);
    }

    /// <summary>"a quarter of a billion dollars", "a third of a million": the magnitude scaled by the fraction, to its end.</summary>
    private Figure? FractionOfMagnitude(ReadOnlySpan<Token> t, ref int i)
    {
        var start = i - 1;
        var last = i + 3;
        var magnitude = MultipliedMagnitude(t, ref last);
        i = last;
        if (magnitude is null)
        {
            return null;
        }

        var approximator = ApproximatorBefore(t, start);
        return IsRecord(t, start, magnitude.LastToken, approximator)
            ? null
            : Create(t, start, magnitude.LastToken, magnitude.Kind, _words.NumberWords[t[start + 1].Text] * magnitude.Value, approximator);
    }

    private static readonly WordSet OpeningArticles = new(["the", "a", "an", "its", "their", "his", "her"]);
}
