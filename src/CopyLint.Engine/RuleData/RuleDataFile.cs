using System.Text;

namespace CopyLint.Engine;

/// <summary>One rule data file. <see cref="Name"/> is logical ("lists/acronyms.txt"); <see cref="DisplayPath"/> is what errors name.</summary>
/// <param name="BuiltIn">
/// Shipped in the binary: a pack's patterns were checked by the tests (BuiltInPackScreenTests loads the file from
/// rules/ as a user's pack), so loading it does not parse each of them again to name a bad one.
/// </param>
public sealed record RuleDataFile(string Name, string Content, string DisplayPath, bool BuiltIn = false)
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly bool _inUtf8;
    private readonly string _content = Content;

    /// <summary>
    /// A file read in place from its UTF-8 bytes (the built-in data's bundle, without a byte order mark): a list is
    /// parsed line by line from them and a pack read through a stream, so no whole-file string is made at start-up.
    /// </summary>
    public RuleDataFile(string name, ReadOnlyMemory<byte> utf8, string displayPath, bool builtIn)
        : this(name, string.Empty, displayPath, builtIn) => (_utf8, _inUtf8) = (utf8, true);

    public string Content
    {
        get => _inUtf8 ? Encoding.UTF8.GetString(_utf8.Span) : _content;
        init => (_content, _inUtf8, _utf8) = (value, false, default);
    }

    /// <summary>
    /// For a built-in pack, what <see cref="Packs.CompiledPack.Compile"/> wrote for it at build time; read in place of
    /// the YAML. Null for any other file: a user's pack is always read from its YAML.
    /// </summary>
    public ReadOnlyMemory<byte>? CompiledPack { get; init; }

    /// <summary>The file's UTF-8 bytes when it is read in place (see the constructor taking them).</summary>
    public bool TryGetUtf8(out ReadOnlyMemory<byte> utf8)
    {
        utf8 = _utf8;
        return _inUtf8;
    }

    /// <summary>The file's text as a reader: over its bytes when it is read in place, else over <see cref="Content"/>.</summary>
    public TextReader OpenText() => _inUtf8
        ? new StreamReader(new ReadOnlyMemoryStream(_utf8), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false)
        : new StringReader(_content);
}
