namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2003 on a surname that opens a firm's name ("Pettigrew & Co"), beside the person's bare surname, still reported.</summary>
public sealed class HonorificFirmNameTests
{
    private static int Count(string text) => RuleHarness.Lint(text, "CL2003").Count;

    [Fact]
    public void A_surname_before_and_Co_names_the_practice() =>
        Assert.Equal(0, Count("The tribunal found that Graham Pettigrew, 58, of Pettigrew & Co in Woking, held client money in the wrong account.\n\n"
            + "Mr Pettigrew admitted the complaint.\n\nMr Pettigrew was also ordered to pay costs.\n"));

    [Fact]
    public void The_person_s_bare_surname_is_still_reported() =>
        Assert.Equal(1, Count("The tribunal found that Graham Pettigrew, 58, of Woking, held client money in the wrong account.\n\n"
            + "Mr Pettigrew admitted the complaint.\n\nPettigrew and his partners were also ordered to pay costs.\n\nMr Pettigrew said nothing.\n"));
}
