namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a lone given name, written once as the speaker, that misspells the given name of a full name before it, as
/// copy that refers to people by the given name writes it ("Kebede Alemu" … "Kebbede said"); beside the shapes left
/// alone: a story that refers to the person by surname, a given name with another ending, and one another name opens.
/// </summary>
public sealed class GivenNameSecondReferenceSlipTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Fuel = "Fuel prices rise again\n\nKebede Alemu, a taxi driver in Bole, said he had queued for three hours.\n\n";

    [Theory]
    [InlineData(Fuel + "\"We cannot raise fares every month,\" Kebbede said.", "Kebbede")]
    [InlineData("Ferry fares cut\n\nKonráð Ingvarsson, an economist at the bank, said inflation would ease.\n\n\"The worst is behind us,\" Konrad said.", "Konrad")]
    [InlineData("Harbour reopens\n\nHallur Olsen, the harbour master, said the quay was safe.\n\n\"It took two years,\" Halur said.", "Halur")]
    public void A_given_name_one_letter_or_an_accent_out_is_reported(string text, string odd) => Assert.Equal([odd], Flagged(text));

    [Theory]
    // The story's second reference is the surname, so a lone given name may be someone else.
    [InlineData(Fuel + "Alemu said fares had doubled.\n\n\"We cannot raise fares every month,\" Kebbede said.")]
    // Another ending, which may tell a brother from a sister.
    [InlineData("Bakery opens\n\nLouis Martin, the baker, said the oven came from Lyon.\n\n\"It is the best bread in town,\" Louise said.")]
    // The given name of another full name.
    [InlineData(Fuel + "Kebbede Tadesse, a bus driver, agreed.\n\n\"We cannot raise fares every month,\" Kebbede said.")]
    public void A_surname_style_story_another_ending_or_another_person_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
