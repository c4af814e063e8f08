namespace CopyLint.Text.Tests;

/// <summary>A run's reader (a folder kept open, files opened by name in it) reads and fails exactly as <see cref="SourceText.FromFile(string, string)"/>.</summary>
public sealed class SourceFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copylint-files-").FullName;

    [Fact]
    public void Reads_files_across_folders_as_FromFile_does()
    {
        var paths = new List<string>();
        foreach (var folder in new[] { "a", "b", "a/c", "é ü" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, folder));
            foreach (var name in new[] { "one.txt", "two.md", "ñame.txt" })
            {
                var path = Path.Combine(_folder, folder, name);
                File.WriteAllText(path, $"Copy in {folder}/{name}.\n");
                paths.Add(path);
            }
        }

        using var reader = new SourceFileReader();
        // Back and forth between folders, twice over: a folder already open is reused, not confused with another.
        foreach (var path in paths.Concat(paths.AsEnumerable().Reverse()))
        {
            var source = reader.Read(path, "shown.txt");
            Assert.Equal(SourceText.FromFile(path, "shown.txt").Text, source.Text);
            Assert.Equal(File.ReadAllText(path), source.Text);
        }
    }

    [Fact]
    public void Reads_files_in_more_folders_than_it_keeps_open()
    {
        using var reader = new SourceFileReader();
        for (var i = 0; i < 100; i++)
        {
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, $"f{i}")).FullName, "story.txt");
            File.WriteAllText(path, $"Story {i}.");
            Assert.Equal($"Story {i}.", reader.Read(path, "story.txt").Text);
        }

        Assert.Equal(LinuxFileReader.IsSupported ? 64 : 0, DescriptorsUnder(_folder)); // the first 64 are kept open, no more
    }

    [Fact]
    public void Reads_through_symlinks_to_files_and_folders()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "real"));
        File.WriteAllText(Path.Combine(_folder, "real", "story.txt"), "The real story.");
        File.CreateSymbolicLink(Path.Combine(_folder, "real", "link.txt"), "story.txt");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "linked"), "real");

        using var reader = new SourceFileReader();
        Assert.Equal("The real story.", reader.Read(Path.Combine(_folder, "real", "link.txt"), "link.txt").Text);
        Assert.Equal("The real story.", reader.Read(Path.Combine(_folder, "linked", "story.txt"), "story.txt").Text);
        Assert.Equal("The real story.", reader.Read(Path.Combine(_folder, "linked", "link.txt"), "link.txt").Text);
    }

    [Fact]
    public void Raises_the_errors_FromFile_raises()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "x.txt"));
        File.WriteAllText(Path.Combine(_folder, "file.txt"), "Copy.");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x41, 0x00, 0x42]);
        File.CreateSymbolicLink(Path.Combine(_folder, "broken.txt"), "nowhere.txt");
        var cases = new[]
        {
            Path.Combine(_folder, "missing.txt"),
            Path.Combine(_folder, "x.txt"),
            Path.Combine(_folder, "x.txt") + "/",
            Path.Combine(_folder, "file.txt", "under-a-file.txt"),
            Path.Combine(_folder, "missing-folder", "story.txt"),
            Path.Combine(_folder, "broken.txt"),
            Path.Combine(_folder, "binary.txt"),
        };

        using var reader = new SourceFileReader();
        foreach (var path in cases)
        {
            var expected = Record.Exception(() => SourceText.FromFile(path, "shown.txt"));
            var actual = Record.Exception(() => reader.Read(path, "shown.txt"));
            Assert.NotNull(expected);
            Assert.IsType(expected.GetType(), actual);
            Assert.Equal(expected.Message, actual!.Message);
        }
    }

    [Fact]
    public void Reads_by_the_whole_path_after_it_is_disposed()
    {
        var path = Path.Combine(_folder, "story.txt");
        File.WriteAllText(path, "Copy.");
        var reader = new SourceFileReader();
        Assert.Equal("Copy.", reader.Read(path, "story.txt").Text);
        reader.Dispose();
        Assert.Equal("Copy.", reader.Read(path, "story.txt").Text);
        reader.Dispose();
    }

    [Fact]
    public void Keeps_a_folder_open_and_closes_it_when_disposed()
    {
        if (!LinuxFileReader.IsSupported)
        {
            return; // elsewhere every file is read by its whole path
        }

        var path = Path.Combine(_folder, "story.txt");
        File.WriteAllText(path, "Copy.");
        var reader = new SourceFileReader();
        Assert.Equal(0, DescriptorsOf(_folder));
        reader.Read(path, "story.txt");
        reader.Read(path, "story.txt");
        Assert.Equal(1, DescriptorsOf(_folder));
        reader.Dispose();
        Assert.Equal(0, DescriptorsOf(_folder));
    }

    /// <summary>How many of the process's open descriptors are this folder (no other test opens it).</summary>
    private static int DescriptorsOf(string folder) =>
        new DirectoryInfo("/proc/self/fd").GetFileSystemInfos().Count(fd => fd.LinkTarget == folder);

    private static int DescriptorsUnder(string folder) =>
        new DirectoryInfo("/proc/self/fd").GetFileSystemInfos().Count(fd => fd.LinkTarget?.StartsWith(folder + "/", StringComparison.Ordinal) == true);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
