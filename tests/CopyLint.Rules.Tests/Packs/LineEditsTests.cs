using CopyLint.Engine;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Packs;

public sealed class LineEditsTests
{
    [Property]
    public Property Deleting_lines_keeps_every_other_line_and_opens_no_blank_hole(bool[] blanks, PositiveInt from, PositiveInt count, bool trailingNewline)
    {
        var lines = blanks.Select((blank, i) => blank ? string.Empty : $"Line {i}.").ToList();
        var text = string.Join("\n", lines) + (trailingNewline ? "\n" : string.Empty);
        var source = new SourceText(text);
        var content = Enumerable.Range(1, lines.Count).Where(l => lines[l - 1].Length > 0).ToList();
        if (content.Count == 0)
        {
            return true.ToProperty();
        }

        var first = content[from.Get % content.Count];
        var last = content.Where(l => l >= first).ElementAt(count.Get % content.Count(l => l >= first));

        var result = FixApplier.Apply(text, [LineEdits.DeleteLines(source, first, last)]).Text;

        var kept = lines.Where((line, i) => line.Length > 0 && (i + 1 < first || i + 1 > last)).ToList();
        var resultLines = result.Split('\n');
        return (resultLines.Where(l => l.Length > 0).SequenceEqual(kept)
                && LongestBlankRun(result) <= LongestBlankRun(text)
                && (result.Length == 0 || !result.StartsWith('\n') || text.StartsWith('\n')))
            .Label($"text: {text.Replace("\n", "⏎")} delete {first}-{last} → {result.Replace("\n", "⏎")}");
    }

    [Theory]
    [InlineData("A\n\nB\n\nC\n", 3, "A\n\nC\n")]
    [InlineData("A\n\nB\n", 3, "A\n")]
    [InlineData("A\n\nB", 3, "A")]
    [InlineData("B\n\nA\n", 1, "A\n")]
    [InlineData("A\r\nB\r\nC\r\n", 2, "A\r\nC\r\n")]
    public void Deleting_a_line_takes_its_separator(string text, int line, string expected) =>
        Assert.Equal(expected, FixApplier.Apply(text, [LineEdits.DeleteLines(new SourceText(text), line, line)]).Text);

    private static int LongestBlankRun(string text)
    {
        var lines = text.Split('\n');
        int longest = 0, run = 0;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            run = lines[i].Length == 0 && i > 0 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
