namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2003 in NYT style ("Mr. Weintraub"): a surname that names a business or a couple is not a reference to the person.</summary>
public sealed class HonorificStyleTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2003").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Opening = "Sol Weintraub, who ran a bakery for 60 years, died on Nov. 2 in Brooklyn. He was 97.\n\nMr. Weintraub's bagels were known across the borough. ";

    [Theory]
    [InlineData("In 1929 his father opened Weintraub's Bakery on Flatbush Avenue, and Mr. Weintraub took it over in 1958.")]
    [InlineData("Weintraub's Bagels opened its second shop in 1971, and Mr. Weintraub ran both.")]
    [InlineData("Mr. Weintraub was the youngest of three children of Morris and Rose (Feldman) Weintraub.")]
    [InlineData("The case is Weintraub v Brooklyn Flour Ltd [1968] 2 QB 41, and Mr. Weintraub won it.")]
    [InlineData("The ruling in Kings County v. Weintraub went against Mr. Weintraub.")]
    public void A_business_or_a_couple_named_by_the_surname_takes_no_honorific(string sentence) =>
        Assert.Empty(Reported(Opening + sentence));

    [Theory]
    [InlineData("Weintraub said the secret was the water, Mr. Weintraub's son said.")]
    [InlineData("Weintraub's wife, Ida, died in 2010, and Mr. Weintraub retired.")]
    [InlineData("His sister (Ida) Weintraub said Mr. Weintraub never took a holiday.")]
    [InlineData("Weintraub's Democratic friends said Mr. Weintraub voted in every election.")]
    [InlineData("Weintraub vowed to appeal, and Mr. Weintraub's lawyers agreed.")]
    public void A_bare_surname_for_the_person_is_still_reported(string sentence) =>
        Assert.Equal(["Weintraub"], Reported(Opening + sentence));

    [Theory]
    [InlineData("Fitzpatrick admitted the manslaughter of Patrick \"Packie\" Reilly (76) in June.\n\nMr Reilly died in hospital. Mr Reilly was a farmer.")]
    [InlineData("Fitzpatrick admitted the manslaughter of Patrick “Packie” Reilly in June.\n\nMr Reilly died in hospital. Mr Reilly was a farmer.")]
    public void A_full_name_with_a_quoted_nickname_is_a_first_reference(string text) => Assert.Empty(Reported(text));

    [Theory]
    [InlineData("Patrick Reilly, a farmer, died in June.\n\nMr Reilly lived alone. \"Help!\" Reilly shouted, a neighbour said. Mr Reilly fell.")]
    [InlineData("Patrick Reilly, a farmer, died in June.\n\nMr Reilly lived alone. \"Stop,\" Reilly shouted. Mr Reilly fell.")]
    public void A_bare_surname_after_a_quotation_is_still_reported(string text) => Assert.Equal(["Reilly"], Reported(text));

    private const string RoseKila = "Tuberculosis cases rose by about 15 percent last year, the health authority said.\n\n";

    [Theory]
    [InlineData(RoseKila + "Rose Kila, a treatment supporter in Morata, said patients hid their illness.\n\n\"We spend a lot of time explaining,\" Ms Kila said.")]
    [InlineData(RoseKila + "Rose Kila, 34, said patients hid their illness.\n\n\"We spend a lot of time explaining,\" Ms Kila said.")]
    public void A_full_name_opening_a_sentence_in_apposition_is_a_first_reference_though_its_given_name_is_a_word(string text) =>
        Assert.Empty(Reported(text));

    [Fact]
    public void The_two_styles_mixed_after_that_introduction_are_still_reported() =>
        Assert.Equal(["Ms Kila"], Reported(RoseKila + "Rose Kila, a treatment supporter, said patients hid their illness.\n\nKila said more nurses were needed. Ms Kila said she would stay."));

    private const string ShopOpening = "Shop owner Declan Mulroy said there was great excitement in the town.\n\nMr Mulroy said the shop would share the bonus. ";

    [Theory]
    [InlineData("The winning ticket was sold at Mulroy's Centra on Main Street.")]
    [InlineData("The winning ticket was sold at Mulroy's Centra, the council said.")]
    [InlineData("Reposing at Mulroy's Funeral Home, Tubbercurry, on Tuesday from 5pm.")]
    public void A_possessive_surname_and_one_capitalised_word_after_at_name_a_shop(string sentence) =>
        Assert.Empty(Reported(ShopOpening + sentence));

    [Theory]
    [InlineData("The ticket was bought by Mulroy's daughter on Main Street.")]
    [InlineData("Staff met at Mulroy's Christmas party in the hotel.")]
    [InlineData("The winners celebrated at Mulroy's home on Main Street.")]
    [InlineData("Mulroy's Funeral Mass will be held on Wednesday at 11am.")]
    public void A_possessive_surname_for_the_person_after_at_is_still_reported(string sentence) =>
        Assert.Equal(["Mulroy"], Reported(ShopOpening + sentence));

    private const string OwnerOpening = "Geoffrey Marlow is stepping back from the stove after 30 years.\n\nMr Marlow will remain the owner. ";

    [Theory]
    [InlineData("Geoffrey Marlow, 64, opened Marlow's in Walcot Street in 1995.")]
    [InlineData("He sold Marlow's, the council said.")]
    public void A_possessive_surname_with_no_noun_after_a_verb_of_trading_names_the_business(string sentence) =>
        Assert.Empty(Reported(OwnerOpening + sentence));

    [Theory]
    [InlineData("His assistant opened Marlow's letter in Walcot Street.")]
    [InlineData("Diners who opened Marlow's menu in 1995 found six dishes.")]
    public void A_possessive_surname_with_a_noun_after_it_or_no_verb_of_trading_is_still_reported(string sentence) =>
        Assert.Equal(["Marlow"], Reported(OwnerOpening + sentence));

    private const string ChefOpening = "Ana Ruiz has cooked in Queens for three decades.\n\nMs. Ruiz, 64, learned from her aunt. ";

    [Theory]
    [InlineData("At dawn the line outside Ruiz's Kitchen in Corona is already long, and Ms. Ruiz is at the stove.")]
    [InlineData("The regulars at Ruiz's Table, Ms. Ruiz said, order the same stew every week.")]
    public void A_possessive_surname_before_a_business_noun_names_the_business(string sentence) =>
        Assert.Empty(Reported(ChefOpening + sentence));

    [Theory]
    [InlineData("Ruiz's Colombian customers come from Jackson Heights, Ms. Ruiz said.")]
    [InlineData("Ruiz said the kitchen was too small, Ms. Ruiz's son said.")]
    public void A_possessive_surname_before_another_capitalised_word_is_still_reported(string sentence) =>
        Assert.Equal(["Ruiz"], Reported(ChefOpening + sentence));

    [Fact]
    public void A_weekday_given_name_before_the_surname_makes_a_full_first_reference() =>
        Assert.Empty(Reported("The tribunal reserved judgment in the petition challenging the declaration of Monday Okpebholo as governor.\n\n"
            + "The commission declared Mr Okpebholo winner of the election. Mr Okpebholo was not in court."));

    [Fact]
    public void A_weekday_that_dates_the_sentence_leaves_the_surname_plain() =>
        Assert.NotEmpty(Reported("The tribunal sat on Monday Okpebholo was not in court.\n\n"
            + "The commission declared Mr Okpebholo winner of the election. Mr Okpebholo was not in court."));

    [Theory]
    [InlineData("Health Minister Ma. Subramanian released the list on Monday.\n\nMr. Subramanian said the State would appeal.")]
    [InlineData("Chief Minister M.K. Stalin opened the college on Monday.\n\nMr. Stalin said more seats would follow.")]
    public void Initials_before_a_surname_make_a_first_reference(string text) => Assert.Empty(Reported(text));

    [Fact]
    public void A_plain_surname_after_the_initialled_first_reference_is_still_reported() =>
        Assert.Equal(["Subramanian"], Reported("Health Minister Ma. Subramanian released the list on Monday.\n\nMr. Subramanian said the State would appeal. Subramanian also met students. Mr. Subramanian left at noon."));

    private const string AlTayer = "Mattar Al Tayer, director general of the RTA, said the line would serve a million residents.\n\n";

    [Fact]
    public void An_arabic_family_name_with_its_particle_is_one_surname() =>
        Assert.Equal(["Al Tayer"], Reported(AlTayer + "\"It will change how people live,\" Mr Al Tayer said. Al Tayer said tunnelling had begun."));

    [Fact]
    public void An_arabic_family_name_in_one_style_is_left_alone() =>
        Assert.Empty(Reported(AlTayer + "\"It will change how people live,\" Mr Al Tayer said. Mr Al Tayer said tunnelling had begun."));

    [Fact]
    public void A_surname_after_an_elided_particle_ends_a_full_name() =>
        Assert.Empty(Reported("Our guide is Walter (Brian d'Arcy James-Hall, superb), a 54-year-old actor.\n\nMr. James-Hall makes Walter's decency feel real."));

    [Fact]
    public void A_plain_surname_after_a_full_name_with_an_elided_particle_is_still_reported() =>
        Assert.Equal(["Mr. James-Hall"], Reported("Our guide is Walter (Brian d'Arcy James-Hall, superb), a 54-year-old actor.\n\nJames-Hall is on stage throughout.\n\nMr. James-Hall makes Walter's decency feel real."));
}
