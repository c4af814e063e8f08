using System.Text.Json.Nodes;
using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Rules;

namespace CopyLint.Lsp.Tests;

public sealed class ConfigurationReloadTests
{
    private const string Uri = "file:///tmp/copylint-tests/story.md";

    private static readonly JsonObject ConfigurationChanged = new()
    {
        ["changes"] = new JsonArray(new JsonObject { ["uri"] = "file:///tmp/copylint-tests/copylint.yaml", ["type"] = 2 }),
    };

    /// <summary>Stands in for copylint.yaml on disk: a CL5001 severity, or a broken file.</summary>
    private sealed class FakeConfiguration
    {
        private readonly Linter _linter = new(BuiltInRules.CreateDefaultRuleSet(), EmbeddedRuleData.Load());

        public Severity? Severity { get; set; } = Engine.Severity.Error;

        public bool Broken { get; set; }

        public Func<string, FileLintPlan> CreateResolver()
        {
            // Like a resolver reading the file once: what is on "disk" now is what it serves until the next reload.
            var (broken, severity) = (Broken, Severity);
            return path => broken
                ? throw new ConfigurationException("/tmp/copylint-tests/copylint.yaml", 3, 7, "unknown rule 'CL9999'")
                : new FileLintPlan(_linter, new LintSettings { RuleSeverities = new Dictionary<string, Severity?> { ["CL5001"] = severity } }, true, "/tmp/copylint-tests/copylint.yaml");
        }
    }

    [Fact]
    public async Task A_broken_configuration_is_shown_and_the_last_good_one_stays_in_force_until_it_is_fixed()
    {
        var configuration = new FakeConfiguration();
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.Zero, ConfigurationResolver = configuration.CreateResolver });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        Assert.Equal(1, Severity(await client.DiagnosticsAsync(Uri, 1)));

        configuration.Broken = true;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", ConfigurationChanged);
        var message = await client.NextAsync("window/showMessage");
        await client.NotifyAsync("textDocument/didChange", Lsp.Change(Uri, 2, Lsp.Range(0, 0, 0, 0), "So "));

        Assert.Equal(1, message["type"]!.GetValue<int>());
        Assert.Contains("copylint.yaml:3:7: unknown rule 'CL9999'", message["message"]!.GetValue<string>());
        Assert.Equal(1, Severity(await client.DiagnosticsAsync(Uri, 2)));

        (configuration.Broken, configuration.Severity) = (false, Engine.Severity.Info);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", ConfigurationChanged);

        Assert.Equal(3, Severity(await client.NextAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == 2 && Severity(p) == 3)));
    }

    [Fact]
    public async Task The_copylint_yaml_found_from_the_document_folder_is_applied_and_reloaded()
    {
        var folder = Directory.CreateTempSubdirectory("copylint-lsp-");
        try
        {
            var config = Path.Combine(folder.FullName, "copylint.yaml");
            var story = Path.Combine(folder.FullName, "desk", "story.md");
            Directory.CreateDirectory(Path.GetDirectoryName(story)!);
            var uri = new Uri(story).AbsoluteUri;
            var changed = new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(config).AbsoluteUri, ["type"] = 2 }) };
            File.WriteAllText(config, "severity:\n  CL5001: error\n");
            await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.Zero });

            await client.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, "They said the the budget was late.\n"));
            Assert.Equal(1, Severity(await client.DiagnosticsAsync(uri, 1)));

            File.WriteAllText(config, "severity: [\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", changed);
            var message = await client.NextAsync("window/showMessage");
            Assert.Contains(config, message["message"]!.GetValue<string>());
            await client.NotifyAsync("textDocument/didChange", Lsp.Change(uri, 2, Lsp.Range(0, 0, 0, 0), "So "));
            Assert.Equal(1, Severity(await client.DiagnosticsAsync(uri, 2)));

            File.WriteAllText(config, "severity:\n  CL5001: info\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", changed);
            Assert.Equal(3, Severity(await client.NextAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && Severity(p) == 3)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Saving_the_configuration_in_the_editor_reloads_it()
    {
        var configuration = new FakeConfiguration();
        await using var client = await LspTestClient.StartAsync(options: new LanguageServerOptions { Debounce = TimeSpan.Zero, ConfigurationResolver = configuration.CreateResolver });
        await client.NotifyAsync("textDocument/didOpen", Lsp.Open(Uri, "They said the the budget was late.\n"));
        await client.DiagnosticsAsync(Uri, 1);

        configuration.Severity = null;
        await client.NotifyAsync("textDocument/didSave", Lsp.Document("file:///tmp/copylint-tests/copylint.yaml"));

        Assert.Empty((await client.NextAsync("textDocument/publishDiagnostics", p => p["diagnostics"]!.AsArray().Count == 0))["diagnostics"]!.AsArray());
    }

    private static int Severity(JsonObject published) => Assert.Single(published["diagnostics"]!.AsArray())!["severity"]!.GetValue<int>();
}
