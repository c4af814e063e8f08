namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// An ethnonym beside its country ("Bosniak parties" beside "Bosnia"; rules/lists/place-demonyms.txt) is two words, not
/// one name spelt two ways; a surname one letter from the ethnonym is still a person's name spelt two ways.
/// </summary>
public sealed class BosniakBesideBosniaTests
{
    [Theory]
    [InlineData("Title\n\nThe court in Bosnia sentenced four men for crimes against Bosniak civilians in 1993.\n\nThe victims were Bosniaks from nearby villages.")]
    [InlineData("Title\n\nTalks on reform in Bosnia stalled again on Monday.\n\nBosniak parties say the changes would entrench ethnic division.")]
    public void A_people_and_its_country_are_two_words(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_surname_slip_that_spells_the_people_still_fires()
    {
        const string text = "Title\n\nThe club was founded by Amir Bosnjak in Tuzla. Bosnjak said the work had only begun.\n\n"
            + "Bosnjak, 54, now lives in Sarajevo.\n\nSpeaking on Friday, Amir Bosniak said more volunteers were needed.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Amir Bosniak");
    }
}
