using CopyLint.Rules.Naming;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Naming;

public sealed class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(new NameLexicon(RuleHarness.Data));

    private static IReadOnlyList<Mention> Find(string text) => Finder.Find(Document.Parse(text));

    private static string[] Forms(string text) => [.. Find(text).Select(m => m.Form)];

    [Fact]
    public void The_particle_constants_follow_the_particle_list()
    {
        Assert.Equal(MentionFinder.ParticleInitials, MentionFinder.ParticleWords.Aggregate(0u, (mask, particle) => mask | 1u << (particle[0] - 'a')));
        Assert.Equal(MentionFinder.ParticleHyphenReach, MentionFinder.ParticleWords.Max(particle => particle.Length) + 1);
        Assert.Equal(MentionFinder.ShortestParticle, MentionFinder.ParticleWords.Min(particle => particle.Length));
    }

    /// <summary>
    /// CL2001 hashes a form's key from its words and reads a short form's first key letter from its first word: both
    /// hold because every word of a name starts with a letter, and the hash of the words is the hash of the form.
    /// </summary>
    [Fact]
    public void A_names_key_hash_and_first_letter_come_from_its_words()
    {
        var mentions = Find("President Vladimir Putin met Kim Jong Un, al-Assad and Mr O’Neill-Smith. Marcelino García Toral, "
            + "Ursula von der Leyen and W. B. Yeats visited the Korean Central News Agency (KCNA) and Zürich’s Bank of England office.");
        Assert.True(mentions.Count >= 8);
        foreach (var mention in mentions)
        {
            Assert.Equal(NameText.KeyHash(mention.Form), NameText.KeyHash(mention));
            foreach (var word in mention.Name)
            {
                Assert.True(char.IsAsciiLetter(word.Text[0]) || !char.IsAscii(word.Text[0]), word.Text);
            }
        }
    }

    /// <summary>
    /// CL2001's short forms read a name's tail key lengths from its form's stats, counted with the key hash: for an ASCII
    /// name they are its last one, two and three words' letters and digits; beyond ASCII they are unknown.
    /// </summary>
    [Fact]
    public void A_forms_tail_letters_are_its_last_words_key_lengths()
    {
        var mentions = Find("President Vladimir Putin met Kim Jong Un, al-Assad and Mr O’Neill-Smith. Marcelino García Toral, "
            + "Ursula von der Leyen and W. B. Yeats visited the Korean Central News Agency (KCNA) and Zürich’s Bank of England office, "
            + "as did Jean-Luc O'Brien 2nd and Mary.");
        Assert.Contains(mentions, m => !m.Name.ToArray().All(w => System.Text.Ascii.IsValid(w.Text)));
        foreach (var mention in mentions)
        {
            var tails = new FormStats(mention).Tails;
            var words = mention.Name.ToArray();
            if (!words.All(w => System.Text.Ascii.IsValid(w.Text)))
            {
                Assert.False(tails.IsKnown, mention.Form);
                continue;
            }

            for (var length = 1; length <= Math.Min(3, words.Length); length++)
            {
                Assert.Equal(words[^length..].Sum(w => w.Text.Count(char.IsAsciiLetterOrDigit)), tails.Of(length));
            }
        }
    }

    [Fact]
    public void A_name_may_start_with_a_particle_but_not_with_a_hyphenated_word() =>
        Assert.Equal(["al-Assad", "ibn-Saud", "Damascus"], Forms("He said al-Assad and ibn-Saud met in Damascus, an all-out ad-hoc e-mail."));

    [Fact]
    public void Titles_stay_apart_from_the_name()
    {
        var mentions = Find("It backed Russian President Vladimir Putin and said Army Gen. Xavier Brunson agreed.");
        Assert.Equal(["Vladimir Putin", "Xavier Brunson"], mentions.Select(m => m.Form));
        Assert.Equal(["President", "Gen."], mentions.Select(m => m.Title));
    }

    [Fact]
    public void Lower_case_titles_before_a_name_are_recorded()
    {
        var mention = Assert.Single(Find("It was presented by lawmaker Yoo Sang-bum on Monday."));
        Assert.Equal("Yoo Sang-bum", mention.Form);
        Assert.Equal("lawmaker", mention.Title);
    }

    [Fact]
    public void Honorifics_are_kept_with_their_span_and_possessives_are_stripped()
    {
        var text = "It praised Mr. Kim’s forces.";
        var mention = Assert.Single(Find(text));
        Assert.Equal("Kim", mention.Form);
        Assert.Equal("Mr", mention.Honorific);
        Assert.Equal("’s", mention.Possessive);
        Assert.Equal("Mr. ", text.Substring(mention.HonorificSpan!.Value.Start, mention.HonorificSpan.Value.Length));
    }

    [Fact]
    public void Connectors_and_particles_join_one_name() =>
        Assert.Equal(["Ursula von der Leyen", "Bashar al-Assad", "Bank of England"], Forms("She met Ursula von der Leyen, Bashar al-Assad and the Bank of England ended."));

    [Fact]
    public void A_person_of_a_place_is_two_mentions() =>
        Assert.Equal(["Kim Jong Un", "North Korea"], Forms("The talks with Kim Jong Un of North Korea ended."));

    [Fact]
    public void Initials_take_their_full_stop() =>
        Assert.Equal(["George W. Bush"], Forms("It was signed by George W. Bush in 2002."));

    [Fact]
    public void An_acronym_in_brackets_defines_the_name_before_it()
    {
        var mentions = Find("The Korean Central News Agency (KCNA) said so.");
        Assert.Equal("KCNA", mentions[0].DefinedAcronym);
        Assert.True(mentions[1].IsAcronymDefinition);
    }

    [Fact]
    public void Sentence_starters_do_not_become_names() =>
        Assert.Equal(["Seoul"], Forms("The envoy left. After talks in Seoul, he flew home. But nothing changed."));

    [Fact]
    public void A_sentence_initial_common_word_is_dropped_when_the_article_uses_it_in_lower_case() =>
        Assert.Equal(["South Korean"], Forms("Recent South Korean estimates differ from recent ones."));

    [Fact]
    public void A_line_break_between_paragraphs_ends_a_name() =>
        Assert.Equal(["Kim", "Putin"], Forms("It was Kim\n\nPutin replied."));

    [Fact]
    public void Mentions_inside_double_quotes_are_marked() =>
        Assert.Equal([false, true], Find("Kim said: “Putin is a friend.”").Select(m => m.InQuote));

    [Fact]
    public void Many_names_in_few_words_keep_their_own_words()
    {
        // More name words than the finder foresees for so short a text: its word array must grow.
        var text = "Gen. Kim Jong Un met President Vladimir Putin, Xi Jinping, Joe Biden, Emmanuel Macron, Olaf Scholz and Mr. Fumio Kishida’s aides.";
        var mentions = Find(text);
        Assert.Equal(["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Fumio Kishida"], mentions.Select(m => m.Form));
        Assert.All(mentions, m => Assert.Equal(m.Form, text[m.Span.Start..m.Span.End]));
        Assert.Equal(["Gen.", "Kim", "Jong", "Un"], mentions[0].Words.ToArray().Select(w => w.Text));
        Assert.Equal(["President", "Vladimir", "Putin"], mentions[1].Words.ToArray().Select(w => w.Text));
        Assert.Equal(["Mr.", "Fumio", "Kishida"], mentions[^1].Words.ToArray().Select(w => w.Text));
        Assert.Equal("’s", mentions[^1].Possessive);
        Assert.Equal("Kishida", mentions[^1].Last.Text);
        Assert.Equal("Fumio", mentions[^1].WordAt(0));
    }

    [Fact]
    public void An_abbreviated_title_before_a_name_keeps_its_full_stop()
    {
        var mentions = Find("Gen. Mark Milley spoke first, and Sen. Mark Kelly agreed.");
        Assert.Contains(mentions, m => m.Words[0].Text == "Gen." && m.Form == "Mark Milley");
        Assert.Contains(mentions, m => m.Words[0].Text == "Sen." && m.Form == "Mark Kelly");
    }

    [Theory]
    [InlineData("He met the President.")]
    [InlineData("I call the shadow Chancellor. He rises.")]
    [InlineData("“We spoke to the Pope.”")]
    public void A_title_ending_a_sentence_leaves_its_full_stop_to_the_sentence(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Words[^1].Text.EndsWith('.'));
}
