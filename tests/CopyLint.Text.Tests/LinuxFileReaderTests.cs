namespace CopyLint.Text.Tests;

/// <summary>The Linux reader returns a file's bytes as the runtime reads them, and declines what it cannot read.</summary>
public sealed class LinuxFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copylint-reader-").FullName;

    [Fact]
    public void Runs_where_the_tests_run_as_the_cli_does()
    {
        Assert.Equal(OperatingSystem.IsLinux(), LinuxFileReader.IsSupported);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(200_000)]
    public void Reads_every_byte_of_a_file_of_any_size(int size)
    {
        if (!LinuxFileReader.IsSupported)
        {
            return; // Linux only: elsewhere FromFile never calls it (see the first test)
        }

        var path = Path.Combine(_folder, $"file-{size}.txt");
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        Assert.True(LinuxFileReader.TryRead(path, out var buffer, out var length));
        Assert.Equal(bytes, buffer.AsSpan(0, length).ToArray());
    }

    [Fact]
    public void Declines_a_missing_file_and_a_folder()
    {
        if (!LinuxFileReader.IsSupported)
        {
            return; // Linux only: elsewhere FromFile never calls it (see the first test)
        }

        Assert.False(LinuxFileReader.TryRead(Path.Combine(_folder, "missing.txt"), out _, out _));
        Assert.False(LinuxFileReader.TryRead(_folder, out _, out _));
    }

    [Fact]
    public async Task Reads_a_pipe_to_its_end()
    {
        // The runtime's length is not a pipe's length (the managed path refused to read one at all: "unseekable").
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        var text = string.Concat(Enumerable.Repeat("Copy through a pipe.\n", 5_000));
        var writer = Task.Run(() =>
        {
            pipe.Write(System.Text.Encoding.UTF8.GetBytes(text));
            pipe.Dispose();
        });

        var source = SourceText.FromFile($"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}", "-");
        await writer;
        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void Leaves_paths_the_runtime_would_rewrite_to_the_runtime()
    {
        Assert.True(LinuxFileReader.Resolves("/work/copy/story.txt"));
        Assert.False(LinuxFileReader.Resolves("copy/story.txt"));
        Assert.False(LinuxFileReader.Resolves("/work/copy/../story.txt"));
        Assert.False(LinuxFileReader.Resolves("/work//story.txt"));
        Assert.False(LinuxFileReader.Resolves("/work/story.txt\0.md"));
    }

    [Fact]
    public void A_missing_file_still_raises_the_runtimes_error()
    {
        var path = Path.Combine(_folder, "missing.txt");
        var error = Assert.Throws<FileNotFoundException>(() => SourceText.FromFile(path, "missing.txt"));
        Assert.Equal(path, error.FileName);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
