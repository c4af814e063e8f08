namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a results line's entrant, the boat, horse or dog named after a placing and before the person in brackets
/// ("2 Corrie (Ewan Bain, …) 20"), which is no slip of a person's name one letter off ("Gordon Currie"); beside the
/// same name written as a person's, which is still reported.
/// </summary>
public sealed class InconsistentNameResultsEntrantTests
{
    private const string Results =
        "IRC Class 1: 1 Banshee (Neil Cargill, Royal Northern & Clyde YC) 12pts; 2 Eala (Ruaridh MacLeod, Clyde Cruising Club) 16; 4 Gallus (Gordon Currie, Largs SC) 28.\n\n"
        + "RC35: 1 Aurora (Fraser Lang, Royal Tay YC) 17pts; 2 Corrie (Ewan Bain, Royal Northern & Clyde YC) 20; 3 Osprey (Lorna Sharp, Largs SC) 26.";

    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The fleet thanked the volunteers.")]
    [InlineData("Currie, 52, said the fleet had sailed well. \"It was a good week,\" Currie said.")]
    public void A_boat_in_a_results_line_beside_a_skipper_one_letter_off_is_left_alone(string after) =>
        Assert.Empty(Reported(Results + "\n\n" + after));

    [Theory]
    [InlineData("Gordon Currie, who sails from Largs, won the class.\n\nThe race officer praised Currie.\n\nCorrie said the wind had been kind.")]
    [InlineData(Results + "\n\nCurrie, 52, said the fleet had sailed well. \"It was a good week,\" Currie said.\n\nCorrie said the wind had been kind.")]
    public void The_same_name_written_as_a_person_s_is_still_reported(string text) => Assert.Contains("Corrie", Reported(text));
}
