namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on wire, data-desk and regional copy: a kind noun after an acronym
/// opening the sentence, a broadcaster by its medium after an adjective of ownership, a vaccine's code name, a Markdown
/// standfirst in italics, DW and ICT; beside each, the defect of the same shape that stays reported.
/// </summary>
public sealed class AcronymKindOwnerAndCodeNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The CGT umbrella union, Argentina's largest labour federation, has called for a meeting.")]
    [InlineData("The CGT union has called for a meeting with the government.")]
    [InlineData("The captain told state-run VTV television that men in uniform boarded his boat.")]
    [InlineData("The statement was read on state-owned MRTV television on Friday.")]
    [InlineData("Children in 51 sub-counties have received the RTS,S vaccine since 2019.")]
    [InlineData("\"Germany is now a provider of security,\" she told DW.")]
    [InlineData("\"We will not renew any agreement,\" she told RFI.")]
    [InlineData("Reporters for RFI, France 24, VOA and the BBC were suspended.")]
    [InlineData("Infrastructure, energy and ICT are allocated Sh539 billion.")]
    public void A_kind_noun_an_owned_broadcaster_a_code_name_and_known_terms_are_not_reported(string text) =>
        Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The CGT said it would call a general strike.", "CGT")]
    [InlineData("The captain told state-run VTV that men in uniform boarded his boat.", "VTV")]
    [InlineData("The captain told VTV television that men in uniform boarded his boat.", "VTV")]
    [InlineData("Children in 51 sub-counties have received the RTS vaccine since 2019.", "RTS")]
    [InlineData("\"The test was a success,\" a spokesman told KCNA.", "KCNA")]
    public void The_same_acronym_unexplained_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    private const string Headline = "# EFF loses bid to overturn Electoral Court ruling\n\n";

    [Fact]
    public void An_acronym_in_an_italic_standfirst_is_display_copy() =>
        Assert.Empty(Acronyms(Headline + "*The party had argued that the IEC acted unlawfully when it allowed two expelled members to keep their seats*\n\n"
            + "The court found that the Electoral Commission of South Africa (IEC) had applied the law.\n\nThe IEC welcomed the ruling.\n"));

    [Fact]
    public void After_an_italic_standfirst_the_body_use_is_judged() =>
        Assert.Equal(["IEC"], Acronyms(Headline + "*The party had argued that the IEC acted unlawfully when it allowed two expelled members to keep their seats*\n\n"
            + "The court found that the IEC had applied the law.\n\nThe party said it would appeal.\n"));

    [Fact]
    public void A_musical_monogram_named_as_a_motif_is_left_alone() =>
        Assert.Empty(Acronyms("The closing pages, with the composer's DSCH motif hammered out by the timpani, sounded like a refusal."));

    [Fact]
    public void The_same_letters_as_a_body_are_still_reported() =>
        Assert.Equal(["DSCH"], Acronyms("The closing pages, with the composer's DSCH grant paying for the timpani, sounded like a refusal."));

    [Theory]
    [InlineData("A newer strain, GII.17, became dominant nationally that season.")]
    [InlineData("The JN.1 variant and its offshoot XBB.1.5 spread quickly.")]
    [InlineData("The model number and a date code in the format MM/YY appear on a silver label.")]
    [InlineData("Dates are printed as DD/MM/YYYY on the lid, or YYYY-MM-DD on export packs.")]
    [InlineData("The cucumbers were sold in bags with the UPC code 8 12345 00231 7.")]
    public void A_designation_format_or_labelled_code_is_not_an_acronym(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The strain was confirmed by the KFRA. 12 cases followed.", "KFRA")]
    [InlineData("The KFRA/PSA office checked the labels.", "KFRA")]
    [InlineData("The KFRA code of conduct was published.", "KFRA")]
    public void An_acronym_beside_a_number_slash_or_code_noun_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
