using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>CL2001's descriptor: what it reports and what it leaves alone.</summary>
public sealed partial class InconsistentNameAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2001",
        "Inconsistent name",
        "'{0}' is written '{1}' elsewhere in this article (line {2}){3}",
        RuleCategory.Naming,
        Severity.Warning,
        "The same person or organisation must be named the same way throughout an article. This rule reports two spellings "
        + "of what is almost certainly one name. The odd form is the rarer one, or the later on a tie; the fix replaces it "
        + "with the other.")
    {
        Name = "inconsistent-name",
        Summary = "The same person or organisation must be named the same way throughout an article.",
        Reports =
        [
            "Spellings that differ only in case, accents, hyphens, spaces or apostrophes, an ʻokina among them: 'Al-Assad' / 'al Assad', 'Laʻauli' / 'Laauli'; also a possessive opening a sentence: 'Nunez's predecessor' after 'Nuñez said'.",
            "One letter, or two adjacent letters swapped, in a long word of an otherwise identical name: 'Zelensky' / 'Zelenskyy', 'Whitworth' / 'Whitwroth'; also as a possessive opening a sentence: 'Mitona's departure' after 'Kaoru Mitoma'.",
            "A possessive written with the apostrophe before the name's final 's': 'Reynold's shadow' after 'Emma Reynolds', unless a title or a full name makes the shorter word a person ('Prince Edward's', 'Tom Reynold').",
            "The same in a full name written once in the copy, which counts a headline's or a caption's use too: 'Dhritiman Chaterji' beside 'Dhritiman Chatterji' in the copy and in a caption closed by its credit.",
            "Any of the differences above in a short reference written once after the full name: 'Marshal' after 'Richard Marshall', 'Garcia Toral' after 'Marcelino García Toral'.",
            "A short reference written once with a space for the surname's hyphen or a hyphen for its space: 'Cr El Hayek' after 'Mayor Bilal El-Hayek', 'Tipene Harris said' after 'Aroha Tipene-Harris'.",
            "A middle name written once at most two letters from the other, with the same initial, between the same given name and surname: 'Aled Rees Jones' after 'Aled Rhys Jones' (not where the article speaks of family ties).",
            "A surname written once, after the same title and given names as one the article uses at least twice, that starts with the same three letters and is at most two letters from it: 'Cllr Jean Conroy' after 'Cllr Jean Conway' and 'Conway'.",
            "A given name one letter out, written once, after the same title and surname, which the article names at least three times: 'Supt Clare Hatton' after 'Supt Claire Hatton' and 'Supt Hatton'.",
            "A given name one letter out in a repeat of a titled full name, with no title and no introduction, the verb straight after it or opening the sentence as a possessive: 'Peter Vandermeer said' after 'Chief Executive Pieter Vandermeer'.",
            "The same in a repeat of a full name whose surname the article has used alone since: 'Kristoff Nemeth said' after 'Kristof Nemeth' and 'Nemeth'; 'Mohammad Siraj's figures were' after 'Mohammed Siraj' and 'Siraj'; 'Dmitri' / 'Dmitry'.",
            "A full name written once more, opening its sentence with the verb straight after it, with the same given names and the surname one letter out: 'Eilidh McLeod said' after 'said Eilidh MacLeod, who chairs the council'.",
            "The same with a given name written without its accents ('Jose Donosso said' after 'said José Donoso'), or closing a quote's attribution ('\"…,\" said Maria Salasar.' after 'Maria Salazar' and 'Salazar').",
            "The same in a name of three words or more even for a short surname, or one with a letter put before it: 'Zaw Min Htun did not say' after 'Zaw Min Tun'.",
            "The same with a title, or in mid-sentence with a verb of speech or action straight after it: 'Judge Tony Baumgarter said' after 'Judge Tony Baumgartner', 'In later years, Eleanor Vanse returned'.",
            "The same with a vowel added at the end ('Jackson Tuweii said' after 'Jackson Tuwei'), or, in a surname of four letters, a letter doubled ('Elon Muskk thanked').",
            "A Korean given name romanised two ways, the rarer written once: 'Kim Su-jin' beside 'Kim Soo-jin' written again.",
            "A Russian given name whose 'y' is written 'i' once, beside the same surname ('Dmitri Peskov' after 'Dmitry Peskov', 'Sergei Karelin' after 'Sergey Karelin'), and a surname romanised so opening a sentence ('Pashinian faces' after 'Nikol Pashinyan').",
            "A given name transliterated once with another vowel, beside the same surname, every use titled: 'Prof Mohammad Yunus' beside 'Prof Muhammad Yunus'.",
            "A Vietnamese given name with its 'D' written 'Dz': 'Pham Quang Dzung' beside 'Pham Quang Dung'.",
            "A lone given name written once before 'said', 'says', 'told' or 'added', one letter, an accent or a 'ð' from the given name of a full name before it, as Ethiopian and Icelandic copy refer to people: 'Kebbede said' after 'Kebede Alemu', 'Konrad said' after 'Konráð Ingvarsson' (not when the surname is written alone, nor 'Louise said' after 'Louis Martin').",
            "The last word alone of a surname of two words that the article shortens the full name to: 'Ortiz' beside 'Álvaro García Ortiz' and 'García Ortiz'.",
            "A surname written once, in the sentence of a full name or the next, with the same consonants and other vowels: 'Naidu' just after 'Marguerite Naidoo'.",
            "The byline's author named in the copy with the surname one letter out: 'By Lena Kowalski', or the name alone on its line under the headline, then 'said Lena Kowalsky', or a credit line: 'Additional reporting by Lena Kowalsky'.",
            "One given name in an otherwise identical family-name-first name of three or more words: 'Kim Jong Un' / 'Kim Jong Il' (but not the last word of a Vietnamese name, the given name a person is called by: 'Nguyen Thi Lan' / 'Nguyen Thi Hong').",
            "The last word of an otherwise identical organisation name of three or more words when both are heads of the same kind (rules/lists/organisation-heads.txt): 'National Intelligence Service' / 'National Intelligence Agency'.",
            "The same after a rank or role of up to three words opening the sentence: 'Watch manager Chris Kenyan added' after 'Watch manager Chris Kenyon', 'Senior warden Simon Gitao said' after 'senior warden Simon Gitau', 'D.I. Shabana Akthar added' after 'Detective Inspector Shabana Akhtar'.",
            "A police rank by its initials is a title, not part of the name: 'DC Nandar added' after 'Detective Constable Priya Nandra', 'DS Owen Prichard asked' after 'Detective Sergeant Owen Pritchard' (DC, DS, PC, DSU, DCS and PCSO in rules/lists/person-titles.txt).",
            "The same opening its sentence as a possessive, or with the surname's final 'y' written 'ie': 'Paul McGinely's solicitor said' after 'Paul McGinley', 'Dean Sowerbie abandoned the van' after 'Dean Sowerby'.",
            "The same opening its sentence before ', who' when the article writes the surname at least three times: 'Chris Waler, who also won the race' after 'Chris Waller' and 'Waller said' twice (with the surname used once more only, it may be a newcomer).",
            "A one-word name written once after the same title as an earlier one, with a doubled letter written single or a single one doubled: 'Prince Hary' after 'Prince Harry' (not another letter dropped: 'Mr Bryan' beside 'Mr Bryant'; an honorific's slip, 'Dr Crib' after 'Dr Cribb', is CL2006's).",
            "Of a one-word name written with and without its accents equally often, the spelling more full names end in is kept: 'Pogacar said' is reported, not 'behind Pogačar', after 'Tadej Pogačar'.",
            "The same for a full name with two surnames, the Spanish style, which counts as a use of the first: 'Trevino said' is reported, not 'Treviño said', after 'Guadalupe Treviño Salas'; and one slip of it against one short use: 'Alcoser added' after 'Ricardo Alcocer Fuentes' and 'Alcocer said'.",
            "A speaker's one-word short form that misspells the first of two surnames, the Spanish style, when no other name holds its spelling: 'Larrain said' after 'Pía Larraín Echeñique' (not one that keeps accents the full name lost: 'Larraín said' after 'Pia Larrain Echeñique').",
            "A name misspelt after its first mention behind a two-word title, whose second word is no part of the name: 'Mirza Fakhrul Islam Alomgir' after 'BNP Secretary General Mirza Fakhrul Islam Alamgir' (rules/lists/person-title-second-words.txt).",
            "A given name one letter out, or with a letter doubled, in an unintroduced repeat of a full name whose first use a comma introduces or a title precedes: 'Esmail Baghaei added' after 'Esmaeil Baghaei, Iran's Foreign Ministry spokesman,', 'Nicole Butcher said' after 'Nicolle Butcher,', 'Kriss Singh said' after 'Holtec President Kris Singh'.",
            "A capital dropped or added inside a word, even where a sentence opens: 'Mcintosh, 19,' after 'Summer McIntosh' (only a word's first letter changes there).",
        ],
        LeftAlone =
        [
            "Short forms: 'Man City' / 'Manchester City'.",
            "Names that both recur: two people, such as a father and son, or two clubs.",
            "Articles that speak of family ties between the two ('late' only before a name or a relative: 'the late Gordon Thomas', 'her late husband'; 'late on Tuesday' speaks of time, so 'Chief executive Alison Thomas' after 'Chief executive Allison Thomas' and 'Thomas' is reported there).",
            "A surname after a title of office won but not yet taken, which is no given name: 'Premier-elect David Crisafulli' … 'Mr Crisafulli said'.",
            "A given name whose ending tells a brother from a sister: 'Francis' / 'Frances'.",
            "A given name transliterated with another vowel, untitled or with another surname: it may be another person.",
            "Organisation names whose last words are heads of different kinds, which name two bodies: 'National Security Council' / 'National Security Agency'; and two names both spelt out with their acronyms.",
            "Capitals that only open a sentence: they never outvote 'al-Khalidi' written in mid-sentence.",
            "Abbreviations with and without full stops: 'US Geological Survey' in an AP headline, 'U.S. Geological Survey' in the body.",
            "A sentence that speaks of the spelling: 'We misspelled Klaus Mäkelä as Klaus Makela'.",
            "Codes that differ in a digit or a letter beside one: 'MetOp-SG-A1' / 'MetOp-SG-B1', 'A320' / 'A321'.",
            "A surname that a full name gives beside a spelling no full name gives: 'Ben Phillips' and the company 'Philips'.",
            "A spelling that opens longer names, as a company named for a family does: 'Toyota Motor', 'Toyota Industries' beside 'Akio Toyoda' (but a compound surname a full name ends with is one name: 'Davidovitch Fokina' beside 'Alejandro Davidovich Fokina' and 'Davidovich Fokina' is reported).",
            "A rank: 'Marshal of the Royal Air Force' / 'Marshall'.",
            "A town after a preposition of place or a bearing: 'in Burnley' / 'Tom Burley', 'south of Tainan' / 'Taiwan'.",
            "A place and its adjective ('to Germany' / 'the German minister', 'from Argentina' / 'Argentine fans') or its people ('in Somalia' / '4.4 million Somalis', 'Germany' / 'younger Germans', 'Sweden' / 'many Swedes').",
            "A nationality or regional adjective before a noun (rules/lists/nationality-adjectives.txt): 'German car exports' beside 'Francie Gorman', 'the Baltic states' beside 'Rail Baltica', 'more Argentine voices' beside 'Lake Argentino' (but 'Mr German said' is reported).",
            "A word that only opens a sentence after a name spelt out with its acronym or written after 'the': 'Police said' after 'the Common Agricultural Policy (CAP)' or 'the Common Agricultural Policy'.",
            "A name kept with its accents inside a name in French, Spanish, Italian or Portuguese ('Conseil des industriels laitiers du Québec' beside 'Quebec'), or the last word of one whose first word opens the sentence: 'Santé Québec said' ('the province of Québec' is still reported).",
            "One word joined by 'and' to a name given nowhere else, half of a title or a pair: 'Hansel and Gretel' / 'Marit Hansen'.",
            "A spelling the house name authority replaces with the other, which CL2005 reports ('Kiev' / 'Kyiv'), unless CL2005 is off.",
            "A place and its adjective, language or people in any position, when both are listed together (rules/lists/place-demonyms.txt): 'a state visit to Germany' beside 'Speaking partly in German,' (but 'Sam Kenyan said' after 'Sam Kenyon' is reported).",
            "A musician's honorific before a full name is a title, not a given name: 'Vidushi Sudha Raghavendran', then 'Sudha Raghavendran' and 'Ms. Raghavendran' (rules/lists/person-titles.txt).",
            "A British or American spelling that closes another body's name after 'of', a name that opens with its owner: 'the UK Ministry of Defence' beside 'Japan's Ministry of Defense' (but 'officials at Defence' after 'the Department of Defense', and 'the Ministry of Defense' after 'the Ministry of Defence', are reported).",
            "A full name of three or more parts written solid in one lower-case word, a label or handle named after the person: 'Woo Young-mi, whose label Wooyoungmi' ('Wooyoung-mi said' after 'Woo Young-mi' is reported).",
            "A city's English name and its own name, listed together in rules/lists/place-demonyms.txt: 'Compañía Luz de Sevilla' beside 'a Seville tablao' (but 'Granda' after 'Compañía Luz de Granada' is reported).",
            "A community's Hebrew adjective and its plural, listed together in rules/lists/place-demonyms.txt: 'the number of Haredi recruits' beside 'to bring Haredim into the army' (but 'Boaz Bizmuth' after 'Boaz Bismuth' is reported).",
            "A people's own name beside its country, listed together in rules/lists/place-demonyms.txt: 'Bosniak parties' beside 'Bosnia' (but 'Amir Bosniak said' after 'Amir Bosnjak' is reported).",
            "One word a results line gives after a placing and before a name in brackets, a boat's, a horse's or a dog's, which is no person's name: '2 Corrie (Ewan Bain, Royal Northern & Clyde YC) 20' beside '4 Gallus (Gordon Currie, Largs SC) 28' (but 'Corrie said' beside 'Gordon Currie' is reported).",
            "Two names a word apart, each written every time after 'the', which name races or things, not people: 'won the Hong Kong Sprint' beside 'took the Hong Kong Vase' (but 'Kim Jong Il' beside 'Kim Jong Un' is reported).",
        ],
    };
}
