using StreamJsonRpc;

namespace CopyLint.Lsp;

/// <summary>
/// The LSP methods, registered one by one as delegates rather than by reflection over a target object. Every
/// method takes the whole params object as its single argument.
/// </summary>
internal static class Methods
{
    public static void Register(JsonRpc rpc, CopyLintServer server)
    {
        Add(rpc, "initialize", server.Initialize);
        Add(rpc, "initialized", server.Initialized);
        Add(rpc, "shutdown", server.Shutdown);
        Add(rpc, "exit", server.Exit);
        Add(rpc, "textDocument/didOpen", server.DidOpen);
        Add(rpc, "textDocument/didChange", server.DidChange);
        Add(rpc, "textDocument/didSave", server.DidSave);
        Add(rpc, "textDocument/didClose", server.DidClose);
        Add(rpc, "workspace/didChangeWatchedFiles", server.DidChangeWatchedFiles);
        Add(rpc, "textDocument/codeAction", server.CodeAction);
        Add(rpc, "textDocument/hover", server.Hover);
    }

    private static void Add(JsonRpc rpc, string name, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(name) { UseSingleObjectParameterDeserialization = true });
}
