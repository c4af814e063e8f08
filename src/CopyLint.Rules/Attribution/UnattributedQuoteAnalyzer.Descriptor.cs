using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3003's descriptor: what the rule reports and what it leaves alone.</summary>
public sealed partial class UnattributedQuoteAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL3003",
        "Unattributed quote",
        "Quotation of {0} words has no speaker: say who said it",
        RuleCategory.Attribution,
        Severity.Warning,
        "Direct speech needs a speaker. This rule reports a quotation with no attribution outside it in its sentence or "
        + "in reach: no speech verb, no introduction, no credit that names who said it. Words inside a quotation never attribute it.")
    {
        Name = "unattributed-quote",
        Summary = "Direct speech needs a speaker.",
        Reports =
        [
            "A quotation (straight or curly marks) of at least minimum_words words (5) with no attribution outside it in its sentence or in reach.",
            "A whole sentence of three words or more standing as its own paragraph in quotation marks ('\"We are thrilled.\"'), with no attribution in reach.",
            "A quotation that opens a paragraph with no speaker in the paragraph before it and no attributed quotation it continues: a hedge with no source, 'reportedly' or 'it is understood', names no speaker.",
            "A quotation whose only source is data named outside the quotation's sentence, which is no speaker: '… according to data from Cirium.' (rules/lists/quote-data-sources.txt).",
            "A quotation in the first person singular whose only source is an organisation or a report in the paragraph before ('… according to the World Food Programme.' / '\"… my children still need to eat.\"'; rules/lists/quote-non-person-sources.txt): an organisation speaks as 'we', not 'I'.",
            "A quotation after a share of a poll's sample in the paragraph before, which is no speaker: 'Thirty-eight percent of respondents said …' / '\"It's a tax. People know it's a tax.\"'.",
            "A quotation under a label in bold closing on a colon that heads a part of the story, which names no one by its verb: '**What they're saying:** \"…\"'.",
            "The wording of an allegation or a claim whose noun phrase does not name who made it: 'The allegation that he \"…\" was denied'. A name after 'against' does not name who made it either.",
            "A quotation under a label closing on a colon that names no one ('Update:', 'In Glasgow tonight:', 'Meanwhile, in Wembley:'), or under a claim label whose words no quotation in the next three paragraphs repeats.",
        ],
        LeftAlone =
        [
            "A quotation with a speech verb such as 'said', 'told' or 'wrote' outside it, in its sentence or in reach.",
            "A quotation with a speech verb whose subject may be a descriptor such as 'the minister' or 'the 58-year-old', or a person and an age ('A man in his 80s said', 'a woman aged 45 said'), but '45 said' alone is a count.",
            "An attribution with 'according to', 'in her words', 'by his own account' or 'as he put it'.",
            "A quotation after an introduction ending in a colon: 'The statement read: \"…\"'.",
            "A quotation that is the object or complement of a verb of speech or judgement before it: 'He thanked her for \"…\"', 'describing the issue as \"…\"', 'branding it \"…\"', 'he dedicated it to \"…\"' (rules/lists/quote-speech-acts.txt); a passive such as 'was praised for' names no one.",
            "A quotation that is the object of such a verb in a prize's citation ('The committee awarded her the prize for \"…\"'), or after 'countries agreed to \"…\"', a court 'holding that \"…\"' or a judge 'finding that \"…\"' (rules/lists/quote-speech-acts.txt).",
            "A quotation after a verb of performance, which counts only with a person as its subject: 'he is delivering \"…\"', not 'the plan is delivering \"…\"' (rules/lists/quote-performance-verbs.txt).",
            "Scare quotes and short phrases.",
            "Quoted titles, names and banners: mostly capitalised, or after 'called', 'titled', 'dubbed' (rules/lists/quote-title-cues.txt).",
            "Glosses: after 'translated as', 'meaning', 'known as', or a legal category after 'register as' or 'designated as' (rules/lists/attribution-gloss-cues.txt).",
            "A gloss with a hedge between allowed ('means something like \"…\"'), and the next of a series of them: 'means \"just the right amount\", \"not too much and not too little\", or \"enough\"' (rules/lists/attribution-gloss-cues.txt).",
            "Example wording of a text or a message, after a noun of writing and 'such as', 'like' or 'including': 'urgent language, such as \"…\"', 'messages such as \"…\"', 'placards with slogans such as \"…\" and \"…\"' (rules/lists/quote-wording-nouns.txt).",
            "The wording of an allegation or a claim in its 'that' clause when the noun phrase names who made it: 'the central allegation in a 2024 episode of the Shelf Life podcast – that she had copied \"…\"', 'Smith's claim that …' (rules/lists/quote-allegation-nouns.txt).",
            "Stray unclosed marks, which are not speech: a single mark left open mid-clause is an apostrophe or an ʻokina ('known as an \'ava ceremony').",
            "Headings, which are not speech.",
            "A crowd's chant, which is not speech: '\"…\" rang out', 'answering with \"…\"' (rules/lists/attribution-chant-cues.txt).",
            "Lines of verse: '… / …'.",
            "A line named as performed from a play, a song or a speech: 'the famous speech about \"…\"', 'its chorus – \"…\" –', 'the \"To be or not to be\" soliloquy' (rules/lists/quote-performed-lines.txt).",
            "A quotation after a possessive name, which names its speaker: 'Wilde's \"…\"'.",
            "A quotation in a paragraph opened by a transcript's speaker label, which names its speaker: 'Jim Chalmers: …'.",
            "An epigraph or pull quote standing as its own paragraph, ended by a credit after a dash: '\"…\" — the broadcaster Ciarán Mac Mathúna, in 1976'.",
            "A quotation standing alone on its line with a credit line directly under it, as in a column of quotes of the week: no blank line between, no full stop, a name and, after a comma, a role or occasion, or a name after a dash.",
            "Such a credit line under a quotation: 'Helen Marsh, chair of the Local Government Association, on Nottingham's finances'.",
            "A fact-check's quoted claim with its source line a blank line under it, where and when it was said: a medium or a name, a comma and a date ('Post on X by a minor party candidate, February 2, 2025.'; rules/lists/quote-source-media.txt).",
            "A quotation next to an action beat ('\"…\" He laughed.', 'She shrugs. \"…\"'; rules/lists/quote-beat-verbs.txt) when someone is quoted with a speaker in the paragraph or one or two before.",
            "A quotation next to a stance ('His wife, Pat, is less sure. \"…\"'; rules/lists/quote-beat-stances.txt) when someone is quoted with a speaker in the paragraph or one or two before.",
            "A quotation opening the paragraph after such a beat standing as its own paragraph ('He is candid about the limits.'), when someone is quoted with a speaker in the paragraph or one or two before.",
            "When a beat looks back for a speaker, the lines an embedded post leaves between ('View this post on Instagram') are passed over; a subheading ends the reach.",
            "A pull-quote headline (the first paragraph, only a short quotation), credited by a standfirst under it that names someone (rules/lists/quote-name-openers.txt).",
            "A quote heading over a live page's entry (a short quotation alone as its paragraph, with no full stop), credited by the quotation below it that repeats its words (its first capital aside) and judged there.",
            "Such a quote heading and the quotation below it: '\'I can now start to rebuild my life\'' … '\"… I can now start to rebuild my life,\" she said.'",
            "A quotation opening a headline before the colon of its topic, credited by a quotation anywhere in the story that repeats it: '\'I lost half my pension in a year\': why savers …'.",
            "A quotation standing alone as its paragraph, credited by the next paragraph when it opens by pointing back to it, as features begin (rules/lists/quote-back-references.txt).",
            "Such an opening: '\"We lost everything.\"' / 'That is how Mary Okafor, a cassava farmer, describes …', 'Those were the words of …', 'So says …'.",
            "In an interview printed as questions and answers (at least two paragraphs that are only a question, each followed by a quotation), the quoted answer under each question, which is the interviewee's.",
            "In a questioning exchange, a paragraph that is only a quoted question, in a run of short paragraphs back to a quoted question with its speaker: it is that questioner's turn.",
            "A quotation opening a headline before the colon of its topic whose words recur in an interview's turn under a speaker the story named: 'Broche: Something new. We're a small team. We can't make Elden Ring, and …'.",
            "A quotation opening the paragraph under a live page's speaker label, one clause closing on a colon that opens with a name and then a comma, a role or a place: 'Kaveh Solhekol, Sky Sports News chief reporter:', 'Ewan Murray at Hampden:'; a lone surname counts when the story names the person in full ('Glasner, speaking to the BBC:').",
            "A fact-check's quoted claim after a claim label ('Claim: Net migration is running at \"close to a million a year\".'; rules/lists/quote-claim-labels.txt) whose words recur quoted in the next three paragraphs, where the claimant is named and the quotation is judged.",
            "A claim box's quotation standing alone, credited by the paragraph under it: 'This was said by the Health Secretary, Wes Streeting, …' (rules/lists/quote-back-references.txt).",
            "A gesture in the tag's place after the quotation's closing comma, in its own sentence, as 'he says' would stand: '\"… Not on Northern Rail,\" he laughs.' ('\"…\" He laughs.' on its own needs a speaker in reach).",
            "A quotation opening the paragraph after one that opens a quotation and leaves it open, even when that paragraph names its speaker vaguely: 'A source told the Mirror: \"Callum had been planning this for months.' / '\"Leah had absolutely no idea.\"' (a new quotation after a closed one from a source is still reported).",
            "A quotation a subject introduces by name: 'a new song, which he introduced as \"one I've literally never played to anyone\"' (rules/lists/quote-speech-acts.txt; the passive 'was introduced as' names no one).",
            "A quotation opening a headline before a colon and a topic that names its subject after a word such as 'how' or 'why': '\'I had no money and one horse\': how Harriet Okoye built a yard from scratch' ('…: why the trainer built …' is still reported).",
            "Every quotation of a list after a sign's wording noun: 'placards with inscriptions such as \"We served, pay us\", \"Our gratuities, our right\" and \"We are dying in poverty\"'.",
            "A quotation next to a stance whose subject is a name and its team set off by commas ('Groves, of Alpecin-Deceuninck, was magnanimous. \"…\"'), when someone is quoted with a speaker in the paragraph or one or two before.",
            "A line quoted from a text the sentence names, or from a role: 'a line from the ledger – \"…\"', 'The first sentence of her novel is \"…\"', 'the radio bulletin – \"…\"', 'His final \"…\" is delivered quietly', or verse after 'Here is the closing stanza of the title poem:' (rules/lists/quote-performed-lines.txt).",
            "A speech act whose subject stands before an age and an aside: 'Nkosi, 31, who grew up in Soshanguve, thanked his mother and \"…\"'.",
            "A piece of a performer's set introduced or dedicated from the stage: 'A cover of They Don't Know, introduced as \"…\", is scrappy' (rules/lists/quote-set-items.txt; 'A new mural, introduced as \"…\"' is reported).",
            "A quotation a judge is named as having ruled: '\"The applicants have shown that they are likely to suffer irreparable damage,\" Justice Baguma ruled.' (rules/lists/attribution-verbs.txt).",
            "Both halves of a split quotation tagged between them by a pronoun or a name and a verb that opens speech: '\"Will the Prime Minister tell the House,\" she began, \"how many …?\"' (rules/lists/quote-split-tag-verbs.txt; '\"…,\" she began.' alone is reported).",
            "A later quotation in a credited quotation's paragraph, after the reporter's words name that speaker again: '\"…,\" manager Dan Wilson said. Wilson would know; he caught for 14 seasons. \"I never came close.\"' (naming someone else between them, it is reported).",
            "A quotation under a speaker label set in bold on a line of its own, as a reaction roundup sets it: '**Seema Shah, chief global strategist, Principal Asset Management:**' ('**Market reaction:**' names no one and credits nothing).",
            "A quotation its subject talked about or spoke of: 'He has talked about process and habits and \"the right kind of pain\"', 'The minister spoke of \"…\"' (rules/lists/quote-speech-acts.txt; 'Much has been talked about \"…\"' names no one and is reported).",
        ],
    };
}
