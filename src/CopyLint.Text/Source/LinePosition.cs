namespace CopyLint.Text;

/// <summary>A 1-based line and 1-based column; the column counts UTF-16 code units from the line start.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"{Line}:{Column}";
}
