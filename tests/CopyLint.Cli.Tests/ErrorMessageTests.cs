using CopyLint.Cli.Commands;
using CopyLint.Engine.Configuration;
using CopyLint.Text;

namespace CopyLint.Cli.Tests;

public sealed class ErrorMessageTests
{
    [Fact]
    public void Configuration_errors_name_file_line_and_column()
    {
        var message = CommandAction.Describe(new ConfigurationException("copylint.yaml", 3, 5, "unknown key 'severty'; did you mean 'severity'?"));

        Assert.Equal("copylint.yaml:3:5: unknown key 'severty'; did you mean 'severity'?", message);
    }

    [Fact]
    public void Unreadable_copy_names_file_and_line()
    {
        Assert.Equal("a.txt:7: invalid UTF-8; save the file as UTF-8", CommandAction.Describe(new InvalidSourceException("a.txt", 7, "invalid UTF-8; save the file as UTF-8")));
    }

    [Fact]
    public void Bugs_are_not_disguised_as_user_errors() => Assert.Null(CommandAction.Describe(new NullReferenceException()));

    [Fact]
    public void Guard_turns_a_known_failure_into_exit_2_and_one_line()
    {
        var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, () => Stream.Null, () => Stream.Null, Path.GetTempPath());

        var exit = CommandAction.Guard(context, () => throw new ConfigurationException("x.yaml", 1, 2, "bad"));

        Assert.Equal(2, exit);
        Assert.Equal("copylint: error: x.yaml:1:2: bad", error.ToString().Trim());
    }
}
