namespace CopyLint.Lsp.Protocol;

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
public sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

public sealed record CodeDescription(string Href);
