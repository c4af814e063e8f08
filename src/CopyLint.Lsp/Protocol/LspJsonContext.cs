using System.Text.Json;
using System.Text.Json.Serialization;

namespace CopyLint.Lsp.Protocol;

/// <summary>Source-generated serialization for every protocol type the server reads or writes (no reflection: Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(StreamJsonRpc.Protocol.CommonErrorData))] // the data of an error response for an exception
[JsonSerializable(typeof(StreamJsonRpc.RequestId))] // $/cancelRequest
[JsonSerializable(typeof(object))]
public sealed partial class LspJsonContext : JsonSerializerContext;
