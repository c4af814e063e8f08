using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>
/// Each paragraph's content tokens: its tokens without whitespace, line breaks and comments, as the attribution and
/// repeated-phrase rules read it. Copied once per document, paragraph after paragraph into one array, and shared by
/// every analyzer that asks; never written to. The array is the lint's (<see cref="AnalysisContext.GetReused{T}"/>):
/// the next document overwrites it, so nothing read from it is kept past the lint.
/// </summary>
internal sealed class ContentTokens
{
    private Token[] _tokens = [];

    /// <summary>Where each paragraph's tokens start in <see cref="_tokens"/>, and after the last, where they end.</summary>
    private int[] _starts = [0];

    /// <summary>The number of paragraphs.</summary>
    public int Count { get; private set; }

    /// <summary>The number of content tokens of the longest paragraph.</summary>
    public int Longest { get; private set; }

    /// <summary>The content tokens of paragraph <paramref name="p"/>.</summary>
    public ReadOnlySpan<Token> this[int p] => _tokens.AsSpan(_starts[p], _starts[p + 1] - _starts[p]);

    /// <summary>The content tokens of paragraph <paramref name="p"/>, for a model that keeps them (as long as the lint).</summary>
    public ArraySegment<Token> Segment(int p) => new(_tokens, _starts[p], _starts[p + 1] - _starts[p]);

    /// <summary>Where paragraph <paramref name="p"/>'s tokens start among the document's content tokens, paragraph after paragraph.</summary>
    public int StartOf(int p) => _starts[p];

    /// <summary>The number of content tokens of the document.</summary>
    public int Total => _starts[Count];

    /// <summary>The content tokens of the document's paragraphs, made the first time a rule asks.</summary>
    public static ContentTokens Of(AnalysisContext context) => context.GetReused<ContentTokens>(typeof(ContentTokens), static (tokens, context) => tokens.Fill(context.Document));

    private void Fill(Document document)
    {
        var paragraphs = document.Paragraphs;
        var total = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            total += paragraphs[p].ContentCount;
        }

        if (_tokens.Length < total)
        {
            _tokens = new Token[Math.Max(total, _tokens.Length * 2)];
        }

        if (_starts.Length <= paragraphs.Count)
        {
            _starts = new int[Math.Max(paragraphs.Count + 1, _starts.Length * 2)];
        }

        // One pass: the paragraph knows how many content tokens it has. The arrays in locals: the loop reloads no field.
        var (tokens, starts) = (_tokens, _starts);
        var count = 0;
        var longest = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            starts[p] = count;
            foreach (var token in paragraphs[p].Tokens.AsSpan())
            {
                if (!token.IsTrivia)
                {
                    tokens[count++] = token;
                }
            }

            longest = Math.Max(longest, count - starts[p]);
        }

        starts[paragraphs.Count] = count;
        Count = paragraphs.Count;
        Longest = longest;
    }
}
