using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CopyLint.Lsp.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CopyLint.Lsp;

/// <summary>The `copylint lsp` entry point: serves the Language Server Protocol over the given streams.</summary>
public static class LanguageServer
{
    /// <returns>The process exit code: 0 after shutdown and exit, 1 when the client left without shutdown.</returns>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, LanguageServerOptions.Default, cancellationToken);

    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var handler = new TolerantMessageHandler(output, input, CreateFormatter());
        using var rpc = new JsonRpc(handler)
        {
            // Text sync must be applied in message order; handlers are quick, linting runs elsewhere.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        if (Environment.GetEnvironmentVariable("COPYLINT_LSP_TRACE") is "1")
        {
            rpc.TraceSource = new TraceSource("copylint-lsp", SourceLevels.All);
            rpc.TraceSource.Listeners.Add(new ConsoleTraceListener(useErrorStream: true));
        }

        var client = new RpcClient(rpc);
        var server = new CopyLintServer(client, options, stopping.Token);
        Methods.Register(rpc, server);
        handler.MalformedMessage = e => client.Log($"Ignored a malformed message: {e.Message}");
        rpc.StartListening();

        var ended = await Task.WhenAny(server.Exited, rpc.Completion, Task.Delay(Timeout.Infinite, stopping.Token)).ConfigureAwait(false);
        await stopping.CancelAsync().ConfigureAwait(false);
        return ended == server.Exited ? await server.Exited.ConfigureAwait(false) : 1;
    }

    // Checked: every params and result type is resolved by the source-generated LspJsonContext (the formatter adds
    // its own metadata for the envelope), and no method uses the formatter's reflective extras (IProgress<T>,
    // IAsyncEnumerable<T>, marshalable objects), which are what these attributes warn about.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Source-generated JSON metadata only; see above.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Source-generated JSON metadata only; see above.")]
    private static SystemTextJsonFormatter CreateFormatter() =>
        new() { JsonSerializerOptions = new JsonSerializerOptions(LspJsonContext.Default.Options) };
}
