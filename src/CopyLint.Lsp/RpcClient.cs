using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CopyLint.Lsp.Protocol;
using StreamJsonRpc;

namespace CopyLint.Lsp;

/// <summary>Sends the server's notifications and requests over the connection; a send on a closed connection is dropped.</summary>
internal sealed class RpcClient(JsonRpc rpc) : ILspClient
{
    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams parameters) =>
        Notify("textDocument/publishDiagnostics", parameters, LspJsonContext.Default.PublishDiagnosticsParams);

    public void ShowMessage(ShowMessageParams parameters) => _ = Notify("window/showMessage", parameters, LspJsonContext.Default.ShowMessageParams);

    public void Log(string message) => _ = Notify("window/logMessage", new ShowMessageParams(4, message), LspJsonContext.Default.ShowMessageParams);

    public void RegisterCapability(RegistrationParams parameters)
    {
        var (arguments, types) = Named(parameters, LspJsonContext.Default.RegistrationParams);
        _ = Send(() => rpc.InvokeWithParameterObjectAsync("client/registerCapability", arguments, types, CancellationToken.None));
    }

    private Task Notify<T>(string method, T parameters, JsonTypeInfo<T> typeInfo)
    {
        var (arguments, types) = Named(parameters, typeInfo);
        return Send(() => rpc.NotifyWithParameterObjectAsync(method, arguments, types));
    }

    /// <summary>
    /// The params object as named arguments whose values are already JSON, so the protocol types are serialized by
    /// the source-generated context (camelCase, nulls left out) rather than by reflection.
    /// </summary>
    private static (Dictionary<string, object?> Arguments, Dictionary<string, Type> Types) Named<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var properties = JsonSerializer.SerializeToElement(value, typeInfo).EnumerateObject().ToList();
        return (properties.ToDictionary(p => p.Name, p => (object?)p.Value), properties.ToDictionary(p => p.Name, _ => typeof(JsonElement)));
    }

    private static async Task Send(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or RemoteInvocationException or RemoteRpcException)
        {
            // The client is gone or refused; nothing to tell it.
        }
    }
}
