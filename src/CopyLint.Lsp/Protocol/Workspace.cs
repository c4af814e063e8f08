namespace CopyLint.Lsp.Protocol;

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

/// <param name="Type">1 created, 2 changed, 3 deleted.</param>
public sealed record FileEvent(string Uri, int Type);

/// <param name="Type">1 error, 2 warning, 3 info, 4 log.</param>
public sealed record ShowMessageParams(int Type, string Message);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern);
