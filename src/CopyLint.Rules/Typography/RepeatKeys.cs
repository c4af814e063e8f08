using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A key for each content token of the document (as <see cref="ContentTokens"/> holds them, paragraph by paragraph):
/// its shape (<see cref="LetterSet.Shape"/>: length and first and last characters ignoring case). Texts equal ignoring
/// case have equal keys, so the repeat rules compare integers and read a text only when two keys agree. Made once per
/// document for CL5001 and CL5002, into the lint's arrays (<see cref="AnalysisContext.GetReused{T}"/>).
/// </summary>
internal sealed class RepeatKeys
{
    private readonly List<(int Paragraph, int Index)> _twins = [];
    private int[] _keys = [];
    private ContentTokens _content = null!;

    /// <summary>
    /// Each content token whose key is the one before it in its paragraph, in document order: the only places a word
    /// can be written twice in a row (CL5001), found while the keys are made instead of in a walk of its own.
    /// </summary>
    public ReadOnlySpan<(int Paragraph, int Index)> Twins => CollectionsMarshal.AsSpan(_twins);

    /// <summary>The document's keys, made the first time a rule asks, index for index with <see cref="ContentTokens.Of"/>.</summary>
    public static RepeatKeys Of(AnalysisContext context) =>
        context.GetReused<RepeatKeys>(typeof(RepeatKeys), static (keys, context) => keys.Fill(ContentTokens.Of(context)));

    /// <summary>The keys of a paragraph's content tokens, index for index.</summary>
    public ReadOnlySpan<int> For(int paragraph) => _keys.AsSpan(_content.StartOf(paragraph), _content.StartOf(paragraph + 1) - _content.StartOf(paragraph));

    /// <remarks>
    /// From the copies, not the document's tokens: they hold content only, so the loop takes no branch per token, and
    /// the texts they read were made one after another by the scanner.
    /// </remarks>
    private void Fill(ContentTokens content)
    {
        _content = content;
        _twins.Clear();
        if (_keys.Length < content.Total)
        {
            _keys = new int[Math.Max(content.Total, _keys.Length * 2)];
        }

        var keys = _keys;
        var k = 0;
        for (var p = 0; p < content.Count; p++)
        {
            var previous = 0;
            var tokens = content[p];
            for (var i = 0; i < tokens.Length; i++)
            {
                var key = LetterSet.Shape(tokens[i].Text);
                keys[k++] = key;
                if (key == previous && i > 0)
                {
                    _twins.Add((p, i));
                }

                previous = key;
            }
        }
    }
}
