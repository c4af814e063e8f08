namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 leaves alone acronyms readers know better than their expansions: scan names and index providers.</summary>
public sealed class KnownAcronymTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => d.Message)];

    [Theory]
    [InlineData("Patients are waiting anxiously for an MRI or CT scan, the college said. MRI scanners are in short supply.")]
    [InlineData("MSCI's broadest index of Asia-Pacific shares outside Japan slipped 0.2%. The MSCI world index rose.")]
    [InlineData("The shares rose 3.1% in Seoul, outperforming the benchmark KOSPI, which gained 0.6%. Japan's TOPIX fell 0.4%.")]
    [InlineData("More pupils than ever sat GCSE computer science this summer, and GCSEs in French fell again.")]
    [InlineData("Team GB won 14 medals in the pool, and the GB men's relay squad took silver.")]
    [InlineData("Joshua lost his IBF belt in 2023, and the WBC champion has not fought since.")]
    [InlineData("Cacace defends his IBO super-featherweight title against the Mexican on Saturday.")]
    [InlineData("Police sent a SWAT team to the house, and a bystander gave the wounded officer CPR.")]
    [InlineData("\"Many countries do not have the capacity to provide the PET scans,\" she said.")]
    [InlineData("The co-operative said in a statement to the NZX on Wednesday that it expects a higher payout.")]
    [InlineData("Operating profit rose 40%, beating the 3.9 billion forecast by analysts in an LSEG poll.")]
    [InlineData("AAA projects 73 million Americans will travel by car, and AARP urged older drivers to plan ahead.")]
    public void Acronyms_every_reader_knows_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_shouted_word_in_a_live_blog_is_not_an_acronym() =>
        Assert.Empty(Acronyms("8.41pm: GOAL! Saka cuts inside and curls the ball into the far corner."));

    [Fact]
    public void A_lesser_known_acronym_beside_them_is_still_reported() =>
        Assert.Equal(
            ["NIHR"],
            Acronyms("The NIHR paid for 40 new MRI scanners. The NIHR said CT capacity would also grow.")
                .Select(m => m.Split('\'')[1]));
}
