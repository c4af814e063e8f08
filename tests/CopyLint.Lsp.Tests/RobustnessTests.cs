using System.Text.Json.Nodes;

namespace CopyLint.Lsp.Tests;

public sealed class RobustnessTests
{
    private const string Uri = "file:///tmp/copylint-tests/story.md";

    [Theory]
    [InlineData("{this is not json")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task A_malformed_message_is_skipped_and_the_server_keeps_serving(string content)
    {
        await using var client = await LspTestClient.StartAsync();

        await client.SendRawAsync(content);
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));

        Assert.Single((await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray());
        Assert.False(client.Server.IsCompleted);
    }

    [Fact]
    public async Task A_message_without_content_length_is_skipped()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.SendRawHeaderAsync("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n");
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));

        Assert.Single((await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_get_an_error_response()
    {
        await using var client = await LspTestClient.StartAsync();

        var response = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = 42 });

        Assert.NotNull(response["error"]);
        Assert.Null(response["result"]);
    }

    [Fact]
    public async Task An_unknown_request_gets_method_not_found_and_an_unknown_notification_is_ignored()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("$/somethingNew", new JsonObject());
        var response = await client.RequestAsync("textDocument/somethingNew", new JsonObject());

        Assert.Equal(-32601, response["error"]!["code"]!.GetValue<int>());
        Assert.False(client.Server.IsCompleted);
    }

    [Fact]
    public async Task Requests_for_a_document_never_opened_get_empty_answers()
    {
        const string Never = "file:///tmp/copylint-tests/never-opened.md";
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Never, 2, Lsp.Range(0, 0, 0, 0), "x"));
        await client.NotifyAsync("textDocument/didClose", Lsp.Document(Never));
        var actions = await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Never, Lsp.Range(0, 0, 0, 1)));
        var hover = await client.RequestAsync("textDocument/hover", Lsp.At(Never, 0, 0));

        Assert.Empty(actions["result"]!.AsArray());
        Assert.Null(hover["result"]);
        Assert.Null(hover["error"]);
        Assert.False(client.Server.IsCompleted);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using var client = new LspTestClient();

        var response = await client.RequestAsync("textDocument/hover", Lsp.At(Uri, 0, 0));

        Assert.Equal(-32002, response["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_code_zero()
    {
        await using var client = await LspTestClient.StartAsync();

        var shutdown = await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", null);

        Assert.Null(shutdown["error"]);
        Assert.Equal(0, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_one()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("exit", null);

        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Requests_after_shutdown_are_refused()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.RequestAsync("shutdown", null);

        var response = await client.RequestAsync("textDocument/hover", Lsp.At(Uri, 0, 0));

        Assert.Equal(-32600, response["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_server_ends_when_the_client_process_dies_without_closing_the_connection()
    {
        using var gone = System.Diagnostics.Process.Start("true")!;
        await gone.WaitForExitAsync();
        await using var client = new LspTestClient(new LanguageServerOptions { ClientProcessPollInterval = TimeSpan.FromMilliseconds(20) });

        await client.RequestAsync("initialize", new JsonObject { ["processId"] = gone.Id, ["capabilities"] = new JsonObject() });

        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_server_ends_when_the_client_goes_away()
    {
        await using var client = await LspTestClient.StartAsync();

        client.Disconnect();

        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
