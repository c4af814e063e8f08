namespace CopyLint.Text;

/// <summary>A range of UTF-16 code units in a source text: the unit LSP and .NET strings both count in.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    public bool IntersectsWith(TextSpan other) => other.Start <= End && other.End >= Start;

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    public override string ToString() => $"[{Start}..{End})";
}
