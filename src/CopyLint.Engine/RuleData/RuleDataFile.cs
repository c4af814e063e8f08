namespace CopyLint.Engine;

/// <summary>One rule data file. <see cref="Name"/> is logical ("lists/acronyms.txt"); <see cref="DisplayPath"/> is what errors name.</summary>
/// <param name="BuiltIn">
/// Shipped in the binary: a pack's patterns were checked by the tests (BuiltInPackScreenTests loads the file from
/// rules/ as a user's pack), so loading it does not parse each of them again to name a bad one.
/// </param>
public sealed record RuleDataFile(string Name, string Content, string DisplayPath, bool BuiltIn = false)
{
    private readonly Func<string>? _read;
    private readonly string _content = Content;

    /// <summary>
    /// A file whose text is read each time it is asked for (once: a list is parsed once, a pack loaded once): the
    /// built-in data, whose ~130 KB of text, kept, all survived start-up's one collection, to be copied there.
    /// </summary>
    public RuleDataFile(string name, Func<string> read, string displayPath, bool builtIn)
        : this(name, string.Empty, displayPath, builtIn) => _read = read;

    public string Content
    {
        get => _read is null ? _content : _read();
        init => (_content, _read) = (value, null);
    }
}
