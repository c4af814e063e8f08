namespace CopyLint.Lsp.Protocol;

public sealed record InitializeParams(int? ProcessId, ClientCapabilities? Capabilities);

public sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);

public sealed record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider);

/// <param name="Change">1 = full text, 2 = incremental.</param>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
