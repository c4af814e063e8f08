namespace CopyLint.Lsp.Protocol;

/// <summary>A 0-based line and a 0-based character offset in UTF-16 code units.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record LspTextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
