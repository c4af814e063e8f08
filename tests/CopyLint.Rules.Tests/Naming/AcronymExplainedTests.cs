namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on acronyms the page explains in ways other than a capitalised name before them: a hyphenated or bracketed
/// lower-case expansion, an agency name that takes two letters of one word, a possessive apposition, a descriptor, a
/// post-nominal, a list of companies and a picture credit; beside each, the defect that stays reported.
/// </summary>
public sealed class AcronymExplainedTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Investors pulled $1.2bn from U.S.-listed exchange-traded funds on Monday. Spot bitcoin ETFs recorded net outflows for a fifth day.")]
    [InlineData("Carriers will add 2.1m TEU (twenty-foot equivalent units) of new capacity next year, the consultancy said.")]
    [InlineData("The council wants to limit new HMOs (houses in multiple occupation) in the city centre.")]
    [InlineData("PHILADELPHIA — The Southeastern Pennsylvania Transportation Authority board voted Thursday to raise fares. "
        + "SEPTA general manager Scott Sauer said the board had no choice.")]
    [InlineData("Members revolted over the state and local tax deduction. Rep. Chip Roy said any SALT increase must be paid for.")]
    public void An_expansion_in_lower_case_or_taking_two_letters_of_a_word_spells_it_out(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Investors pulled $1.2bn from U.S.-listed exchange notes on Monday. Spot bitcoin ETNs recorded net outflows for a fifth day.", "ETNs")]
    [InlineData("The firm will add 40 new DSPs (delivery partners) next year, the company said.", "DSPs")]
    [InlineData("The council wants to limit new HMOs (houses in shared occupation) in the city centre.", "HMOs")]
    [InlineData("Members revolted over the state and federal tax deduction. Rep. Chip Roy said any SALT increase must be paid for.", "SALT")]
    [InlineData("The fund will buy stakes in two SPVs (Maersk and others) next year.", "SPVs")]
    [InlineData("PHILADELPHIA — The Pennsylvania Transportation Authority board voted Thursday to raise fares. "
        + "SEPTA general manager Scott Sauer said the board had no choice.", "SEPTA")]
    [InlineData("The Southeastern Pennsylvania Transportation Authority board voted Thursday. The SPTB said fares would rise.", "SPTB")]
    public void A_phrase_that_does_not_spell_it_is_no_expansion(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Arnaud Rousseau, president of the FNSEA, France's largest farmers' union, said the deal would ruin growers.")]
    [InlineData("The rules mainly affect ASML, Europe's most valuable technology company, and its sales to China.")]
    [InlineData("Members of the RMT union at South Western Railway have called off a 48-hour strike.")]
    [InlineData("The party had a lead of about 28,000 votes, the ANP news agency reported.")]
    [InlineData("An Ipsos survey for the NOS public broadcaster put the far right two seats ahead.")]
    [InlineData("Members of the GMB trade union at the depot voted to strike.")]
    [InlineData("The Spanish weather agency AEMET had issued a red warning for the region on Tuesday.")]
    [InlineData("The state weather agency AEMET had issued a red warning for the region on Tuesday.")]
    [InlineData("Agustín Reyna, director general of the European consumer organisation BEUC, said the fine was too small.")]
    [InlineData("Counsel to the commission, Mr Rotimi Oyedepo, SAN, asked the court to fix a date for trial.")]
    [InlineData("The ministry told companies including BYD, Geely and SAIC that they must not sell cars below cost.")]
    [InlineData("Chinese brands including BYD, MG owner SAIC and Leapmotor took about 5.9% of the European car market in April.")]
    [InlineData("The Royal National Lifeboat Institution (RNLI) said he saved 200 lives.\n\nDerek Pascoe is pictured at the helm of the Penlee lifeboat in 1985. (Photo: RNLI/PA)")]
    [InlineData("The UAE has invested through the technology group G42 and MGX, an investment vehicle focused on AI infrastructure.")]
    [InlineData("The flaw is in the way Windows handles NTLM hashes, the credentials Windows uses to authenticate users.")]
    [InlineData("The flaw is in the way Windows handles NTLM, the protocol Windows uses to authenticate users.")]
    [InlineData("The strike was called by the SNCTA, the largest air traffic controllers' union in France.")]
    [InlineData("Adobe released updates for Photoshop and Illustrator, while SAP published 8 new security notes.")]
    [InlineData("The disaster agency said 214 neighborhood units, or RTs, were flooded as of noon.")]
    [InlineData("Onosato won on Sunday.\n\nOnosato holds the Emperor's Cup in Fukuoka on Sunday. | KYODO")]
    [InlineData("Pilbara Minerals, which trades as PLS, said in October it would keep its plant on care and maintenance.")]
    [InlineData("The company has applied for an environmental impact permit, known in Mexico as a MIA, for the open pit.")]
    [InlineData("The largest producer exported about 114,000 tonnes of cobalt in 2024. Glencore's KCC and Mutanda mines are also major producers.")]
    public void A_gloss_descriptor_post_nominal_list_or_credit_explains_it(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The FNSEA said on Tuesday that France's largest farmers would protest.", "FNSEA")]
    [InlineData("The RMT said its members at South Western Railway would strike.", "RMT")]
    [InlineData("The state news agency KCNA said the test had been a success.", "KCNA")]
    [InlineData("Agustín Reyna, director general of the consumer organisation BEUC, said the fine was too small.", "BEUC")]
    [InlineData("The fine was welcomed by North Korea's state news organisation KCNA on Friday.", "KCNA")]
    [InlineData("Counsel to the commission, Mr Rotimi Oyedepo, told the EFCC to fix a date for trial.", "EFCC")]
    [InlineData("The ministry told companies including BYD, Geely and SAIC to cut prices. SAIC said it would comply.", "SAIC")]
    [InlineData("The lifeboat was launched at 3am, PA reported.", "PA")]
    [InlineData("The party had a lead of about 28,000 votes, the ANP reported.", "ANP")]
    [InlineData("The IAEA said the reactor had been shut down.", "IAEA")]
    [InlineData("Inspectors from the IAEA nuclear team visited the plant.", "IAEA")]
    [InlineData("The money was sent to the KFRA, a spokesman for the ministry said.", "KFRA")]
    [InlineData("The money was sent to the KFRA, the ministry's spokesman said.", "KFRA")]
    [InlineData("The attackers stole NTLM hashes, the company's spokesman said.", "NTLM")]
    [InlineData("The deficit reached 5.8% of GDP last year, according to the national office INSEE, the highest in the eurozone.", "INSEE")]
    [InlineData("Prices rose 4.1% in the year to March, according to the state agency KSTAT, the fastest since 2008.", "KSTAT")]
    [InlineData("The flaw is in the way Windows handles NTLM hashes, and attackers can steal them.", "NTLM")]
    [InlineData("The disaster agency said 214 neighborhood units, or the RTs, were flooded as of noon.", "RTs")]
    [InlineData("The disaster agency said the committee, or RT, would meet at noon.", "RT")]
    [InlineData("Onosato won on Sunday.\n\nOnosato holds the Emperor's Cup in Fukuoka on Sunday. | The KCNA said he won.", "KCNA")]
    [InlineData("Pilbara Minerals, which owns PLS, said in October it would keep its plant on care and maintenance.", "PLS")]
    [InlineData("The company has applied for a permit known in the end as a MIA, for the open pit.", "MIA")]
    [InlineData("The largest producer exported about 114,000 tonnes of cobalt in 2024. Glencore's KCC and Mutanda are also major producers.", "KCC")]
    public void The_same_acronym_unexplained_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
