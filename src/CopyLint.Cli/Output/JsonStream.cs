using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CopyLint.Cli.Output;

/// <summary>
/// A Utf8JsonWriter whose output is handed to a TextWriter piece by piece, so a large report streams instead of
/// being built in memory. Source-generated type info serializes each piece (no reflection).
/// </summary>
public sealed class JsonStream(TextWriter output) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private Utf8JsonWriter? _writer;

    public Utf8JsonWriter Writer => _writer ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Moves what has been written so far to the output.</summary>
    public void Flush()
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>Flushes the rest and ends the document with a newline.</summary>
    public void Complete()
    {
        Flush();
        output.WriteLine();
    }

    public void Dispose() => _writer?.Dispose();
}
