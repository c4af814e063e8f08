using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A key for each content token of the document (as <see cref="ContentTokens"/> holds them, paragraph by paragraph):
/// its shape (<see cref="LetterSet.Shape"/>: length and first and last characters ignoring case). Texts equal ignoring
/// case have equal keys, so the repeat rules compare integers and read a text only when two keys agree. Made once per
/// document for CL5001 and CL5002.
/// </summary>
internal sealed class RepeatKeys
{
    private readonly int[] _keys;
    private readonly int[] _starts;

    private RepeatKeys(int[] keys, int[] starts, (int Paragraph, int Index)[] twins)
    {
        _keys = keys;
        _starts = starts;
        Twins = twins;
    }

    /// <summary>
    /// Each content token whose key is the one before it in its paragraph, in document order: the only places a word
    /// can be written twice in a row (CL5001), found while the keys are made instead of in a walk of its own.
    /// </summary>
    public (int Paragraph, int Index)[] Twins { get; }

    /// <summary>The document's keys, made the first time a rule asks, index for index with <see cref="ContentTokens.Of"/>.</summary>
    public static RepeatKeys Of(AnalysisContext context)
    {
        var paragraphs = ContentTokens.Of(context);
        return context.GetShared(typeof(RepeatKeys), _ => Build(paragraphs));
    }

    /// <summary>The keys of a paragraph's content tokens, index for index.</summary>
    public ReadOnlySpan<int> For(int paragraph) => _keys.AsSpan(_starts[paragraph], _starts[paragraph + 1] - _starts[paragraph]);

    /// <remarks>
    /// From the copies, not the document's tokens: they hold content only, so the loop takes no branch per token, and
    /// the texts they read were made one after another by the scanner.
    /// </remarks>
    private static RepeatKeys Build(Token[][] paragraphs)
    {
        var starts = new int[paragraphs.Length + 1];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            starts[p + 1] = starts[p] + paragraphs[p].Length;
        }

        var keys = new int[starts[^1]];
        List<(int, int)>? twins = null;
        var k = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var previous = 0;
            var tokens = paragraphs[p];
            for (var i = 0; i < tokens.Length; i++)
            {
                var key = LetterSet.Shape(tokens[i].Text);
                keys[k++] = key;
                if (key == previous && i > 0)
                {
                    (twins ??= []).Add((p, i));
                }

                previous = key;
            }
        }

        return new RepeatKeys(keys, starts, twins is null ? [] : [.. twins]);
    }
}
