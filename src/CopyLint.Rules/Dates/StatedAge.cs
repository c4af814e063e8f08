using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>An age given after a name, as news copy gives one: "Tom Hale, 45," or "Tom Hale, aged 45".</summary>
/// <param name="Name">
/// The name without the titles before it ("Tom Hale" for "Sgt Tom Hale"); a surname keeps its courtesy title ("Mr Lau"),
/// which may be any member of the family.
/// </param>
/// <param name="Age">The age.</param>
/// <param name="Span">Where the age's number is.</param>
/// <param name="InDatedSentence">The sentence names a year before the age, so the age may be the one the person had then ("In 1998 Hale, 22, won").</param>
internal readonly record struct StatedAge(string Name, int Age, TextSpan Span, bool InDatedSentence)
{
    /// <summary>A surname alone ("Hale"), which may stand for the one full name in the story that ends with it.</summary>
    public bool IsBareSurname => !Name.Contains(' ', StringComparison.Ordinal);
}
