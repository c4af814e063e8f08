using System.Text;

namespace CopyLint.Cli.Tests;

public sealed class FixCommandTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fix_removes_repeats_and_leaves_everything_else_byte_for_byte()
    {
        const string Before = "Headline  \r\n\r\nThe council said the the budget would would pass.\r\nThe end.";
        _cli.Write("story.txt", Before);

        var result = _cli.Run("fix", "story.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Headline  \r\n\r\nThe council said the budget would pass.\r\nThe end.", _cli.Read("story.txt"));
        Assert.Contains("Fixed 2 problems in 1 file", result.Error);
    }

    [Fact]
    public void Fix_is_idempotent_and_repeats_until_nothing_changes()
    {
        _cli.Write("story.txt", "They said that the the the plan was ready.\n");

        _cli.Run("fix", "story.txt");
        var once = File.ReadAllBytes(Path.Combine(_cli.Folder, "story.txt"));
        var second = _cli.Run("fix", "story.txt");

        Assert.Equal("They said that the plan was ready.\n", Encoding.UTF8.GetString(once));
        Assert.Equal(once, File.ReadAllBytes(Path.Combine(_cli.Folder, "story.txt")));
        Assert.Contains("Nothing to fix in 1 file", second.Error);
        Assert.Equal(0, _cli.Run("check", "story.txt").ExitCode);
    }

    [Fact]
    public void Fix_keeps_a_byte_order_mark_and_crlf()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        _cli.WriteBytes("bom.txt", [.. bom, .. Encoding.UTF8.GetBytes("Café owners said the the rent rose.\r\nIt did.\r\n")]);

        _cli.Run("fix", "bom.txt");

        var bytes = File.ReadAllBytes(Path.Combine(_cli.Folder, "bom.txt"));
        Assert.Equal(bom, bytes[..3]);
        Assert.Equal("Café owners said the rent rose.\r\nIt did.\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Fix_writes_atomically_leaving_no_temporary_files()
    {
        _cli.Write("a/story.txt", "It was was late.\n");

        _cli.Run("fix", "a");

        Assert.Equal(["story.txt"], Directory.GetFiles(Path.Combine(_cli.Folder, "a")).Select(Path.GetFileName));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        const string Before = "Headline\n\nIt was was late.\nMore copy.\n";
        var path = _cli.Write("story.txt", Before);
        var modified = File.GetLastWriteTimeUtc(path);

        var result = _cli.Run("fix", "story.txt", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Before, _cli.Read("story.txt"));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(path));
        Assert.Contains("--- a/story.txt", result.Out);
        Assert.Contains("+++ b/story.txt", result.Out);
        Assert.Contains("@@ -1,4 +1,4 @@", result.Out);
        Assert.Contains("-It was was late.", result.Out);
        Assert.Contains("+It was late.", result.Out);
        Assert.Contains("Would fix 1 problem in 1 file", result.Error);
    }

    [Fact]
    public void Fix_of_standard_input_writes_the_fixed_text_to_standard_output()
    {
        _cli.StandardInput = Encoding.UTF8.GetBytes("It was was late.\n");

        var result = _cli.Run("fix", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("It was late.\n", Encoding.UTF8.GetString(_cli.StandardOutputBytes.ToArray()));
    }

    [Fact]
    public void Fix_of_an_unreadable_file_exits_2()
    {
        _cli.WriteBytes("bin.txt", [1, 0, 2]);

        var result = _cli.Run("fix", "bin.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bin.txt:1: binary file", result.Error);
    }
}
