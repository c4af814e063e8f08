namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 leaves the size of a place alone: background of record, not a claim that needs a source.</summary>
public sealed class PlaceSizeTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Lisbon, a city of about 550,000 people, has seen rents rise sharply.")]
    [InlineData("Zaporizhzhia, a city of more than 700,000 people before the war, was shelled again on Friday.")]
    [InlineData("The island, which has a population of roughly 2,000, is reached by ferry.")]
    [InlineData("Bhutan, a country of nearly 800,000, held elections on Tuesday.")]
    [InlineData("Where I lived, villages of a few hundred people are served hourly until midnight.")]
    [InlineData("Towns of about 20,000 people have lost their last bank branch.")]
    [InlineData("Officials ordered evacuations in the nearby community of Creighton, where about 1,200 people live.")]
    [InlineData("The fire reached the town of Paradise, where about 26,000 lived before 2018.")]
    [InlineData("For a parish of fewer than 1,500 people, the journey to the county final has been extraordinary.")]
    [InlineData("Rural parishes of a few hundred people have lost their last priest.")]
    [InlineData("Chefs are pushing Emirati food, which has been less visible in a city where about 90% of residents are foreign nationals.")]
    public void The_size_of_a_place_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The flooding has displaced about 550,000 people.", "about 550,000")]
    [InlineData("In a city of 2 million, about 4,000 people died.", "about 4,000")]
    [InlineData("The camp, home to about 50,000 people, was shelled on Friday.", "about 50,000")]
    [InlineData("The camp, where about 50,000 people live, was shelled on Friday.", "about 50,000")]
    [InlineData("The floods reached a city where about 90% of residents were displaced.", "about 90%")]
    [InlineData("In the city of Derna, where about 100,000 people live, about 4,000 people died.", "about 4,000")]
    [InlineData("The storm cut power to villages and a few hundred homes.", "few hundred")]
    [InlineData("About 1,500 people were evacuated from the parish on Sunday.", "About 1,500")]
    [InlineData("In a parish of 3,000, more than 1,500 people have signed up for the vaccine.", "more than 1,500")]
    public void Other_approximate_counts_of_people_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The line will add two stations at Seac Pai Van, where more than 30,000 people live in public housing.")]
    [InlineData("The country, with about 230,000 inhabitants, is one of the smallest economies in Africa.")]
    [InlineData("Teams come from Papua New Guinea and from Niue and Tokelau, each with fewer than 2,000 residents.")]
    [InlineData("About 17,000 people live in the Cook Islands and more than 80,000 Cook Islanders live in New Zealand.")]
    public void A_named_places_residents_are_its_size(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 50,000 people live in the camp, which was shelled on Friday.", "About 50,000")]
    [InlineData("About 3,000 people live in tents after the quake.", "About 3,000")]
    [InlineData("The fire left a block with about 300 residents homeless.", "about 300")]
    [InlineData("About 2,000 people lived in Derna before about 4,000 people were killed.", "about 4,000")]
    [InlineData("An estimated 2,000 Kurds live in Kawaguchi.", "An estimated 2,000")]
    [InlineData("An estimated 12 million Catholics live in China, roughly half of them in unregistered communities.", "An estimated 12 million")]
    public void People_living_in_a_camp_in_need_or_by_an_estimate_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
