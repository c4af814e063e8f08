using System.Text;
using System.Text.RegularExpressions;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

public sealed class SourceTextTests
{
    [Fact]
    public void Maps_offsets_to_lines_with_mixed_line_ends()
    {
        var source = new SourceText("one\r\ntwo\nthree\rfour");
        Assert.Equal(4, source.LineCount);
        Assert.Equal(new LinePosition(1, 1), source.GetLinePosition(0));
        Assert.Equal(new LinePosition(2, 1), source.GetLinePosition(5));
        Assert.Equal(new LinePosition(3, 3), source.GetLinePosition(11));
        Assert.Equal(new LinePosition(4, 1), source.GetLinePosition(15));
        Assert.Equal("three", source.GetLineText(3));
        Assert.Equal("four", source.GetLineText(4));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var source = new SourceText("“Ça” 🎉 said");
        Assert.Equal(new LinePosition(1, 9), source.GetLinePosition("“Ça” 🎉 said".IndexOf("said", StringComparison.Ordinal)));
    }

    [Fact]
    public void Remembers_a_byte_order_mark_and_restores_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' };
        var source = SourceText.FromBytes(bytes, "a.txt");
        Assert.Equal("hi", source.Text);
        Assert.True(source.HasByteOrderMark);
        Assert.Equal(bytes, source.ToBytes("hi"));
    }

    [Fact]
    public void Invalid_utf8_names_the_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("fine\nstill fine\nbad ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var error = Assert.Throws<InvalidSourceException>(() => SourceText.FromBytes(bytes, "story.txt"));
        Assert.Equal(("story.txt", 3), (error.Path, error.Line));
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        var error = Assert.Throws<InvalidSourceException>(() => SourceText.FromBytes(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0 }, "photo.txt"));
        Assert.Contains("binary", error.Reason);
    }

    [Fact]
    public void A_file_reads_as_its_bytes_decode_and_errors_name_the_path_given()
    {
        var path = Path.Combine(Path.GetTempPath(), $"copylint-source-{Guid.NewGuid():N}.txt");
        try
        {
            var text = string.Concat(Enumerable.Repeat("Café “quoted” line\n", 500));
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
            var source = SourceText.FromFile(path, "copy/story.txt");
            Assert.Equal((text, true, "copy/story.txt", 501), (source.Text, source.HasByteOrderMark, source.Path, source.LineCount));

            File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("fine\nbad "), 0xC3, 0x28]);
            var error = Assert.Throws<InvalidSourceException>(() => SourceText.FromFile(path, "copy/story.txt"));
            Assert.Equal(("copy/story.txt", 2), (error.Path, error.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(MaxTest = 500)]
    public Property Lines_are_the_text_split_at_LF_CRLF_and_lone_CR() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("a", "bc", " ", "\n", "\r", "\r\n", "\n\r")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var source = new SourceText(text);
                var expected = Regex.Split(text, "\r\n|\r|\n");
                return source.LineCount == expected.Length
                    && expected.Select((line, i) => source.GetLineText(i + 1) == line).All(ok => ok);
            });
}
