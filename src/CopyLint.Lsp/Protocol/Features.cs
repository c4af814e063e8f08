namespace CopyLint.Lsp.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

/// <summary>
/// The request's context. Its diagnostics are not read: they may come from other servers in shapes of their own
/// (a numeric code), and the server's own lint of the current text is the truth.
/// </summary>
public sealed record CodeActionContext(IReadOnlyList<string>? Only);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);

public sealed record Hover(MarkupContent Contents, Range Range);
