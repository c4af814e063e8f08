namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on German nouns of one stem and two prefixes that an explainer glosses ("the Anmeldung" for registering,
/// "(Abmeldung)" for deregistering): two words, not one name spelled twice; a surname one prefix letter apart is still reported.
/// </summary>
public sealed class InconsistentNameGermanPrefixNounTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void Two_German_nouns_with_different_prefixes_are_left_alone() =>
        Assert.Empty(Reported(
            "If you move to Germany, you must register your new address. Here is what you need to know about the Anmeldung.\n\n"
            + "What is the Anmeldung?\n\nAnyone who moves into a flat must register with the local office within two weeks.\n\n"
            + "If you leave Germany for good, you must deregister (Abmeldung) within two weeks."));

    [Fact]
    public void A_surname_one_prefix_letter_apart_is_still_reported() =>
        Assert.Contains("Aushofner", Reported(
            "Stefan Aufhofner runs the registration office in Munich. Aufhofner said appointments were scarce.\n\n"
            + "Anyone who moves into a flat must register with the local office within two weeks.\n\n"
            + "Aushofner said the average wait had fallen to nine days."));
}
