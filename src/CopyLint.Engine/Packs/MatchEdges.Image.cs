namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// The edges as <see cref="CompiledPack"/> keeps them: how many alternatives, each distinct alternative's shape once
    /// (in order of first use), then each slot's row as indexes into them, each with the alternative's place in the
    /// pattern, then the last characters.
    /// </summary>
    internal void WriteTo(CompiledPack.Writer writer)
    {
        var index = new Dictionary<Shape, int>(ReferenceEqualityComparer.Instance);
        var shapes = new List<Shape>();
        foreach (var row in _byFirst)
        {
            foreach (var shape in row)
            {
                if (index.TryAdd(shape, shapes.Count))
                {
                    shapes.Add(shape);
                }
            }
        }

        writer.Int(Alternatives);
        writer.Int(shapes.Count);
        foreach (var shape in shapes)
        {
            writer.Int(shape.Min);
            writer.Int(shape.Max);
            WriteEdge(writer, shape.Head);
            WriteEdge(writer, shape.Tail);
        }

        for (var slot = 0; slot < _byFirst.Length; slot++)
        {
            writer.Int(_byFirst[slot].Length);
            for (var i = 0; i < _byFirst[slot].Length; i++)
            {
                writer.Int(index[_byFirst[slot][i]]);
                writer.Int(_numbersByFirst[slot][i]);
            }
        }

        WriteSet(writer, _last);
    }

    internal static MatchEdges ReadFrom(ref CompiledPack.Reader reader)
    {
        var alternatives = reader.Int();
        var shapes = new Shape[reader.Int()];
        for (var i = 0; i < shapes.Length; i++)
        {
            var (min, max) = (reader.Int(), reader.Int());
            shapes[i] = new Shape(ReadEdge(ref reader), ReadEdge(ref reader), min, max);
        }

        var byFirst = new Shape[CharSet.Slots][];
        var numbersByFirst = new int[CharSet.Slots][];
        for (var slot = 0; slot < byFirst.Length; slot++)
        {
            var length = reader.Int();
            Shape[] row = length > 0 ? new Shape[length] : [];
            int[] numbers = length > 0 ? new int[length] : [];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = shapes[reader.Int()];
                numbers[i] = reader.Int();
            }

            (byFirst[slot], numbersByFirst[slot]) = (row, numbers);
        }

        return new MatchEdges(alternatives, byFirst, numbersByFirst, ReadSet(ref reader));
    }

    private MatchEdges(int alternatives, Shape[][] byFirst, int[][] numbersByFirst, CharSet last) =>
        (Alternatives, _byFirst, _numbersByFirst, _last) = (alternatives, byFirst, numbersByFirst, last);

    private static void WriteEdge(CompiledPack.Writer writer, CharSet[] edge)
    {
        writer.Int(edge.Length);
        foreach (var set in edge)
        {
            WriteSet(writer, set);
        }
    }

    private static CharSet[] ReadEdge(ref CompiledPack.Reader reader)
    {
        var edge = reader.Int() is var length and > 0 ? new CharSet[length] : [];
        for (var i = 0; i < edge.Length; i++)
        {
            edge[i] = ReadSet(ref reader);
        }

        return edge;
    }

    private static void WriteSet(CompiledPack.Writer writer, CharSet set)
    {
        writer.Word(set.Low);
        writer.Word(set.High);
    }

    private static CharSet ReadSet(ref CompiledPack.Reader reader) => new(reader.Word(), reader.Word());
}
