using System.Text.Json.Nodes;

namespace CopyLint.Lsp.Tests;

/// <summary>Builders for the protocol messages the tests send.</summary>
internal static class Lsp
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject Open(string uri, string text, string languageId = "markdown", int version = 1) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text } };

    public static JsonObject Change(string uri, int version, JsonObject range, string text) =>
        new()
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = text }),
        };

    public static JsonObject Document(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    public static JsonObject At(string uri, int line, int character) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(line, character) };

    public static JsonObject CodeActions(string uri, JsonObject range) =>
        new()
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = range,
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(new JsonObject { ["range"] = range.DeepClone(), ["message"] = "another server's", ["code"] = 42 }) },
        };

    public static string RangeText(JsonNode? range) =>
        $"{range!["start"]!["line"]}:{range["start"]!["character"]}-{range["end"]!["line"]}:{range["end"]!["character"]}";
}
