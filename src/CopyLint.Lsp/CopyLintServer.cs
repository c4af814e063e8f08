using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Lsp.Protocol;

namespace CopyLint.Lsp;

/// <summary>
/// The language server's behaviour, independent of the transport: document sync, debounced and cancellable
/// re-lint, published diagnostics that are never older than the text, code actions, hover and configuration reload.
/// Handlers are called one at a time in message order; linting runs on the thread pool.
/// </summary>
internal sealed class CopyLintServer(ILspClient client, LanguageServerOptions options, CancellationToken stopping)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly Dictionary<string, TrackedDocument> _documents = new(StringComparer.Ordinal);
    private readonly LintConfiguration _configuration = new(options.ConfigurationResolver);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _watchFilesDynamically;
    private State _state = State.Created;

    private enum State
    {
        Created,
        Initialized,
        ShutDown,
    }

    /// <summary>Completes with the exit code when the client sends exit: 0 after shutdown, 1 otherwise.</summary>
    public Task<int> Exited => _exit.Task;

    public InitializeResult Initialize(InitializeParams? parameters)
    {
        lock (_gate)
        {
            if (_state != State.Created)
            {
                throw LspErrors.InvalidRequest("initialize may be sent only once.");
            }

            _state = State.Initialized;
            _watchFilesDynamically = parameters?.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        }

        if (parameters?.ProcessId is int processId)
        {
            ClientProcessWatch.Start(processId, () => _exit.TrySetResult(1), options.ClientProcessPollInterval, stopping);
        }

        var sync = new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(IncludeText: false));
        var capabilities = new ServerCapabilities("utf-16", sync, new CodeActionOptions([CodeActions.QuickFix]), HoverProvider: true);
        return new InitializeResult(capabilities, new ServerInfo("copylint", (System.Reflection.Assembly.GetEntryAssembly() ?? typeof(CopyLintServer).Assembly).GetName().Version?.ToString(3) ?? "0"));
    }

    public void Initialized()
    {
        if (_watchFilesDynamically)
        {
            var watchers = new[] { "**/copylint.yaml", "**/copylint.yml", "**/.copylint.yaml", "**/.copylint.yml" }.Select(g => new Protocol.FileSystemWatcher(g)).ToList();
            var registration = new Registration("copylint-configuration", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers));
            client.RegisterCapability(new RegistrationParams([registration]));
        }
    }

    public void Shutdown()
    {
        lock (_gate)
        {
            RequireInitialized();
            _state = State.ShutDown;
            foreach (var tracked in _documents.Values)
            {
                tracked.Pending?.Cancel();
            }
        }
    }

    public void Exit()
    {
        lock (_gate)
        {
            _exit.TrySetResult(_state == State.ShutDown ? 0 : 1);
        }
    }

    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!Accepts() || parameters?.TextDocument is not { Uri: not null, Text: not null } item)
        {
            return;
        }

        var document = OpenDocument.Create(item with { LanguageId = item.LanguageId ?? "plaintext" });
        var (plan, error) = _configuration.Resolve(document.Source.Path, lastGood: null);
        Report(error);
        lock (_gate)
        {
            var tracked = new TrackedDocument(document, plan);
            if (_documents.Remove(item.Uri, out var previous))
            {
                previous.IsOpen = false;
                previous.Pending?.Cancel();
            }

            _documents[item.Uri] = tracked;
            ScheduleLint(tracked, TimeSpan.Zero);
        }
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!Accepts() || parameters?.TextDocument?.Uri is not { } uri || parameters.ContentChanges is not { } changes)
        {
            return;
        }

        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var tracked))
            {
                client.Log($"didChange for a document that is not open: {uri}");
                return;
            }

            tracked.Document = tracked.Document.Apply(changes, parameters.TextDocument.Version);
            ScheduleLint(tracked, options.Debounce);
        }
    }

    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (!Accepts() || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        if (LintConfiguration.IsConfigurationFile(DocumentUri.ToPath(uri)))
        {
            ReloadConfiguration();
            return;
        }

        // Saving is a pause in typing: publish now rather than after the debounce.
        lock (_gate)
        {
            if (_documents.TryGetValue(uri, out var tracked) && tracked.CurrentResult is null)
            {
                ScheduleLint(tracked, TimeSpan.Zero);
            }
        }
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!Accepts() || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        lock (_gate)
        {
            if (!_documents.Remove(uri, out var tracked))
            {
                return;
            }

            tracked.IsOpen = false;
            tracked.Pending?.Cancel();
        }

        _ = PublishAsync(new PublishDiagnosticsParams(uri, null, []));
    }

    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (Accepts() && parameters?.Changes is { Count: > 0 })
        {
            ReloadConfiguration();
        }
    }

    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        RequireInitialized();
        if (parameters?.TextDocument?.Uri is not { } uri || parameters.Range is null)
        {
            throw LspErrors.InvalidParams("codeAction needs textDocument and range.");
        }

        var wanted = parameters.Context?.Only is not { } only || only.Any(kind => CodeActions.QuickFix.StartsWith(kind, StringComparison.Ordinal));
        return wanted && ResultFor(uri) is { } found ? CodeActions.For(found.Document, found.Result, parameters.Range) : [];
    }

    public Hover? Hover(TextDocumentPositionParams parameters)
    {
        RequireInitialized();
        if (parameters?.TextDocument?.Uri is not { } uri || parameters.Position is null)
        {
            throw LspErrors.InvalidParams("hover needs textDocument and position.");
        }

        return ResultFor(uri) is { } found ? HoverProvider.For(found.Document, found.Result, parameters.Position) : null;
    }

    /// <summary>The lint result for the document's current text, linting now if the latest one is out of date; null if it is not open.</summary>
    private (OpenDocument Document, LintResult Result)? ResultFor(string uri)
    {
        TrackedDocument? tracked;
        OpenDocument document;
        FileLintPlan plan;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out tracked))
            {
                return null;
            }

            if (tracked.CurrentResult is { } current)
            {
                return (tracked.Document, current);
            }

            (document, plan) = (tracked.Document, tracked.Plan);
        }

        var result = document.Lint(plan);
        lock (_gate)
        {
            if (ReferenceEquals(tracked.Document, document) && ReferenceEquals(tracked.Plan, plan))
            {
                tracked.Latest = (document, plan, result);
            }
        }

        return (document, result);
    }

    private void ReloadConfiguration()
    {
        _configuration.Reload();
        var errors = new List<string>();
        lock (_gate)
        {
            foreach (var tracked in _documents.Values)
            {
                var (plan, error) = _configuration.Resolve(tracked.Document.Source.Path, tracked.Plan);
                if (error is not null)
                {
                    errors.Add(error.Message);
                    continue;
                }

                tracked.Plan = plan;
                ScheduleLint(tracked, TimeSpan.Zero);
            }
        }

        foreach (var message in errors.Distinct())
        {
            client.ShowMessage(new ShowMessageParams(1, ConfigurationErrorMessage(message)));
        }
    }

    private void Report(ConfigurationException? error)
    {
        if (error is not null)
        {
            client.ShowMessage(new ShowMessageParams(1, ConfigurationErrorMessage(error.Message)));
        }
    }

    private static string ConfigurationErrorMessage(string message) => $"CopyLint: the configuration is broken, the last good one stays in force. {message}";

    /// <summary>Cancels the document's pending lint and starts a new one after the delay. Call under the lock.</summary>
    private void ScheduleLint(TrackedDocument tracked, TimeSpan delay)
    {
        tracked.Pending?.Cancel();
        var cancellation = new CancellationTokenSource();
        tracked.Pending = cancellation;
        var (document, plan) = (tracked.Document, tracked.Plan);
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, cancellation.Token).ConfigureAwait(false);
                }

                var result = document.Lint(plan, cancellation.Token);
                await PublishIfCurrentAsync(tracked, document, plan, result, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A newer edit, a close or shutdown superseded this lint.
            }
            catch (Exception e)
            {
                client.Log($"Linting {document.Uri} failed: {e}");
            }
        });
    }

    /// <summary>Publishes a result only if its text and plan are still the document's, so a stale result never replaces a newer one.</summary>
    private async Task PublishIfCurrentAsync(TrackedDocument tracked, OpenDocument document, FileLintPlan plan, LintResult result, CancellationToken cancellationToken)
    {
        await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                if (cancellationToken.IsCancellationRequested || !tracked.IsOpen || !ReferenceEquals(tracked.Document, document) || !ReferenceEquals(tracked.Plan, plan))
                {
                    return;
                }

                tracked.Latest = (document, plan, result);
            }

            var diagnostics = result.Diagnostics.Select(d => d.ToLsp(document.Source)).ToList();
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics)).ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async Task PublishAsync(PublishDiagnosticsParams parameters)
    {
        await _publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            await client.PublishDiagnosticsAsync(parameters).ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>Notifications before initialize or after shutdown are dropped, as the protocol says.</summary>
    private bool Accepts()
    {
        lock (_gate)
        {
            return _state == State.Initialized;
        }
    }

    private void RequireInitialized()
    {
        lock (_gate)
        {
            switch (_state)
            {
                case State.Created:
                    throw LspErrors.ServerNotInitialized();
                case State.ShutDown:
                    throw LspErrors.InvalidRequest("The server is shutting down.");
            }
        }
    }
}
