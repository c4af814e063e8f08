using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CopyLint.Lsp;

/// <summary>
/// LSP framing that skips a message whose content cannot be read (bad JSON, not JSON-RPC) instead of dropping the
/// connection, as StreamJsonRpc would: a client's bug must not end the journalist's session.
/// </summary>
internal sealed class TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    public Action<Exception>? MalformedMessage { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or NotSupportedException or InvalidOperationException or ArgumentException or BadRpcHeaderException && !cancellationToken.IsCancellationRequested)
            {
                MalformedMessage?.Invoke(e);
            }
        }
    }
}
