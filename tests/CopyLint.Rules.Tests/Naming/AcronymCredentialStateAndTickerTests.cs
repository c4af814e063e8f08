namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on trade-press and sports copy: a person's degrees after the name, a US state after a town, a stock symbol
/// named as one, a journal after "published in", a drug target paired with a designation, an explainer that asks what
/// the acronym stands for, the regulator and the sports terms of their field; beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymCredentialStateAndTickerTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Invasive disease-free survival was 88.5% with ribociclib, reported Dennis Slamon, MD, PhD, of the University of California Los Angeles.")]
    [InlineData("Discussant Erica Mayer, MD, MPH, of the Dana-Farber Cancer Institute in Boston, said the results supported ribociclib.")]
    [InlineData("The agency cited problems at Catalent's fill-finish site in Bloomington, IN, which Novo Holdings acquired last year.")]
    [InlineData("The company sold 15.3 million shares at $18 each. The stock will trade on the Nasdaq under the ticker MTSR.")]
    [InlineData("A study published in JAMA found that a blood test identified Alzheimer's disease with high accuracy.")]
    [InlineData("The PD-1/VEGF bispecific produced a striking result against Keytruda in a Chinese trial.")]
    [InlineData("Explainer: the dates that move biotech stocks\n\nBiotech investors watch the PDUFA date closely.\n\nWhat does PDUFA stand for?\n\nThe Prescription Drug User Fee Act, a 1992 law.")]
    [InlineData("Europe's drug regulator backed the drug. The EMA's committee backed the antisense drug, the biotech said.")]
    [InlineData("Amari Cooper caught a 19-yard TD pass in the first quarter, and the quarterback added a rushing score.")]
    [InlineData("Tarik Skubal lowered his ERA to 2.21 with seven scoreless innings on Sunday. He leads the AL in strikeouts with 201.")]
    [InlineData("The NFL trade deadline passed. Williams is 30 and coming off a torn ACL from last season.")]
    [InlineData("The 12-team College Football Playoff has finished. Texas Tech and LSU did the most to reshape their rosters.")]
    [InlineData("The No. 2 Bulldogs beat No. 5 Texas to win the Southeastern Conference championship and a bye in the College Football Playoff.\n\nThe Longhorns were playing in their first SEC title game.")]
    [InlineData("NexGen Energy (TSX: NXE; NYSE: NXE) said the regulator has scheduled the final part of its licence hearing.")]
    public void A_label_of_its_field_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Invasive disease-free survival was 88.5% with ribociclib, reported Dennis Slamon, KFRA, of the University of California.", "KFRA")]
    [InlineData("After the inspection at the fill-finish site, AL said the plant would reopen.", "AL")]
    [InlineData("The stock will trade on the Nasdaq after the MTSR board approves it.", "MTSR")]
    [InlineData("A study funded by the NIAID found that a blood test identified Alzheimer's disease.", "NIAID")]
    [InlineData("The VEGF said the bispecific produced a striking result against Keytruda.", "VEGF")]
    [InlineData("Explainer: the dates that move biotech stocks\n\nBiotech investors watch the PDUFA date closely.\n\nWhat is the deadline?\n\nTen months from filing.", "PDUFA")]
    [InlineData("The EMA's committee backed the antisense drug, sold in the US as Qalsody.", "EMA")]
    [InlineData("The drug was recommended by the CHMP in March, the biotech said.", "CHMP")]
    [InlineData("The coalition leads the AL in the polls, the party said.", "AL")]
    [InlineData("The bank agreed to pay the fine to settle the case, the SEC said on Monday.", "SEC")]
    [InlineData("NexGen Energy (TSX: NXE; the NXE board) said the regulator has scheduled a hearing.", "NXE")]
    public void Outside_that_shape_it_is_still_reported(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));
}
