using System.Runtime.InteropServices;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>
/// Finds multi-word phrases from a word list in a run of content tokens, case-insensitively, longest first. Two
/// word tries (forwards and backwards) make a match cost one look-up per word matched; each is built on its first
/// use, since a list is usually matched in one direction only and start-up pays for every trie built. Forwards, a
/// phrase word "..." stands for one to <see cref="MaxGapWords"/> words of any kind ("put the number ... at" matches
/// "put the number of marchers at").
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>The word of a phrase that stands for a gap of words.</summary>
    public const string Gap = "...";

    /// <summary>The most words a gap stands for.</summary>
    public const int MaxGapWords = 5;

    private readonly Lazy<Node> _forwards;
    private readonly Lazy<Node> _backwards;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        string[] list = [.. phrases];
        _forwards = new(() => Node.Build(Words(list, reverse: false)));
        _backwards = new(() => Node.Build(Words(list, reverse: true)));
    }

    /// <summary>The number of tokens of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int Match(ReadOnlySpan<Token> tokens, int start) =>
        start < tokens.Length && tokens[start].Kind == TokenKind.Word ? MatchAfter(Start(tokens[start].Text), tokens, start) : 0;

    /// <summary>Where the phrases starting with <paramref name="word"/> go on from, or null when none does.</summary>
    public Node? Start(string word) => _forwards.Value.Next(word);

    /// <summary>
    /// <see cref="Match"/> for a word token at <paramref name="start"/> whose <see cref="Start"/> is already known
    /// (<paramref name="first"/>), so its look-up is not made twice.
    /// </summary>
    public int MatchAfter(Node? first, ReadOnlySpan<Token> tokens, int start)
    {
        return first is null ? 0 : Math.Max(0, LongestEnd(first, tokens, start + 1) - start);
    }

    /// <summary>
    /// Where the longest phrase through <paramref name="node"/> ends (exclusive), the node having matched the tokens
    /// before <paramref name="k"/>, or -1 when none does. Only a gap branches; a plain phrase is one walk.
    /// </summary>
    private static int LongestEnd(Node node, ReadOnlySpan<Token> tokens, int k)
    {
        var best = -1;
        while (true)
        {
            best = node.IsEnd ? k : best;
            if (node.GapNode is { } gap)
            {
                for (var skip = 1; skip <= MaxGapWords && k + skip <= tokens.Length && tokens[k + skip - 1].Kind is TokenKind.Word or TokenKind.Number; skip++)
                {
                    best = Math.Max(best, LongestEnd(gap, tokens, k + skip));
                }
            }

            // A phrase may hold a comma ("the figure , from"): punctuation matches only its own character.
            if (k >= tokens.Length || tokens[k].Kind is not (TokenKind.Word or TokenKind.Punctuation) || node.Next(tokens[k].Text) is not { } next)
            {
                return best;
            }

            node = next;
            k++;
        }
    }

    /// <summary>The number of tokens of the longest phrase ending just before <paramref name="end"/>, or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<Token> tokens, int end)
    {
        var node = _backwards.Value;
        var best = 0;
        for (var k = end - 1; k >= 0 && tokens[k].Kind == TokenKind.Word && node.Next(tokens[k].Text) is { } next; k--)
        {
            node = next;
            best = node.IsEnd ? end - k : best;
        }

        return best;
    }

    private static string[][] Words(string[] phrases, bool reverse)
    {
        var words = new List<string[]>(phrases.Length);
        foreach (var phrase in phrases)
        {
            var split = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (split.Length > 0)
            {
                if (reverse)
                {
                    Array.Reverse(split);
                }

                words.Add(split);
            }
        }

        return [.. words];
    }

    /// <summary>A word of a phrase, with the words that may follow it.</summary>
    internal sealed class Node
    {
        // Past this many next words a node looks them up in a word table; below it, one by one (a length check each).
        private const int TableFrom = 8;

        private readonly string[] _words;
        private readonly Node[] _nodes;
        private readonly WordTable<Node>? _table;

        private Node(bool isEnd, ReadOnlySpan<KeyValuePair<string, Node>> next, Node? gap)
        {
            IsEnd = isEnd;
            GapNode = gap;
            if (next.Length >= TableFrom)
            {
                (_words, _nodes, _table) = ([], [], new WordTable<Node>(next.ToArray(), (a, _) => a));
                return;
            }

            (_words, _nodes) = next.IsEmpty ? ([], []) : (new string[next.Length], new Node[next.Length]);
            for (var k = 0; k < next.Length; k++)
            {
                (_words[k], _nodes[k]) = (next[k].Key, next[k].Value);
            }
        }

        public bool IsEnd { get; }

        /// <summary>Where the phrases with a gap (<see cref="Gap"/>) at this point go on from after it, or null.</summary>
        public Node? GapNode { get; }

        public Node? Next(string word)
        {
            if (_table is not null)
            {
                return _table.TryGetValue(word, out var node) ? node : null;
            }

            for (var i = 0; i < _words.Length; i++)
            {
                if (string.Equals(word, _words[i], StringComparison.OrdinalIgnoreCase))
                {
                    return _nodes[i];
                }
            }

            return null;
        }

        /// <summary>The trie of the phrases (each a list of words): sorted, the phrases under one node are a run.</summary>
        public static Node Build(string[][] phrases)
        {
            Array.Sort(phrases, Compare);
            return Build(phrases, 0, []);
        }

        /// <param name="phrases">Sorted phrases sharing their first <paramref name="depth"/> words.</param>
        /// <param name="next">
        /// The next words of the nodes being built, each node's above its parent's: one list for the whole trie, not a
        /// growing list a node (most nodes are one word of one phrase).
        /// </param>
        private static Node Build(ReadOnlySpan<string[]> phrases, int depth, List<KeyValuePair<string, Node>> next)
        {
            var i = 0;
            while (i < phrases.Length && phrases[i].Length == depth)
            {
                i++;
            }

            var isEnd = i > 0;
            var from = next.Count;
            Node? gap = null;
            while (i < phrases.Length)
            {
                var word = phrases[i][depth];
                var j = i + 1;
                while (j < phrases.Length && string.Equals(phrases[j][depth], word, StringComparison.OrdinalIgnoreCase))
                {
                    j++;
                }

                if (word == Gap)
                {
                    gap = Build(phrases[i..j], depth + 1, next);
                }
                else
                {
                    next.Add(KeyValuePair.Create(word, Build(phrases[i..j], depth + 1, next)));
                }

                i = j;
            }

            var node = new Node(isEnd, CollectionsMarshal.AsSpan(next)[from..], gap);
            next.RemoveRange(from, next.Count - from);
            return node;
        }

        /// <summary>Word by word, ignoring case; a phrase before the longer phrases it starts.</summary>
        private static int Compare(string[] a, string[] b)
        {
            for (var k = 0; k < a.Length && k < b.Length; k++)
            {
                var c = string.Compare(a[k], b[k], StringComparison.OrdinalIgnoreCase);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
