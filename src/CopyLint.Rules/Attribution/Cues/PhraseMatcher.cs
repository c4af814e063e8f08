using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>
/// Finds multi-word phrases from a word list in a run of content tokens, case-insensitively, longest first. Two
/// word tries (forwards and backwards) make a match cost one look-up per word matched.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Node _forwards = new();
    private readonly Node _backwards = new();

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                _forwards.Add(words);
                _backwards.Add([.. words.Reverse()]);
            }
        }

        _forwards.Freeze();
        _backwards.Freeze();
    }

    /// <summary>The number of tokens of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int Match(ReadOnlySpan<Token> tokens, int start)
    {
        var node = _forwards;
        var best = 0;
        for (var k = start; k < tokens.Length && tokens[k].Kind == TokenKind.Word && node.Next(tokens[k].Text) is { } next; k++)
        {
            node = next;
            best = node.IsEnd ? k - start + 1 : best;
        }

        return best;
    }

    /// <summary>The number of tokens of the longest phrase ending just before <paramref name="end"/>, or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<Token> tokens, int end)
    {
        var node = _backwards;
        var best = 0;
        for (var k = end - 1; k >= 0 && tokens[k].Kind == TokenKind.Word && node.Next(tokens[k].Text) is { } next; k--)
        {
            node = next;
            best = node.IsEnd ? end - k : best;
        }

        return best;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _building;
        private WordTable<Node>? _next;

        public bool IsEnd { get; private set; }

        public Node? Next(string word) => _next is not null && _next.TryGetValue(word, out var node) ? node : null;

        public void Add(string[] words)
        {
            var node = this;
            foreach (var word in words)
            {
                node._building ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                if (!node._building.TryGetValue(word, out var next))
                {
                    node._building[word] = next = new Node();
                }

                node = next;
            }

            node.IsEnd = true;
        }

        /// <summary>Ends building: the next words move to a table made for look-ups.</summary>
        public void Freeze()
        {
            if (_building is null)
            {
                return;
            }

            foreach (var next in _building.Values)
            {
                next.Freeze();
            }

            _next = new WordTable<Node>(_building, (a, _) => a);
            _building = null;
        }
    }
}
