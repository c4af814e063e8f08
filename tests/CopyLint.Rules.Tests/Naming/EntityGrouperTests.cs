using CopyLint.Rules.Naming;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Naming;

public sealed class EntityGrouperTests
{
    private static readonly MentionFinder Finder = new(new NameLexicon(RuleHarness.Data));

    private static IReadOnlyList<Entity> Group(string text) => EntityGrouper.Group(Finder.Find(Document.Parse(text)));

    [Fact]
    public void Short_references_and_acronyms_join_the_full_name()
    {
        var entities = Group("North Korean leader Kim Jong Un met Russian President Vladimir Putin. The Korean Central News Agency (KCNA) said Kim and Putin talked. KCNA gave no date.");
        var kim = entities.Single(e => e.First.Form == "Kim Jong Un");
        var putin = entities.Single(e => e.First.Form == "Vladimir Putin");
        var agency = entities.Single(e => e.First.Form == "Korean Central News Agency");
        Assert.Equal(["Kim Jong Un", "Kim"], kim.Mentions.Select(m => m.Form));
        Assert.Equal(["Vladimir Putin", "Putin"], putin.Mentions.Select(m => m.Form));
        Assert.Equal("KCNA", agency.Acronym);
        Assert.Equal(3, agency.Mentions.Count);
    }

    [Fact]
    public void A_short_reference_joins_the_latest_name_it_fits()
    {
        var entities = Group("Kim Jong Un spoke first. Later his sister Kim Yo Jong said Kim would decide.");
        Assert.Equal(["Kim Yo Jong", "Kim"], entities.Single(e => e.First.Form == "Kim Yo Jong").Mentions.Select(m => m.Form));
    }
}
