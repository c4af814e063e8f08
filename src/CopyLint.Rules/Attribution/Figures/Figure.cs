using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>What a claim-bearing figure counts.</summary>
public enum FigureKind
{
    /// <summary>People or things: "15,000 soldiers", "nearly 5,000 killed".</summary>
    Count,

    /// <summary>"$3bn", "£1.2m", "billions of dollars".</summary>
    Money,

    /// <summary>Percentages, rates and fractions: "5%", "12 per cent", "two-thirds".</summary>
    Share,

    /// <summary>Magnitudes in words: "a million shells", "thousands of".</summary>
    NumberWords,
}

/// <summary>
/// A figure that makes a claim a reader may want sourced. <see cref="Span"/> covers the figure with its
/// approximator ("an estimated 15,000", "billions of dollars"); <see cref="Value"/> is its size, used for
/// the minimum_figure option.
/// </summary>
public sealed record Figure(TextSpan Span, string Text, FigureKind Kind, double Value)
{
    /// <summary>An estimate by its form: an approximator ("about", "an estimated") or a figure in words.</summary>
    public bool IsEstimate { get; init; }

    /// <summary>
    /// A magnitude in words with no digits and no number word of its own ("thousands of", "tens of thousands of",
    /// "billions of dollars"): the reporter's description, a claim only in a toll (<see cref="FigureFinder.IsClaim"/>).
    /// </summary>
    internal bool IsBareMagnitude { get; init; }

    /// <summary>The index of the figure's first token (its approximator's, when it has one) in the sentence it was found in.</summary>
    internal int FirstToken { get; init; }

    /// <summary>The index of the figure's first token after its approximator: the number or number word it is read from.</summary>
    internal int NumberToken { get; init; }

    /// <summary>The index of the figure's last token in the sentence it was found in.</summary>
    internal int LastToken { get; init; }

    /// <summary>
    /// A figure read from a number that <see cref="FigureFinder.Find"/> added without testing the exemptions its context
    /// may give it (a figure of record, a forecast, a price…): <see cref="FigureFinder.IsExempt(ReadOnlySpan{Text.Token}, Figure)"/> says.
    /// </summary>
    internal bool MayBeExempt { get; init; }

    /// <summary>
    /// A measurement ("450 million litres", "around 300 square kilometres"), no claim of its own: found only for a caller
    /// that reports it when a hedge makes it hearsay (<see cref="FigureFinder.Find"/>'s measures).
    /// </summary>
    internal bool IsMeasure { get; init; }

    /// <summary>
    /// A toll below the minimum_figure option ("At least two people were reportedly injured"), found only in a sentence
    /// whose own cue is a hedge: it needs no source, but a hedge standing in for one is still CL3002's to report.
    /// </summary>
    internal bool IsBelowMinimum { get; init; }
}
