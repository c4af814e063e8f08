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

    private RepeatKeys(int[] keys, int[] starts)
    {
        _keys = keys;
        _starts = starts;
    }

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
        var k = 0;
        foreach (var tokens in paragraphs)
        {
            foreach (var token in tokens)
            {
                keys[k++] = LetterSet.Shape(token.Text);
            }
        }

        return new RepeatKeys(keys, starts);
    }
}
