namespace CopyLint.Lsp.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics, IReadOnlyList<string>? Only);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);

public sealed record Hover(MarkupContent Contents, Range Range);
