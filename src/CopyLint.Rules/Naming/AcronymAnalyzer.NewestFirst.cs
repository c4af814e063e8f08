namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "The SPD says …" under "3.20pm CET" and "the Social Democratic Party (SPD)" under "10.00am CET" lower down: in a
    /// live blog that runs newest first, an entry below is the earlier one, so an acronym in brackets after a word in it
    /// is spelled out before the use (one spelled out further down the same entry is still reported).
    /// </summary>
    private static bool IsSpelledOutInEarlierEntry(NamingModel model, Mention use)
    {
        var text = model.Document.Text;
        var bracketed = $"({text.AsSpan(use.Span.Start, use.Span.Length)})";
        foreach (var entry in NewestFirstEntries.Of(model.Document))
        {
            if (entry > use.Span.End)
            {
                var at = text.IndexOf(bracketed, entry, StringComparison.Ordinal);
                return at > 1 && text[at - 1] == ' ' && char.IsLetter(text[at - 2]);
            }
        }

        return false;
    }
}
