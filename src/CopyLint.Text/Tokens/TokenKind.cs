namespace CopyLint.Text;

public enum TokenKind
{
    /// <summary>Letters and digits starting with a letter, with inner apostrophes and hyphens: Kim's, long-term, G20, U.S.</summary>
    Word,

    /// <summary>A figure with its currency, grouping, decimals and suffix: 15,000, 1.5, 5%, $3bn, £1.2m, 10th, 2025-05-07.</summary>
    Number,
    Url,
    Email,

    /// <summary>A social handle: @ABC.</summary>
    Handle,
    Hashtag,

    /// <summary>A quotation mark that is not an apostrophe inside a word.</summary>
    Quote,

    /// <summary>A hyphen, en or em dash standing on its own.</summary>
    Dash,
    Punctuation,

    /// <summary>Anything else: symbols and emoji.</summary>
    Symbol,

    // The trivia kinds come last: the scanner counts content tokens with one compare (kind < Whitespace).
    Whitespace,
    LineBreak,

    /// <summary>An HTML comment such as &lt;!-- copylint-disable CL1001 --&gt;: never copy, read only for suppressions.</summary>
    Comment,
}
