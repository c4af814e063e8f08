using System.Text;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using Spectre.Console.Rendering;

namespace CopyLint.Cli.Output;

/// <summary>
/// For people: "path:line:col: severity ID message", the source line with a caret underline, and a humanized summary.
/// Written straight to the writer, with ANSI colour only when asked for (a terminal without NO_COLOR): the report
/// is plain lines, and measuring each through a rich console cost a quarter of a corpus run.
/// </summary>
public sealed class TextReportWriter(TextWriter output, bool colour) : IReportWriter
{
    // A file's report is put together in a StringBuilder: appending numbers and runs of spaces or carets makes no
    // string for each, where a writer's Write(int) or a padding string would. Into the writer's own when it collects
    // (the console's batching writer), otherwise into one written out in a piece per file.
    private readonly StringBuilder _text = output is StringWriter collecting ? collecting.GetStringBuilder() : new();

    public void WriteFile(FileOutcome outcome)
    {
        if (outcome.Source is not { } source || outcome.Diagnostics.Count == 0)
        {
            return;
        }

        foreach (var d in outcome.Diagnostics)
        {
            var style = Style(d.Severity);
            StartStyle(Ansi.Bold);
            _text.Append(d.Path).Append(':').Append(d.Start.Line).Append(':').Append(d.Start.Column);
            EndStyle();
            _text.Append(": ");
            StartStyle(style);
            _text.Append(ReportWriters.Lower(d.Severity));
            EndStyle();
            _text.Append(' ');
            StartStyle(Ansi.Dim);
            _text.Append(d.Id);
            EndStyle();
            _text.Append(' ').Append(d.Message).Append(output.NewLine);
            if (SourceExcerpt.For(source, d) is { } excerpt)
            {
                StartStyle(Ansi.Dim);
                var gutter = _text.Length;
                _text.Append(d.Start.Line);
                gutter = _text.Length - gutter;
                _text.Append(" |");
                EndStyle();
                _text.Append(' ').Append(excerpt.Line).Append(output.NewLine);
                StartStyle(Ansi.Dim);
                _text.Append(' ', gutter).Append(" |");
                EndStyle();
                _text.Append(' ');
                var (pad, carets) = CaretColumns(excerpt);
                _text.Append(' ', pad);
                StartStyle(style);
                _text.Append('^', carets);
                EndStyle();
                _text.Append(output.NewLine);
            }

            _text.Append(output.NewLine);
        }

        if (output is not StringWriter)
        {
            output.Write(_text);
            _text.Clear();
        }
    }

    public void Complete(RunSummary summary)
    {
        output.WriteLine(Describe(summary));
        if (summary.Fixable > 0)
        {
            Styled(Ansi.Dim, $"{Quantity(summary.Fixable, "problem")} can be fixed with 'copylint fix'.");
            output.WriteLine();
        }
    }

    /// <summary>"3 problems (1 error, 2 warnings) in 2 files", or "No problems in 5 files". "Info" is a mass noun: "2 info", not "2 infos".</summary>
    public static string Describe(RunSummary summary)
    {
        var failed = summary.FilesFailed > 0 ? $"; {Quantity(summary.FilesFailed, "file")} could not be read" : string.Empty;
        if (summary.Problems == 0)
        {
            return $"No problems in {Quantity(summary.FilesChecked, "file")}{failed}";
        }

        var parts = new[] { (Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Info, "info"), (Severity.Hint, "hint") }
            .Where(p => summary.Count(p.Item1) > 0)
            .Select(p => p.Item1 == Severity.Info ? $"{summary.Count(p.Item1)} info" : Quantity(summary.Count(p.Item1), p.Item2));
        return $"{Quantity(summary.Problems, "problem")} ({string.Join(", ", parts)}) in {Quantity(summary.FilesWithProblems, "file")}{failed}";
    }

    /// <summary>
    /// "1 problem", "3 files", as Humanizer's <c>ToQuantity</c> writes them (a test holds the two equal): every noun of the
    /// summary takes a plain -s, and <c>ToQuantity</c> first builds Humanizer's whole English vocabulary, ~0.5 MB, an
    /// eighth of what a run on one article allocates.
    /// </summary>
    internal static string Quantity(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>
    /// Where the caret goes in terminal columns: East Asian wide characters take two, combining marks none, so counting
    /// characters would put the caret beside the finding in Chinese, Japanese or Korean copy.
    /// </summary>
    internal static (int Pad, int Carets) CaretColumns(SourceExcerpt excerpt)
    {
        var line = excerpt.Line.AsSpan();
        if (IsOneColumnEach(line))
        {
            return (excerpt.CaretStart, excerpt.CaretLength);
        }

        var start = Math.Min(excerpt.CaretStart, line.Length);
        var end = Math.Min(start + excerpt.CaretLength, line.Length);
        var pad = new Segment(line[..start].ToString()).CellCount();
        return (pad, Math.Max(1, new Segment(line[start..end].ToString()).CellCount()));
    }

    /// <summary>Latin script and the punctuation copy uses (curly quotes, dashes, ellipses) take one column a character.</summary>
    private static bool IsOneColumnEach(ReadOnlySpan<char> text)
    {
        // Most characters are below U+0300: a vectorised search skips to the next that is not, if any.
        for (int at; (at = text.IndexOfAnyExceptInRange('\0', '\u02FF')) >= 0; text = text[(at + 1)..])
        {
            if (text[at] is not ((>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E')))
            {
                return false;
            }
        }

        return true;
    }

    private void StartStyle(string style)
    {
        if (colour)
        {
            _text.Append(style);
        }
    }

    private void EndStyle()
    {
        if (colour)
        {
            _text.Append(Ansi.Reset);
        }
    }

    private void Styled(string style, string text)
    {
        if (colour)
        {
            output.Write(style);
            output.Write(text);
            output.Write(Ansi.Reset);
        }
        else
        {
            output.Write(text);
        }
    }

    private static string Style(Severity severity) => severity switch
    {
        Severity.Error => Ansi.RedBold,
        Severity.Warning => Ansi.Yellow,
        Severity.Info => Ansi.Blue,
        _ => Ansi.Grey,
    };

    /// <summary>SGR sequences of the 16-colour palette every terminal has.</summary>
    private static class Ansi
    {
        public const string Reset = "\u001b[0m";
        public const string Bold = "\u001b[1m";
        public const string Dim = "\u001b[2m";
        public const string RedBold = "\u001b[1;31m";
        public const string Yellow = "\u001b[33m";
        public const string Blue = "\u001b[34m";
        public const string Grey = "\u001b[90m";
    }
}
