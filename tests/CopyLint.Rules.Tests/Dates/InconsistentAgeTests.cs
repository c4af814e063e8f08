namespace CopyLint.Rules.Tests.Dates;

/// <summary>CL4003 compares the ages a story gives one person, and only where the person is beyond doubt the same.</summary>
public sealed class InconsistentAgeTests
{
    [Theory]
    [InlineData("Tom Hale, 45, a roofer from Leeds, fell from the scaffold.\n\nHis brother said Tom Hale, 46, had worked there for years.", "'Tom Hale' is 46 here but 45 on line 1")]
    [InlineData("Tom Hale, 45, a roofer from Leeds, fell from the scaffold.\n\nHale, 46, had worked on the site since March.", "'Hale' is 46 here but 45 on line 1")]
    [InlineData("Sgt Amina Yusuf, aged 34, led the patrol.\n\nAmina Yusuf, 43, was later commended.", "'Amina Yusuf' is 43 here but 34 on line 1")]
    [InlineData("Mr. Okafor, 62, runs the shop.\n\nCustomers say Mr. Okafor, 61, never closes.", "'Mr Okafor' is 61 here but 62 on line 1")]
    [InlineData("Tom Hale, 45, who has worked on the site since 2019, fell.\n\nHale, 46, was taken to hospital.", "'Hale' is 46 here but 45 on line 1")]
    [InlineData("Hale, 45, was taken to hospital.\n\nPolice said Tom Hale, 46, had not been wearing a harness.", "'Tom Hale' is 46 here but 45 on line 1")]
    [InlineData("The vendors' chairperson, Ms Lucy Akello, 47, said they had not been consulted.\n\n\"The customers will not follow us,\" said Ms Akello, 52.", "'Ms Akello' is 52 here but 47 on line 1")]
    [InlineData("Governor Rhee Chang-yong, 65, held the rate.\n\nRhee, 64, said inflation had eased.", "'Rhee' is 64 here but 65 on line 1")]
    [InlineData("Jenny Palmer, 64, was rescued from her car.\n\nMrs Palmer, 66, said the water rose within minutes.", "'Mrs Palmer' is 66 here but 64 on line 1")]
    [InlineData("Streets were flooded. Shopkeeper Lin Mei-chi, 60, moved her goods upstairs. Lin, 62, said it was the worst flood.", "'Lin' is 62 here but 60 on line 1")]
    [InlineData("Retired cook Fung Kwok-wing, 72, waited since the morning.\n\nFung, 74, said he had brought a flask of tea.", "'Fung' is 74 here but 72 on line 1")]
    [InlineData("At the relief centre, Rosnah binti Abu Bakar, 47, said she had been evacuated.\n\nRosnah, 49, said it was the second time this year.", "'Rosnah' is 49 here but 47 on line 1")]
    [InlineData("Keepers said Sundara, 24, had settled in.\n\nThe 23-year-old Sundara was born in Sri Lanka.", "'Sundara' is 23 here but 24 on line 1")]
    [InlineData("A 52-year-old man surnamed Kuo was taken to hospital, the fire department said.\n\nKuo, 54, had run a squid stall there for 20 years.", "'Kuo' is 52 here but 54 on line 3")]
    [InlineData("A 67-year-old stall owner surnamed Lin lost her savings.\n\nLin, 76, said she had trusted them.", "'Lin' is 67 here but 76 on line 3")]
    [InlineData("Port chief executive Mario Cordero, 71, will step down.\n\nUnder Cordero, the port invested in rail.\n\nCordero, 72, was chairman of the commission.", "'Cordero' is 72 here but 71 on line 1")]
    [InlineData("Kwame Asante, 58, chairs the board.\n\nAsante, who is 61, said the plan would go ahead.", "'Asante' is 61 here but 58 on line 1")]
    [InlineData("Ruth Nkosi, 73, opened the first clinic in 1989.\n\nNkosi, who turned 74 last month, still works there.", "'Nkosi' is 74 here but 73 on line 1")]
    [InlineData("Mary Flanagan, 72, sparred with men at her father's gym.\n\nFlanagan, now 71, still has the letter.", "'Flanagan' is 71 here but 72 on line 1")]
    [InlineData("Anne and Geoffrey Mallory bought the cottage in 1998.\n\n\"It was steep,\" said Mrs Mallory, now 79.\n\nMrs Mallory, 82, built the walls herself.", "'Mrs Mallory' is 82 here but 79 on line 3")]
    public void One_person_given_two_ages_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("Tom Hale, 45, a roofer, fell.\n\nHale, 45, had worked there for years.")]
    [InlineData("His granddaughter, Vivian Lau, 29, is a pharmacist.\n\nMr. Lau, 91, came to Canada in 1963.")]
    [InlineData("Paul Hollis, 54, and Mark Hollis, 58, denied fraud.\n\nHollis, 56, their sister, gave evidence.")]
    [InlineData("Paul Hollis, 54, denied fraud. His brother Mark Hollis was not charged.\n\nHollis, 58, told the court he was innocent.")]
    [InlineData("Kim Ji-woo, 31, now coaches the side.\n\nIn 2012, Kim Ji-woo, 17, won the national title.")]
    [InlineData("Root (45) and Stokes (12) put on 60.\n\nRoot (80) then fell to Starc.")]
    [InlineData("Smith, 45 per cent of voters said, would win.\n\nSmith, 40, is the favourite.")]
    [InlineData("Arsenal beat Chelsea 3-1. Saka, 23, scored twice.\n\nSaka, 23, has now scored 12 goals this season.")]
    [InlineData("Ms Lucy Akello, 47, chairs the vendors.\n\nMs Grace Akello, 52, a trader, disagreed.\n\nMs Akello, 52, said she would stay.")]
    [InlineData("The 45-year-old Briton won in 2019.\n\nA 32-year-old Briton finished second.")]
    [InlineData("Lucy Akello, 47, chairs the vendors.\n\nMrs Akello, 75, her mother, sells fish.")]
    [InlineData("Fung Kwok-wing, 72, and Fung Mei-ling, 70, run the stall.\n\nFung, 74, said trade was slow.")]
    [InlineData("At the relief centre, Rosnah binti Abu Bakar, 47, said she had been evacuated.\n\nBakar, 74, said he had stayed behind.")]
    [InlineData("Jane Smith, 40, opened the cafe in May.\n\nHer father had warned her against it. Mr Smith, 70, said he was proud of his daughter.")]
    [InlineData("Police arrested a man surnamed Chan, 45, in Sham Shui Po.\n\nA woman surnamed Chan, 38, was arrested in Kwun Tong.")]
    [InlineData("A 45-year-old man surnamed Chan was arrested.\n\nA woman surnamed Chan, 38, was held in Kwun Tong.")]
    [InlineData("Kwame Asante, 58, chairs the board.\n\nAsante, who is 58, said the plan would go ahead.")]
    [InlineData("Ruth Nkosi, 73, leads the race.\n\nNkosi, who is 12 points clear, said she was tired.")]
    [InlineData("Mary Flanagan, 72, leads the table.\n\nFlanagan, now 12 points clear, said she was tired.")]
    [InlineData("Anne and Geoffrey Mallory bought the cottage in 1998.\n\n\"It was steep,\" said Mrs Mallory, now 79.\n\nMr Mallory, 82, built the walls himself.")]
    public void Ages_that_agree_or_may_be_other_people_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));

    [Fact]
    public void No_fix_is_offered_because_either_age_may_be_the_slip() =>
        Assert.Empty(Assert.Single(RuleHarness.Lint("Tom Hale, 45, fell.\n\nTom Hale, 46, was hurt.", "CL4003")).Fixes);
}
