namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on Indian court and education copy: the outlet's own initials and the penal code in a story from any Indian
/// city, degrees before "(Hons)", an app named in capitals; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymIndianCopyAndDegreeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("A sessions court in Lucknow on Saturday sentenced a man to life imprisonment.\n\nThe survivor told TOI after the verdict that she felt \"a burden lift\".")]
    [InlineData("The Punjab and Haryana high court on Monday denied anticipatory bail to a Gurugram developer.\n\nKhanna and several others were booked under IPC sections for causing death by negligence.")]
    [InlineData("Students admitted to the four-year programme can leave after three years with a BA (Hons) degree.")]
    [InlineData("Students can check their results on DigiLocker and the UMANG app by entering their roll number.")]
    public void A_household_acronym_of_the_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The survivor told TOI after the verdict that she felt \"a burden lift\".", "TOI")]
    [InlineData("Students can check their results under the UMANG scheme by entering their roll number.", "UMANG")]
    public void Outside_its_country_or_kind_it_is_still_reported(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));
}
