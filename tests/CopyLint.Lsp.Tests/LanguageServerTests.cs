using System.Text.Json.Nodes;

namespace CopyLint.Lsp.Tests;

public sealed class LanguageServerTests
{
    private const string Uri = "file:///tmp/copylint-tests/story.md";

    [Fact]
    public async Task Initialize_announces_incremental_sync_code_actions_and_hover()
    {
        await using var client = new LspTestClient();
        var response = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });

        var capabilities = response["result"]!["capabilities"]!;
        Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.True(capabilities["textDocumentSync"]!["openClose"]!.GetValue<bool>());
        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        Assert.Equal("quickfix", capabilities["codeActionProvider"]!["codeActionKinds"]![0]!.GetValue<string>());
        Assert.Equal("utf-16", capabilities["positionEncoding"]!.GetValue<string>());
        Assert.Equal("copylint", response["result"]!["serverInfo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Open_publishes_the_rule_id_docs_link_severity_and_exact_range()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "Headline\n\nThe minister said the the budget was late.\n"));

        var published = await client.DiagnosticsAsync(Uri);

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal(1, published["version"]!.GetValue<int>());
        Assert.Equal("CL5001", diagnostic["code"]!.GetValue<string>());
        Assert.EndsWith("/CL5001.md", diagnostic["codeDescription"]!["href"]!.GetValue<string>());
        Assert.Equal(2, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal("copylint", diagnostic["source"]!.GetValue<string>());
        Assert.Equal("'the' is repeated", diagnostic["message"]!.GetValue<string>());
        Assert.Equal("2:18-2:25", Lsp.RangeText(diagnostic["range"]));
    }

    [Theory]
    [InlineData("😀 “東京” said the the mayor.", 13)]
    [InlineData("Café owners said the the rent rose.", 17)]
    [InlineData("🇫🇷 ‘Señor’ 👩‍👩‍👧 said the the word.", 27)]
    public async Task Positions_count_utf16_code_units_through_emoji_cjk_and_curly_quotes(string line, int expectedStart)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "Title\n" + line + "\n"));

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray())!;

        Assert.Equal($"1:{expectedStart}-1:{expectedStart + 7}", Lsp.RangeText(diagnostic["range"]));
    }

    [Fact]
    public async Task Incremental_change_after_an_emoji_removes_the_defect()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "😀 “東京” said the the mayor.\n"));
        Assert.Single((await client.DiagnosticsAsync(Uri, 1))["diagnostics"]!.AsArray());

        // Delete "the " at UTF-16 characters 13..17.
        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, Lsp.Range(0, 13, 0, 17), ""));

        Assert.Empty((await client.DiagnosticsAsync(Uri, 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Incremental_change_that_adds_a_defect_is_reported_at_the_new_place()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "First line.\r\nThe “budget” was late.\r\n"));
        Assert.Empty((await client.DiagnosticsAsync(Uri, 1))["diagnostics"]!.AsArray());

        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, Lsp.Range(1, 13, 1, 13), "was "));

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 2))["diagnostics"]!.AsArray())!;
        Assert.Equal("1:13-1:20", Lsp.RangeText(diagnostic["range"]));
    }

    [Fact]
    public async Task Rapid_edits_never_publish_a_stale_result_after_a_newer_one()
    {
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.Zero });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "He said the budget was late.\n"));
        await client.DiagnosticsAsync(Uri, 1);

        // Alternately add and remove a repeated "the"; the last edit (version 42) leaves the defect in.
        for (var version = 2; version <= 42; version++)
        {
            var add = version % 2 == 0;
            await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, version, add ? Lsp.Range(0, 8, 0, 8) : Lsp.Range(0, 8, 0, 12), add ? "the " : ""));
        }

        var last = await client.DiagnosticsAsync(Uri, 42);
        Assert.Single(last["diagnostics"]!.AsArray());
        var versions = client.Seen
            .Where(n => n["method"]!.GetValue<string>() == "textDocument/publishDiagnostics")
            .Select(n => n["params"]!["version"]!.GetValue<int>())
            .ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(42, versions[^1]);
    }

    [Fact]
    public async Task A_burst_of_typing_is_linted_once_after_it_pauses()
    {
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.FromSeconds(1) });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said\n"));
        await client.DiagnosticsAsync(Uri, 1);

        var typed = " the the budget";
        for (var i = 0; i < typed.Length; i++)
        {
            await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, i + 2, Lsp.Range(0, 9 + i, 0, 9 + i), typed[i].ToString()));
        }

        Assert.Single((await client.DiagnosticsAsync(Uri, typed.Length + 1))["diagnostics"]!.AsArray());
        var versions = client.Seen.Where(n => n["method"]!.GetValue<string>() == "textDocument/publishDiagnostics").Select(n => n["params"]!["version"]!.GetValue<int>());
        Assert.Equal([1, typed.Length + 1], versions);
    }

    [Fact]
    public async Task Saving_publishes_without_waiting_for_the_debounce()
    {
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.FromMinutes(5) });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the budget was late.\n"));
        await client.DiagnosticsAsync(Uri, 1);
        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, Lsp.Range(0, 10, 0, 10), "the "));

        await client.NotifyAsync("textDocument/didSave", Lsp.Document(Uri));

        Assert.Single((await client.DiagnosticsAsync(Uri, 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Code_actions_offer_the_fix_then_line_and_file_suppressions()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "Title\n\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);

        var response = await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Uri, Lsp.Range(2, 15, 2, 15)));

        var actions = response["result"]!.AsArray();
        Assert.Equal(["Delete the second 'the'", "Disable CL5001 for this line", "Disable CL5001 for this file"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("quickfix", a!["kind"]!.GetValue<string>()));
        Assert.True(actions[0]!["isPreferred"]!.GetValue<bool>());
        Assert.Equal("CL5001", actions[0]!["diagnostics"]![0]!["code"]!.GetValue<string>());
        var fix = actions[0]!["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal("2:13-2:17", Lsp.RangeText(fix["range"]));
        Assert.Equal("", fix["newText"]!.GetValue<string>());
        var line = actions[1]!["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal("2:0-2:0", Lsp.RangeText(line["range"]));
        Assert.Equal("<!-- copylint-disable-next-line CL5001 -->\n", line["newText"]!.GetValue<string>());
        var file = actions[2]!["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal("0:0-0:0", Lsp.RangeText(file["range"]));
        Assert.Equal("<!-- copylint-disable CL5001 -->\n", file["newText"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Applying_a_suppression_action_silences_the_diagnostic(int action)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "Title\n\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);
        var actions = (await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Uri, Lsp.Range(2, 15, 2, 15))))["result"]!.AsArray();

        var edit = actions[action]!["edit"]!["changes"]![Uri]![0]!;
        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, edit["range"]!.DeepClone().AsObject(), edit["newText"]!.GetValue<string>()));

        Assert.Empty((await client.DiagnosticsAsync(Uri, 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Disable_for_line_adds_the_id_to_a_directive_already_above()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "<!-- copylint-disable-next-line CL1001 -->\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);

        var actions = (await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Uri, Lsp.Range(1, 0, 1, 40))))["result"]!.AsArray();
        var edit = actions.Single(a => a!["title"]!.GetValue<string>() == "Disable CL5001 for this line")!["edit"]!["changes"]![Uri]![0]!;

        Assert.Equal("0:38-0:38", Lsp.RangeText(edit["range"]));
        Assert.Equal(" CL5001", edit["newText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Disable_for_file_adds_the_id_to_a_file_directive_but_not_to_a_next_line_one()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "<!-- copylint-disable CL1001 -->\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri + "2", "<!-- copylint-disable-next-line CL1001 -->\nIntro.\n\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri + "2");

        var extended = await FileAction(client, Uri, line: 1);
        var added = await FileAction(client, Uri + "2", line: 3);

        Assert.Equal(("0:28-0:28", " CL5001"), (Lsp.RangeText(extended["range"]), extended["newText"]!.GetValue<string>()));
        Assert.Equal(("0:0-0:0", "<!-- copylint-disable CL5001 -->\n"), (Lsp.RangeText(added["range"]), added["newText"]!.GetValue<string>()));

        static async Task<JsonNode> FileAction(LspTestClient client, string uri, int line)
        {
            var actions = (await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(uri, Lsp.Range(line, 12, line, 12))))["result"]!.AsArray();
            return actions.Single(a => a!["title"]!.GetValue<string>() == "Disable CL5001 for this file")!["edit"]!["changes"]![uri]![0]!;
        }
    }

    [Fact]
    public async Task File_types_without_comments_get_only_the_fix()
    {
        const string Json = "file:///tmp/copylint-tests/story.json";
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Json, "\"They said the the budget was late.\"", languageId: "json"));
        await client.DiagnosticsAsync(Json);

        var actions = (await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Json, Lsp.Range(0, 0, 0, 30))))["result"]!.AsArray();

        Assert.Equal(["Delete the second 'the'"], actions.Select(a => a!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Code_actions_of_other_kinds_only_are_not_answered_with_quick_fixes()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);
        var request = Lsp.CodeActions(Uri, Lsp.Range(0, 12, 0, 12));
        request["context"]!["only"] = new JsonArray("refactor");

        var response = await client.RequestAsync("textDocument/codeAction", request);

        Assert.Empty(response["result"]!.AsArray());
    }

    [Fact]
    public async Task Code_actions_away_from_diagnostics_are_empty()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "Title\n\nThey said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);

        var response = await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Uri, Lsp.Range(0, 0, 0, 3)));

        Assert.Empty(response["result"]!.AsArray());
    }

    [Fact]
    public async Task Hover_over_a_diagnostic_explains_the_rule()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);

        var hover = (await client.RequestAsync("textDocument/hover", Lsp.At(Uri, 0, 15)))["result"]!;
        var nothing = await client.RequestAsync("textDocument/hover", Lsp.At(Uri, 0, 2));

        Assert.Equal("markdown", hover["contents"]!["kind"]!.GetValue<string>());
        var text = hover["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("CL5001 Repeated word", text);
        Assert.Contains("The same word appears twice in a row.", text);
        Assert.DoesNotContain("usually a slip left by editing", text);
        Assert.Contains("/CL5001.md", text);
        Assert.Equal("0:10-0:17", Lsp.RangeText(hover["range"]));
        Assert.Null(nothing["result"]);
        Assert.Null(nothing["error"]);
    }

    [Fact]
    public async Task Hover_and_code_actions_see_the_latest_text_before_its_lint_is_published()
    {
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.FromMinutes(5) });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);
        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, Lsp.Range(0, 10, 0, 10), "the "));

        var actions = (await client.RequestAsync("textDocument/codeAction", Lsp.CodeActions(Uri, Lsp.Range(0, 12, 0, 12))))["result"]!.AsArray();

        Assert.Equal("Delete the second 'the'", actions[0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Close_clears_the_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        Assert.Single((await client.DiagnosticsAsync(Uri))["diagnostics"]!.AsArray());

        await client.NotifyAsync("textDocument/didClose", Lsp.Document(Uri));

        var cleared = await client.DiagnosticsAsync(Uri);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
        Assert.Null(cleared["version"]);
    }

    [Fact]
    public async Task Watched_configuration_change_republishes_open_documents()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri);

        var change = new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = "file:///tmp/copylint-tests/copylint.yaml", ["type"] = 2 }) };
        await client.NotifyAsync("workspace/didChangeWatchedFiles", change);

        Assert.Single((await client.DiagnosticsAsync(Uri, 1))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Clients_that_can_register_watchers_are_asked_to_watch_the_configuration()
    {
        var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } };
        await using var client = await LspTestClient.StartAsync(capabilities);
        await client.RequestAsync("shutdown", null);

        var registration = Assert.Single(client.ServerRequests)["params"]!["registrations"]![0]!;
        Assert.Equal("workspace/didChangeWatchedFiles", registration["method"]!.GetValue<string>());
        Assert.Contains("**/copylint.yaml", registration["registerOptions"]!["watchers"]!.AsArray().Select(w => w!["globPattern"]!.GetValue<string>()));
    }
}
