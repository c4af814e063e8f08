using System.Globalization;

namespace CopyLint.Cli.Output;

/// <summary>
/// "1 file", "3 problems": a count and a noun that takes a plain -s plural (file, problem, finding, error, warning,
/// hint). Replaces Humanizer's ToQuantity, whose vocabulary was built at every run's end for these six words.
/// </summary>
internal static class Quantity
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
