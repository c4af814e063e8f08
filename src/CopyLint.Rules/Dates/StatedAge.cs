using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>
/// An age given with a name, as news copy gives one: after it ("Tom Hale, 45," "Tom Hale, aged 45") or before it
/// ("the 45-year-old Tom Hale").
/// </summary>
/// <param name="Name">The name without the titles and courtesy title before it: "Tom Hale" for "Sgt Tom Hale", "Lau" for "Mr. Lau".</param>
/// <param name="Honorific">The courtesy title written before the name ("Mr"), without its full stop, or null.</param>
/// <param name="Age">The age.</param>
/// <param name="Span">Where the age's number is.</param>
/// <param name="InDatedSentence">The sentence names a year before the age, so the age may be the one the person had then ("In 1998 Hale, 22, won").</param>
/// <param name="BesideRelative">The sentence names a relative ("Mrs Akello, 75, her mother"), who may share the surname.</param>
/// <param name="BeforeName">
/// Written before the name ("the 45-year-old Briton"): a capitalised word there may be a nationality or a team, so such
/// an age is only compared with one written after the same name.
/// </param>
internal readonly record struct StatedAge(string Name, string? Honorific, int Age, TextSpan Span, bool InDatedSentence, bool BesideRelative, bool BeforeName)
{
    /// <summary>A surname alone ("Hale", "Mr. Lau"), which may stand for the one full name in the story that ends with it.</summary>
    public bool IsSurnameAlone => !Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>How the name is written where it stands alone: "Hale", "Mr Lau".</summary>
    public string Written => Honorific is null || !IsSurnameAlone ? Name : $"{Honorific} {Name}";
}
