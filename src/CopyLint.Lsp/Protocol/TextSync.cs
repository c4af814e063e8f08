namespace CopyLint.Lsp.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>An incremental change (with <see cref="Range"/>) or the whole new text (without).</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
