namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// The edges as <see cref="CompiledPack"/> keeps them: each distinct alternative's shape once (in order of first
    /// use), then each slot's row as indexes into them, then the last characters.
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

        writer.Int(shapes.Count);
        foreach (var shape in shapes)
        {
            writer.Int(shape.Min);
            writer.Int(shape.Max);
            WriteEdge(writer, shape.Head);
            WriteEdge(writer, shape.Tail);
        }

        foreach (var row in _byFirst)
        {
            writer.Int(row.Length);
            foreach (var shape in row)
            {
                writer.Int(index[shape]);
            }
        }

        WriteSet(writer, _last);
    }

    internal static MatchEdges ReadFrom(ref CompiledPack.Reader reader)
    {
        var shapes = new Shape[reader.Int()];
        for (var i = 0; i < shapes.Length; i++)
        {
            var (min, max) = (reader.Int(), reader.Int());
            shapes[i] = new Shape(ReadEdge(ref reader), ReadEdge(ref reader), min, max);
        }

        var byFirst = new Shape[CharSet.Slots][];
        for (var slot = 0; slot < byFirst.Length; slot++)
        {
            var row = reader.Int() is var length and > 0 ? new Shape[length] : [];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = shapes[reader.Int()];
            }

            byFirst[slot] = row;
        }

        return new MatchEdges(byFirst, ReadSet(ref reader));
    }

    private MatchEdges(Shape[][] byFirst, CharSet last) => (_byFirst, _last) = (byFirst, last);

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
