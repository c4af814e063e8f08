using CopyLint.Lsp.Protocol;
using CopyLint.Text;
using FsCheck.Xunit;

namespace CopyLint.Lsp.Tests;

/// <summary>Positions and incremental edits stay exact for any mix of line breaks, accents, CJK, curly quotes and emoji.</summary>
public sealed class PositionPropertyTests
{
    private static readonly string[] Pieces = ["a", "é", " ", "東京", "😀", "👩‍👩‍👧", "“", "’", "\n", "\r\n", "\r", "the"];

    [Property]
    public bool An_offset_survives_the_round_trip_through_an_lsp_position(byte[] picks, int seed)
    {
        var source = new SourceText(Build(picks));
        var offset = Offset(source.Text, seed);
        return source.ToOffset(source.ToPosition(offset)) == offset;
    }

    [Property]
    public bool An_incremental_change_edits_exactly_its_range(byte[] picks, byte[] inserted, int startSeed, int endSeed)
    {
        var text = Build(picks);
        var document = OpenDocument.Create(new TextDocumentItem("file:///t.md", "markdown", 1, text));
        var (start, end) = (Offset(text, startSeed), Offset(text, endSeed));
        (start, end) = (Math.Min(start, end), Math.Max(start, end));
        var newText = Build(inserted);

        var change = new TextDocumentContentChangeEvent(new Protocol.Range(document.Source.ToPosition(start), document.Source.ToPosition(end)), newText);
        var edited = document.Apply([change], version: 2);

        return edited.Source.Text == text[..start] + newText + text[end..] && edited.Version == 2;
    }

    private static string Build(byte[]? picks) => string.Concat((picks ?? []).Select(b => Pieces[b % Pieces.Length]));

    /// <summary>An offset in the text that is a place a cursor can be: not inside a CRLF or a surrogate pair.</summary>
    private static int Offset(string text, int seed)
    {
        var offset = (int)((uint)seed % (uint)(text.Length + 1));
        while (offset > 0 && offset < text.Length && ((text[offset - 1] == '\r' && text[offset] == '\n') || char.IsLowSurrogate(text[offset])))
        {
            offset--;
        }

        return offset;
    }
}
