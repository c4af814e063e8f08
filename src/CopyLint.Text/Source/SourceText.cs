using System.Buffers;
using System.Text;

namespace CopyLint.Text;

/// <summary>
/// The original text of one document, kept untouched, with a line map that understands LF, CRLF and lone CR.
/// A UTF-8 byte order mark is remembered, not kept in <see cref="Text"/>, so that writing back restores it.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int MaxPooledFile = 64 * 1024 * 1024;

    private readonly int[] _lineStarts;

    public SourceText(string text, string path = "<text>", bool hasByteOrderMark = false)
    {
        Text = text;
        Path = path;
        HasByteOrderMark = hasByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    /// <summary>The path as the user gave it, or "-" for standard input.</summary>
    public string Path { get; }

    public bool HasByteOrderMark { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    /// <summary>Decodes strict UTF-8 (with or without BOM); binary or invalid bytes raise an error naming the file and line.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes, string path)
    {
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InvalidSourceException(path, LineOfByte(body, nul), "binary file (contains NUL bytes), not text copy");
        }

        try
        {
            return new SourceText(StrictUtf8.GetString(body), path, hasBom);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidSourceException(path, LineOfByte(body, Math.Max(0, e.Index)), "invalid UTF-8; save the file as UTF-8");
        }
    }

    public static SourceText FromFile(string path) => FromFile(path, path);

    /// <summary>
    /// <see cref="FromBytes"/> over a file read into a pooled buffer: no array per file, only the decoded text.
    /// Errors name <paramref name="displayPath"/>.
    /// </summary>
    public static SourceText FromFile(string path, string displayPath)
    {
        if (LinuxFileReader.IsSupported && LinuxFileReader.Resolves(path) && LinuxFileReader.TryRead(path, out var bytes, out var byteCount))
        {
            return FromPooledBytes(bytes, byteCount, displayPath);
        }

        return FromFileManaged(path, displayPath);
    }

    /// <summary><see cref="FromBytes"/> over a buffer rented from the shared pool, which is returned.</summary>
    internal static SourceText FromPooledBytes(byte[] bytes, int length, string displayPath)
    {
        try
        {
            return FromBytes(bytes.AsSpan(0, length), displayPath);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The file read through the runtime: what a path the Linux reader declines or fails on gets, errors and all.</summary>
    internal static SourceText FromFileManaged(string path, string displayPath)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length is 0 or > MaxPooledFile)
        {
            return FromBytes(File.ReadAllBytes(path), displayPath); // sizes the file does not report (procfs), or huge
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            for (int n; read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0;)
            {
                read += n;
            }

            return FromBytes(buffer.AsSpan(0, read), displayPath);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The bytes to write back: UTF-8, with the byte order mark if the original had one.</summary>
    public byte[] ToBytes(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        return HasByteOrderMark ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>1-based line and column of a UTF-16 offset; the end of the text maps past its last character.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var index = _lineStarts.AsSpan().BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The UTF-16 offset of a 1-based line and column (clamped to the line's end).</summary>
    public int GetOffset(LinePosition position)
    {
        var line = GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Column - 1, 0, line.Length);
    }

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of a 1-based line including its line break.</summary>
    public TextSpan GetFullLineSpan(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => ToString(GetLineSpan(line));

    private static int[] ComputeLineStarts(string text)
    {
        // Collected in a pooled buffer (a text has at most one line per character, plus one) and copied out once.
        var starts = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            var count = 0;
            starts[count++] = 0;
            for (var i = text.AsSpan().IndexOfAny('\r', '\n'); i >= 0;)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts[count++] = i + 1;
                var next = text.AsSpan(i + 1).IndexOfAny('\r', '\n');
                i = next < 0 ? -1 : i + 1 + next;
            }

            return starts.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
