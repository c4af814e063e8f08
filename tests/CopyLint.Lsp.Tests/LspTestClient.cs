using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CopyLint.Lsp.Tests;

/// <summary>
/// A raw LSP client over in-memory pipes: it writes framed JSON (so it can also write garbage), answers the
/// server's requests with null, and queues notifications for the test to await.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly Stream _writer;
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _seen = [];
    private readonly Task _reading;
    private int _nextId;

    public LspTestClient(LanguageServerOptions? options = null)
    {
        _writer = _toServer.Writer.AsStream();
        Server = LanguageServer.RunAsync(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), options ?? new LanguageServerOptions { Debounce = TimeSpan.FromMilliseconds(20) });
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's run; completes with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>Server-to-client requests received (e.g. client/registerCapability).</summary>
    public List<JsonObject> ServerRequests { get; } = [];

    public static async Task<LspTestClient> StartAsync(JsonObject? capabilities = null, LanguageServerOptions? options = null)
    {
        var client = new LspTestClient(options);
        var response = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = capabilities ?? [] });
        Assert.NotNull(response["result"]);
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id] = completion;
        }

        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters?.DeepClone() });
        return await completion.Task.WaitAsync(Timeout);
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters?.DeepClone() });

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    public async Task SendRawAsync(string content)
    {
        var body = Encoding.UTF8.GetBytes(content);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writer.WriteAsync(header);
        await _writer.WriteAsync(body);
        await _writer.FlushAsync();
    }

    public async Task SendRawHeaderAsync(string header)
    {
        await _writer.WriteAsync(Encoding.ASCII.GetBytes(header));
        await _writer.FlushAsync();
    }

    /// <summary>The next notification of a method that matches, skipping others (they stay in <see cref="Seen"/>).</summary>
    public async Task<JsonObject> NextAsync(string method, Func<JsonObject, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var notification = await _notifications.Reader.ReadAsync(timeout.Token);
            if (notification["method"]?.GetValue<string>() == method && (match is null || match(notification["params"]!.AsObject())))
            {
                return notification["params"]!.AsObject();
            }
        }
    }

    public Task<JsonObject> DiagnosticsAsync(string uri, int? version = null) =>
        NextAsync("textDocument/publishDiagnostics", p => p["uri"]!.GetValue<string>() == uri && (version is null || p["version"]?.GetValue<int>() == version));

    /// <summary>Every notification read so far.</summary>
    public IReadOnlyList<JsonObject> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Closes the client's end, as an editor that quits does.</summary>
    public void Disconnect() => _toServer.Writer.Complete();

    public async ValueTask DisposeAsync()
    {
        _toServer.Writer.Complete();
        await Server.WaitAsync(Timeout);
        _toClient.Writer.Complete();
        await _reading.WaitAsync(Timeout);
    }

    private async Task ReadLoopAsync()
    {
        var reader = _toClient.Reader.AsStream();
        while (await ReadMessageAsync(reader) is { } message)
        {
            if (message["method"] is not null && message["id"] is { } requestId)
            {
                lock (ServerRequests)
                {
                    ServerRequests.Add(message);
                }

                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = null });
            }
            else if (message["method"] is not null)
            {
                lock (_seen)
                {
                    _seen.Add(message);
                }

                await _notifications.Writer.WriteAsync(message);
            }
            else if (message["id"]?.GetValue<int>() is { } id)
            {
                TaskCompletionSource<JsonObject>? completion;
                lock (_pending)
                {
                    _pending.Remove(id, out completion);
                }

                completion?.TrySetResult(message);
            }
        }
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream stream)
    {
        var header = new StringBuilder();
        var buffer = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                return null;
            }

            header.Append((char)buffer[0]);
        }

        var length = int.Parse(header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim());
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
