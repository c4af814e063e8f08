namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 on a short reference written once that misspells the end of the full name given before it.</summary>
public sealed class ShortFormSpellingTests
{
    private static string[] Odd(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Cabinet member Richard Marshall said charges would rise.\n\nCouncillor Marshal said the money would go on road repairs.", "Marshal")]
    [InlineData("Villarreal coach Marcelino García Toral praised his side.\n\n\"We never stopped believing,\" Garcia Toral said.", "Garcia Toral")]
    [InlineData("The striker Robert Lewandowski scored twice.\n\nLewandowsky has now scored 20 goals this season.", "Lewandowsky")]
    [InlineData("The region's president, Carlos Mazón, has faced criticism.\n\nMarzón defended his government's response.", "Marzón")]
    [InlineData("Cr Anthony Aitken voted against the budget. Cr Aitkin said the council owned more than 40 vacant lots.", "Aitkin")]
    [InlineData("Former MP Damien Kurek, who won the seat in April, said he was proud. Kureck is expected to run again.", "Kureck")]
    [InlineData("\"It circled twice,\" said Ahmed Ishag Abakar, a trader.\n\nAbakr said he would stay in the city.", "Abakr")]
    public void A_misspelt_short_reference_is_reported(string text, string odd) => Assert.Equal([odd], Odd(text));

    [Theory]
    [InlineData("PSV coach Peter Bosz praised Rick van den Berg.\n\nVan den Berg said he had felt good in training.")]
    [InlineData("Chelsea signed Enzo Fernández and United kept Bruno Fernandes.\n\nFernandes said he was happy to stay.")]
    [InlineData("Argentina's Enzo Fernández and Uruguay's Rodrigo Fernandez both started.\n\nFernandez scored the only goal.")]
    [InlineData("The Marshall Islands signed the accord. Marshal Tito's tomb was also visited by the delegation.")]
    [InlineData("The region's president, Carlos Mazón, has faced criticism.\n\nMazónes defended the response.")]
    [InlineData("Coach Carlos Bryan praised his side.\n\nBryant said he had felt good in training.")]
    [InlineData("Kallum Pickering said rates would fall.\n\nPickering, chief economist at Peel Hunt, expects two cuts.")]
    [InlineData("Coach Carlos Bryant praised his side.\n\nBryan said he had felt good in training.")]
    public void A_consistent_short_reference_or_another_person_is_left_alone(string text) => Assert.Empty(Odd(text));
}
