using System.Text;

namespace CopyLint.Cli.Tests;

/// <summary>Runs `copylint` in-process in a temporary working folder, with captured output.</summary>
internal sealed class TestCli : IDisposable
{
    public TestCli() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "copylint-cli-tests", Guid.NewGuid().ToString("N"));

    public byte[] StandardInput { get; set; } = [];

    public bool Terminal { get; set; }

    public bool NoColor { get; set; } = true;

    public MemoryStream StandardOutputBytes { get; } = new();

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(StandardInput), () => new NonClosingStream(StandardOutputBytes), Folder, Terminal, false, NoColor);
        var exit = CliApp.Run(args, context);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Error);
