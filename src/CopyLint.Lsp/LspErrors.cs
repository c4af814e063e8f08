using StreamJsonRpc;

namespace CopyLint.Lsp;

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
internal static class LspErrors
{
    public static LocalRpcException ServerNotInitialized() => new("The server has not been initialized.") { ErrorCode = -32002 };

    public static LocalRpcException InvalidRequest(string message) => new(message) { ErrorCode = -32600 };

    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = -32602 };
}
