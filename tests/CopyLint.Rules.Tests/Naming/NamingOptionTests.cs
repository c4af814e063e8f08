using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Naming;

public sealed class NamingOptionTests
{
    private const string MixedStyle = "Keir Starmer spoke on Monday. Mr Starmer said the plan was ready. Starmer added that it would cost money.";

    private static LintSettings With(string id, string option, OptionValue value) => new()
    {
        RuleOptions = new Dictionary<string, RuleOptions> { [id] = new(new Dictionary<string, OptionValue> { [option] = value }) },
    };

    private static string[] Lint(string text, string id, LintSettings? settings = null, Linter? linter = null) =>
        [.. (linter ?? RuleHarness.Linter).Lint(new Text.SourceText(text), settings ?? LintSettings.Default).Diagnostics.Where(d => d.Id == id).Select(d => text.Substring(d.Span.Start, d.Span.Length))];

    [Fact]
    public void Honorifics_never_reports_every_honorific() =>
        Assert.Equal(["Mr Starmer"], Lint(MixedStyle, "CL2003", With("CL2003", "honorifics", OptionValue.Of("never"))));

    [Fact]
    public void Honorifics_always_reports_a_bare_surname_of_a_titled_person()
    {
        var text = "Prime Minister Keir Starmer spoke on Monday. Starmer said the plan was ready.";
        Assert.Empty(Lint(text, "CL2003"));
        Assert.Equal(["Starmer"], Lint(text, "CL2003", With("CL2003", "honorifics", OptionValue.Of("always"))));
    }

    [Fact]
    public void Honorifics_consistent_fixes_the_rarer_style()
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(MixedStyle, "CL2003"));
        Assert.Equal("Write 'Mr Starmer'", Assert.Single(diagnostic.Fixes).Title);
    }

    [Fact]
    public void Known_acronyms_option_extends_the_list()
    {
        const string text = "The IAEA said Iran had more uranium.";
        Assert.Equal(["IAEA"], Lint(text, "CL2004"));
        Assert.Empty(Lint(text, "CL2004", With("CL2004", "known_acronyms", OptionValue.Of(["IAEA"]))));
    }

    [Fact]
    public void A_user_name_authority_entry_is_reported_with_a_fix()
    {
        var data = RuleHarness.Data.With([new RuleDataFile("lists/name-authority.txt", "Volodymyr Zelenskyy = Volodymyr Zelensky", "copylint.yaml")]);
        var linter = new Linter(new RuleSet(BuiltInRules.Create(data)), data);
        const string text = "Ukrainian President Volodymyr Zelensky’s office said he would travel to Kiev.";
        Assert.Equal(["Volodymyr Zelensky", "Kiev"], Lint(text, "CL2005", linter: linter));
    }

    [Fact]
    public void An_exception_context_leaves_the_old_spelling() =>
        Assert.Empty(Lint("The canteen served Chicken Kiev on Fridays.", "CL2005"));
}
