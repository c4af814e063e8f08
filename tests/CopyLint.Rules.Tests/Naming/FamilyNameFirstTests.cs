namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 on a short reference by the wrong part of a family-name-first name.</summary>
public sealed class FamilyNameFirstTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Vice Premier He Lifeng led the delegation in Geneva.\n\nLifeng told reporters the talks had been candid.", "Lifeng")]
    [InlineData("Olympic champion Sun Yingsha retired.\n\nYingsha said she would coach.", "Yingsha")]
    public void A_pinyin_given_name_alone_is_reported(string text, string wrong) => Assert.Equal([wrong], Wrong(text));

    [Fact]
    public void A_pinyin_given_name_after_an_honorific_is_reported() =>
        Assert.Equal(["Shuo"], Wrong("Li Shuo, director of the China Climate Hub, said the decline was welcome.\n\nMr Shuo said the target was \"clearly within reach\"."));

    [Fact]
    public void The_family_name_after_an_honorific_is_left_alone() =>
        Assert.Empty(Wrong("Li Shuo, director of the China Climate Hub, said the decline was welcome.\n\nMr Li said the target was \"clearly within reach\"."));

    [Theory]
    [InlineData("Kochi Mayor Okazaki Seiya said the city would build more towers.\n\nSeiya said each person must decide now where to run.", "Seiya")]
    [InlineData("Economy minister Saito Takeshi visited the plant.\n\nTakeshi said output would recover.", "Takeshi")]
    public void A_japanese_given_name_alone_after_family_name_first_order_is_reported(string text, string wrong) => Assert.Equal([wrong], Wrong(text));

    [Fact]
    public void A_japanese_family_name_first_name_shortened_to_the_family_name_is_left_alone() =>
        Assert.Empty(Wrong("Kochi Mayor Okazaki Seiya said the city would build more towers.\n\nOkazaki said each person must decide now where to run."));

    [Theory]
    [InlineData("\"The data are striking,\" said Lei Wang, a chemist at Caltech.\n\nWang said the team would repeat the work next year.")]
    [InlineData("Jin Zhang, who leads the lab in Toronto, wrote the paper. Zhang said the grant had been renewed.")]
    [InlineData("The charity gala was held at a hotel on Park Lane.\n\nIts founder, Maria Lane, said the night raised £2 million. Lane thanked the donors.")]
    public void A_given_name_that_is_also_a_surname_is_left_alone(string text) => Assert.Empty(Wrong(text));

    [Theory]
    [InlineData("The city was renamed after Ho Chi Minh in 1976.\n\nHo had led the independence movement for 30 years.")]
    [InlineData("The toy company will sell a new Han Solo figure.\n\nSolo remains the most popular character in its range.")]
    public void A_name_shortened_otherwise_by_custom_is_left_alone(string text) => Assert.Empty(Wrong(text));

    [Fact]
    public void A_given_name_that_tells_apart_two_people_of_one_family_name_is_left_alone() =>
        Assert.Empty(Wrong(
            "At 5.30am Lim Boon Keng is already folding his first batch of rice cakes. Lim, 61, has sold them for 34 years.\n\n"
            + "His daughter, Lim Hui Min, left a job in accounting to help at the stall. Hui Min counts the takings while Lim scrubs the steamer."));

    [Fact]
    public void A_given_name_is_still_reported_beside_a_full_name_of_another_family() =>
        Assert.Equal(["Jong Un"], Wrong(
            "North Korean leader Kim Jong Un met South Korean President Lee Jae-myung at the border.\n\n"
            + "Jong Un said the talks had been frank. Lee said he was encouraged."));

    [Fact]
    public void Other_Vietnamese_names_are_still_shortened_to_the_given_name() =>
        Assert.Equal(["Ngo"], Wrong("President Ngo Dinh Diem was overthrown in 1963.\n\nNgo had ruled the south since 1955."));
    [Theory]
    [InlineData("Flood water covers a road in Hue on Monday. (Tran Dung/Reuters)")]
    [InlineData("Flood water covers a road in Hue on Monday. (Lan Tran/AP)")]
    [InlineData("Flood water covers a road in Hue on Monday. AP Photo/Lan Tran")]
    public void A_photographer_in_a_credit_shares_no_family_name_with_the_story(string caption) =>
        Assert.Equal(["Tran"], Wrong(
            "Deputy Prime Minister Tran Hong Ha visited the flooded districts on Monday. Tran said the army would stay.\n\n" + caption));

    [Fact]
    public void A_person_of_the_story_with_the_family_name_last_still_leaves_it_alone() =>
        Assert.Empty(Wrong(
            "Deputy Prime Minister Tran Hong Ha visited the flooded districts on Monday. Tran said the army would stay.\n\n"
            + "Lan Tran, a nurse in Hue, said the clinic had no power."));

    [Fact]
    public void A_given_name_alone_is_reported_beside_the_name_romanised_another_way() =>
        Assert.Equal(["Soo-jin"], Wrong(
            "Kim Soo-jin left a job in Seoul to reopen a bakery. Kim Soo-jin, 39, moves between the ovens.\n\n"
            + "\"Everyone told me the town was dying,\" Soo-jin said.\n\nKim Su-jin's partner handles the accounts."));

    [Fact]
    public void A_given_name_alone_beside_a_relative_of_another_given_name_is_left_alone() =>
        Assert.Empty(Wrong(
            "Kim Soo-jin left a job in Seoul to reopen a bakery. Kim Soo-jin, 39, moves between the ovens.\n\n"
            + "\"Everyone told me the town was dying,\" Soo-jin said.\n\nKim Min-jun's partner handles the accounts."));

    [Fact]
    public void A_vietnamese_family_name_kept_on_purpose_beside_the_name_people_call_her_is_left_alone() =>
        Assert.Empty(Wrong(
            "Nguyen Thi Lan arrived in Australia as a teenage refugee.\n\nNguyen, 48, opened Mai in 2011.\n\n"
            + "Lan, as her staff call her, trained as an accountant."));

    [Fact]
    public void A_vietnamese_family_name_beside_the_given_name_used_plainly_is_still_reported() =>
        Assert.Equal(["Nguyen"], Wrong(
            "Nguyen Thi Lan arrived in Australia as a teenage refugee.\n\nNguyen, 48, opened Mai in 2011.\n\n"
            + "Lan trained as an accountant."));

    [Fact]
    public void A_vietnamese_family_name_kept_on_every_later_reference_by_house_style_is_left_alone() =>
        Assert.Empty(Wrong(
            "Nguyen Van Thanh, 33, pleaded guilty in the District Court.\n\nThe judge said Nguyen had looked at his phone.\n\n"
            + "Nguyen, who moved to Sydney in 2016, worked long shifts.\n\nNguyen will be eligible for parole in 2029."));

    [Fact]
    public void A_vietnamese_family_name_with_an_honorific_is_left_alone() =>
        Assert.Empty(Wrong(
            "Nguyen Thi Mai, 48, opened the bakery in 2011.\n\nMs Nguyen said rents had doubled.\n\nNguyen plans a second shop."));

    [Fact]
    public void A_vietnamese_family_name_used_twice_is_still_reported() =>
        Assert.Equal(["Pham", "Pham"], Wrong(
            "Prime Minister Pham Minh Chinh met investors in Hanoi.\n\nPham said approvals would be faster. Pham also promised new power lines."));

    [Fact]
    public void A_vietnamese_family_name_kept_three_times_beside_the_given_name_alone_is_still_reported() =>
        Assert.Equal(["Pham", "Pham", "Pham"], Wrong(
            "Prime Minister Pham Minh Chinh met investors in Hanoi.\n\nPham said approvals would be faster. Pham also promised new power lines.\n\n"
            + "Chinh flew home on Friday. Pham is due in Tokyo next month."));
}
