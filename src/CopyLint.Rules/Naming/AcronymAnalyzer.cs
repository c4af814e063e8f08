using System.Collections.Frozen;
using System.Collections.Immutable;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>CL2004: an acronym used before it is spelled out, or spelled out twice in different ways.</summary>
public sealed partial class AcronymAnalyzer(NamingModelCache cache, RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2004",
        "Acronym not spelled out",
        "Acronym '{0}' {1}",
        RuleCategory.Naming,
        Severity.Info,
        "An acronym a general reader may not know should be spelled out at first use: 'Korean Central News Agency (KCNA)', "
        + "or at least the full name before the short one. Reported: the first use of an acronym with no expansion before it "
        + "(neither in brackets after a name, nor alone in brackets as in 'liquefied natural gas (LNG)', nor an earlier name "
        + "whose initials spell it ('the UK Health Security Agency' … 'UKHSA', 'Royal College of Nursing' … 'RCN', 'the Bank "
        + "of Japan' … 'the BOJ') or an earlier phrase in lower case, for three letters or more, each part of a hyphenated word giving an initial or only the first, 'and' its initial or none, and 'in' or 'with' none ('a body mass index of 27' … 'a BMI of 35', 'the state and local tax deduction' … 'any SALT increase', "
        + "'exchange-traded funds' … 'ETFs', 'a house in multiple occupation' … 'an HMO'; its first word may be capitalised for opening a subhead or a numbered item: '2. House in multiple occupation, Bournbrook Road - refused' … 'a seven-bed HMO'), nor a name of which it takes the initials and later letters of a word ('The Southeastern Pennsylvania Transportation Authority' … 'SEPTA', four letters or more), nor "
        + "'KCNA (Korean Central News Agency)', 'NSNO (Not Sure, Not Obvious)', 'TEU (twenty-foot equivalent units)'; the possessive of a plural noun counts in a name: 'People's Liberation Army' … 'PLA', 'National Farmers' Union' … 'NFU'), and an acronym given two different expansions. An acronym the story uses only in a compound that ties something to a body ('the MARA-affiliated research centre', 'an RSF-controlled town'; "
        + "rules/lists/acronym-compound-participles.txt) is reported the same way. Reported, then, is an acronym named once or twice and never spelled out "
        + "('the latest IMD bulletin' … 'The IMD has forecast'), or named before the name it stands for ('the ONS said' … 'the Office for National "
        + "Statistics (ONS)'): one the story's copy names three times or more and never spells out is taken for a name its readers know "
        + "('The team is pushing the FIA' … 'The FIA said' … 'An FIA delegate'), and one named in a quotation is the speaker's word, judged "
        + "where the copy names it. A capital group in brackets "
        + "defines only what it abbreviates: the agency credit in 'SEOUL, South Korea (AP) —' is not an expansion. Also left "
        + "alone: an acronym explained by an apposition ('The SNCTA, the largest controllers' union, said', 'ASML, Europe's most valuable technology company, and', one opening with 'a', 'an' or 'the' that runs to the end of the sentence, after the acronym or the one noun it qualifies: 'G42 and MGX, an investment vehicle focused on AI infrastructure.', 'Windows handles NTLM hashes, the credentials Windows uses to authenticate users.'; not a list: 'the talks included KFRA, the ministry and the unions.', nor a superlative that ranks the sentence's figure: 'according to the statistics agency KSTAT, the fastest since 2008.'; 'sent to the KFRA, a spokesman said.' is reported; or a relative clause in the present: 'The EVG, which represents most of the workers, said'; 'The TPLF, which governed Tigray, has split' is reported), "
        + "by the kind of body or product after it, after 'the' (or 'the' and an adjective: 'the new INGLO platform') or its maker's possessive ('the RMT union', 'the ANP news agency', 'the BDEW energy industry association', 'the DIW economic institute', 'whose centre-right SPOLU alliance', 'the IKAR agricultural consultancy', 'Naval Group's FDI design', 'its CANN software toolkit', 'whose populist ANO party', or an adjective of ownership: 'told state-run VTV television', or a system, programme, network, index or survey after its owner's possessive: 'the institute's PRODES system', 'Thailand's benchmark SET index', or an index after what it tracks: 'the PHLX semiconductor index', 'the HCOB flash composite purchasing managers' index', or a treaty by its kind: 'the SOLAS convention'; or a product after 'a' or an owner: 'a registered SUBE card', 'the government's TES bonds', 'an ATTO transport card'; 'the PGZ group', 'the ETIAS system' and 'the benchmark SET index' are reported), by a gloss straight after it ('the CTC method, short for crush, tear and curl,', 'a DANA, or isolated depression at high levels,', 'the DANA, after the Spanish acronym for the weather phenomenon'; 'the CIL, or from charities,' is reported) or by a description before it, after 'the', that says whose body it is: a country's or region's, anyone's in a possessive, an industry's, a party's leaning ('the Spanish weather agency AEMET', 'the socialist union FGTB', 'the European consumer organisation BEUC', 'the Swiss glacier monitoring network GLAMOS', "
        + "'the government's agricultural forecaster ABARES', 'the farmers' union FNSEA', 'The chemicals industry association VCI', 'the trade union federation FH', or the state's, with what it does: 'the state weather agency PAGASA', 'The national meteorology institute INMET'; or a function each state gives one body, with or without 'the': 'according to statistics agency IBGE', 'the social security agency ANSES'; rules/lists/acronym-public-functions.txt; 'the state agency PAGASA' and 'the state news agency KCNA' are reported; a region's lender: 'the Andean development bank CAF'; a members' body by the trade they ply: 'the shipping association BIMCO'; a place's possessive may stand for 'the', and after a preposition or a verb of saying the article may be dropped: 'Brazil's oil regulator ANP', 'Iraq's state oil marketer SOMO', 'managing director of German offshore wind industry association BWO', 'at shipping association BIMCO'; 'North Korea's state news agency KCNA' and 'rebel group TPLF' are reported), a party's leaning after 'the' when the story names the party again ('the liberal VVD' … 'VVD leader Dilan Yesilgöz'; 'the nationalist SNS' named once and 'the rebel TPLF' are reported), "
        + "post-nominal letters between commas after a titled full name ('Mr Rotimi Oyedepo, SAN, asked') or degrees after any full name ('Dennis Slamon, MD, PhD, of UCLA', 'Erica Mayer, MD, MPH, of'; rules/lists/acronym-credentials.txt), a religious order's or an honour's letters straight after a full name, with or without commas ('Fr Nicholas King SJ is a Jesuit'; rules/lists/acronym-post-nominals.txt), the agencies in a picture credit ('(Photo: RNLI/PA)', a news service's own: '(CNS photo/Bob Roller)', or closing a line: 'Photograph: Ben Birchall/PA', 'PHOTO | FILE | NATION MEDIA GROUP', or capitals after a bar closing a caption's sentence: '… in Fukuoka on Sunday. | KYODO'), one that names "
        + "the body just described ('the official news agency, WAFA, said', 'Israel's military agency that oversees aid to Gaza, COGAT, said', 'told the state broadcaster, EBC.', 'the refugee agency, known as UNRWA, said', a body with its place after it: 'The hotel federation in Mallorca, FEHM, criticised'; 'Officials in Mallorca, FEHM, said' is reported, or after 'known as' without a comma: 'the network known as SITP', 'moored since 2004, known as the RAPID array'), one given as the initials of the name before it ('the Party for "
        + "Freedom, known by its Dutch initials PVV,', 'the Party for Freedom, or PVV,', 'Turkey's Disaster and Emergency Management Authority, known as AFAD,', 'The continuing resolution, or CR,', or closing the sentence when the name holds the acronym's letters in order from its first: 'by the Movement Toward Socialism, or MAS.'; 'the El Niño, or ENSO.' is reported, names joined by a dash: 'the El Niño–Southern Oscillation, or ENSO,', or a plural common noun glossed by the plural initials: '214 neighborhood units, or RTs,'; 'The committee, or CR,' is reported), "
        + "an editor's gloss in square brackets straight after ('the COP [the annual UN climate conference]'), a word in capitals ('which spells SPAM', or an everyday word after its noun: 'the campaign group ONE'), a reader's initials signing a letter ('… can we do? CH, Leeds'), "
        + "a stock reference ('(NASDAQ: NWSW)', 'under the ticker MTSR'), the other half of a pair of drug targets with a designation ('the PD-1/VEGF bispecific'), an acronym an explainer asks about within two paragraphs ('What does PDUFA stand for?'), and one named "
        + "in passing, as a company (bare after a preposition, each time it is named: 'engineers at SSE', 'according to LSEG data', 'economists at Westpac and ANZ', 'companies including BYD, Geely and SAIC', 'companies including Toyota Motor, Sony Group and NTT', 'whose members include Siemens, SAP and Ericsson'; or bare before a price move and a percentage in a sentence that lists other moves: 'Fast Retailing slipped 0.8%, and KDDI fell 1.1%'; 'The figure was clear: NWSW fell 9% on Tuesday' is reported; or as the employer before a market or company title and a name: "
        + "'AMP chief economist Shane Oliphant', rules/lists/acronym-company-titles.txt, not 'TPLF spokesman Getachew Reda'; agencies take an "
        + "article: 'officials from the KFRA' is reported; so are a registry and a body's voters or officers: 'registered with KOMCA', 'aimed at AMPAS voters', 'a tip from CBSA officers') or a journal ('published in the BMJ', 'published in The BMJ', 'published in JAMA'), one half of a bilingual pair of acronyms written before it ('the socialist FGTB-ABVV' … 'the FGTB'), a currency ('2,800 CFA francs', 'the CFA franc', or letters fused to a currency sign before a figure: 'GH¢300', 'HK$50'), and a company described by the noun before it ('research firm IDC', 'the consultants LCP', 'property portals SRX and 99.co', 'MG owner SAIC', 'the Dakar-based think tank WATHI', 'the conflict monitor ACLED', "
        + "'chipmaker TSMC', 'Dutch chip equipment maker ASML', or a title, an outlet or an act: 'the magazine IZM', 'streaming platform ITVX', 'the musician FKA twigs'; rules/lists/company-nouns.txt; public and armed bodies are not: "
        + "'news agency KCNA', 'central bank BCRA', 'rebel group TPLF' are reported), an act or a broadcaster before its work's title ('SZA's \"Low Tide\"', 'JTBC's \"Moonlit Pharmacy\"'; 'the IRGC's \"True Promise\" operation' is reported), "
        + "an act in a list of performers ('Other performers included ATEEZ, TWS and UNIS'; rules/lists/acronym-performer-nouns.txt), a person's initials given as a name ('identified only as \"L.M.\"', 'L.M. v. TAP') or an act's dotted name ('a producer who records as D.A.M.I.'), "
        + "and a currency pair or a token named for its currency in a story about tokens ('EURUSD', 'Tether's USDT'; rules/lists/acronym-currency-codes.txt; 'the USDA' is reported). "
        + "Acronyms every reader knows (US, UN, NATO, BBC, RFI, CEO …, and names that are now the initials alone: AAA, AARP) are listed in rules/lists/known-acronyms.txt; extend the "
        + "list in configuration (lists: known-acronyms) or with the option known_acronyms. Acronyms every reader in one country knows, but readers elsewhere may not ('the RCMP' in Canada, 'ACT' in New Zealand, 'the RDS' in Dublin, 'SBS' and 'MBC' in Korea, NHK in Japan, ERR in Estonia, 'the BCCI', 'the RJD' and 'the JD(U)' in India, 'AIB' and 'the PSNI' in Ireland, the GST in Canada, the HSC in New South Wales, VED in the UK, the UUP and the SDLP in Northern Ireland, the BSE in India, the WACA in Perth, CSIRO and AUKUS in Australia, the MBTA in Boston, the TGV in France, ANO in Czech politics, the PSOE and the PP in Spain, ERC and the PSC in Catalonia, PRO in Argentina, MAS in Bolivia, ECOWAS in West Africa, the MRT in Singapore, the SET index in Thailand, the CBSE in India; or in one field: the FIA in motor racing, the USGA and LIV in golf, ODIs in cricket, IP addresses and VPNs in a story about the Internet or hackers, the RNLI in a lifeboat story, ICE and the CME in a futures story, the USDA and a tractor's PTO in farm copy, the TSA in an airport story, the CR in a story of a stopgap or a shutdown, TEU in a container story, a VHF radio at sea, FAQ in the coffee trade, WLTP, MIDC, ANCAP and a VIN in car copy, the EMA in drug copy, a TD, an ERA, the AL and a torn ACL in US sports copy, the SEC and LSU in college sports, WFP, UNHCR and USAID in aid copy; not when the story spells it out after: 'The RNLI said' … 'the Royal National Lifeboat Institution (RNLI)' is reported), "
        + "are known in a story that names one of their places, as written or in a capitals dateline ('SINGAPORE —') (rules/lists/known-acronyms-local.txt; lists: known-acronyms-local). Headlines (the first line, unpunctuated or asked as a question, however long) and the standfirst under them (one unpunctuated line, in Markdown italics or not), the outlet in the byline, "
        + "for the whole story ('Phil Pennington, RNZ', or 'AAP' on the line under the name, or the outlet whose service shares the byline: 'By Mumin Ahmadi and RFE/RL's Tajik Service'), the outlet naming itself bare at the close of the standfirst under the headline ('… spending. NRK reports from Oslo.'; 'KCNA reports that' is reported), a charting record's title after its act's possessive ('Kendrick Lamar's GNX (No. 10)'), a stylised name of capitals and a slash to one capital ('HUNTR/X'; 'RFE/RL' is judged, and introduced in brackets whole: 'PRAGUE (RFE/RL) --'), a paragraph's first word set in capitals by house style when the story writes it in lower case or it is a function word ('THE full text of the treaty', 'WATER restrictions in Marbella', 'MORE than half of clergy said'; 'FEHM criticised the plan' is reported), labels in capitals ('THE FACTS:', "
        + "'2.29am: RESULT:', '⚠️ RECALL:'), models after a model number ('Boeing 737 MAX') and trims the story names after a model's name of capitals and a number ('- ID.4 GTX: 79kWh' … 'the GTX performance model'), web addresses ('GOV.UK') and handles or app names ('the Police@SG app'), time zones after a clock time ('6:23 p.m. CDT', '2:30pm AEST'), a dotted state or province after a town ('Princeton, N.J.', 'RALEIGH, N.C. —') or a US postal code there ('Bloomington, IN, which'; rules/lists/us-state-codes.txt), a state or region in capitals after a dateline's place ('BATHURST, NSW —'), country codes in a results list ('Jorge Martin (ESP/Ducati)', 'Alexander Bublik (KAZ, 3)'), acronyms inside a "
        + "longer name ('U.S. Forces Korea'), all-capital datelines ('SEOUL, Dec 4', 'APIA, 3 JUNE -', 'NEW YORK —', 'MUMBAI/SHANGHAI, Feb 16 -', 'CAIRO/GENEVA, Dec 24 (Reuters) -') and the agency credited in one before its dash ('SYDNEY, Nov 26 AAP -'), a US broadcast call sign the story sets bare before a newsroom noun, wherever the story names the station ('WGN meteorologist Paul Merzlock', 'KCCI crews saw' … 'told KCCI'; rules/lists/acronym-station-nouns.txt; 'told KCNA' and 'the KFRA reporter' are reported), units after numbers in a stat line ('3 TD, 0 INT; 2 TD, 1 INT') or after a decimal figure or a percentage ('3.12 ERA', '12% ABV'), a unit symbol after any figure ('a record 8,647 MW', '1.3 million TEU'; rules/lists/acronym-unit-symbols.txt), a trim or model with an article and a price ('an XLT from $71,990') and designations followed by a number "
        + "('GJ 486 b') or by a comma and a letter (the vaccine 'RTS,S') are left alone. A punctuated standfirst between the headline and the byline, a subheading asked as a "
        + "question ('What about ETIAS?') and an entry's subheading closing on a quoted word ('IFS says package is \"back-loaded\"'), are display copy too when the story uses the acronym again below, where that use is "
        + "judged. Capitals that go on through a bracketed letter or an ampersand are one acronym ('JD(U)', 'CPI(M)', 'NS&I'). A body's branch in one nation is judged by its acronym: 'The NFU Cymru president said' is reported, 'the school leaders' union NAHT Cymru' is not.")
    { Name = "acronym-not-spelled-out", Summary = "An acronym a general reader may not know is used before it is spelled out." };

    private readonly FrozenSet<string> _known = data.GetList("known-acronyms").Select(AcronymText.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"ACT" in New Zealand, "the RCMP" in Canada: known where the story is.</summary>
    private readonly LocalAcronyms _local = new(data.GetList("known-acronyms-local"));

    /// <summary>"JUNE", "SEPT": a month in a dateline's capitals ("APIA, 3 JUNE -").</summary>
    private readonly WordSet _months = WordSet.From(data, "months");

    /// <summary>"francs", "dollars": after capitals, a currency's name ("CFA francs").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _currencies =
        new HashSet<string>(data.GetList("figure-currency-words"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"chief economist": a company's title after its name ("AMP chief economist Shane Oliphant").</summary>
    private readonly IReadOnlyList<string> _companyTitles = data.GetList("acronym-company-titles");

    /// <summary>"affiliated", "backed", "led": after an acronym and a hyphen, a body's tie ("the MARA-affiliated centre").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _compoundParticiples =
        new HashSet<string>(data.GetList("acronym-compound-participles"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Photo", "Picture": the label of a picture credit, "(Photo: RNLI/PA)".</summary>
    private readonly FrozenSet<string> _photoNouns = data.GetList("photo-nouns").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"meteorologist", "crews": after a US call sign, the station's own people ("WGN meteorologist Paul Merzlock").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stationNouns =
        new HashSet<string>(data.GetList("acronym-station-nouns"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"performers", "line-up": a sentence that lists acts by their stage names.</summary>
    private readonly IReadOnlyList<string> _performerNouns = data.GetList("acronym-performer-nouns");

    /// <summary>"USD", "EUR": the codes a token's or a currency pair's name is made of ("USDT", "EURUSD").</summary>
    private readonly IReadOnlyList<string> _currencyCodes = data.GetList("acronym-currency-codes");

    /// <summary>"fell", "rose": a price move, after which capitals and a percentage name a listed company ("KDDI fell 1.1%").</summary>
    private readonly FrozenSet<string> _priceMoves = data.GetList("figure-record-moves").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"MW", "GB": unit symbols, which after a figure are units ("a record 8,647 MW").</summary>
    private readonly FrozenSet<string> _unitSymbols = data.GetList("acronym-unit-symbols").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"WR", "PB": a record mark after a time or a distance in a results line ("6.27m WR").</summary>
    private readonly FrozenSet<string> _recordMarks = data.GetList("acronym-record-marks").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"stimulant", "booster": a substance's kind before its letters ("the blood-booster EPO").</summary>
    private readonly FrozenSet<string> _substanceNouns = data.GetList("acronym-substance-nouns").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"MD", "MPH": a person's letters after the name ("Erica Mayer, MD, MPH, of Dana-Farber").</summary>
    private readonly FrozenSet<string> _credentials = data.GetList("acronym-credentials").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"SJ", "OSB": a religious order's letters after a name ("Fr Nicholas King SJ").</summary>
    private readonly FrozenSet<string> _postNominals = data.GetList("acronym-post-nominals").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"IN", "NJ": a US state after a town ("Bloomington, IN,").</summary>
    private readonly FrozenSet<string> _stateCodes = data.GetList("us-state-codes").ToFrozenSet(StringComparer.Ordinal);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options { get; } =
        [new("known_acronyms", "More acronyms that need no spelling out, added to rules/lists/known-acronyms.txt.", "")];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var mentions = model.Mentions;

        // Most articles define no acronym and use only known ones: each collection is made on first need.
        IReadOnlySet<string>? extra = null;
        Dictionary<string, Mention>? definitions = null;
        RunInitials? initials = null;
        HashSet<string>? reported = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.DefinedAcronym is { } defined)
            {
                Define(context, model, definitions ??= new(StringComparer.Ordinal), AcronymText.Key(defined), mention, mentions[i + 1]);
            }

            if (!mention.IsAcronym || mention.IsAcronymDefinition || mention.InHeading || IsInStandfirst(model.Document, mention) || IsInHeadline(model.Document, mention))
            {
                continue;
            }

            // "JD(U)", "NS&I": one acronym, which the mention stops short of; "WFPO" in "IS&WFPO" and "RL" in "RFE/RL" are
            // its tail, judged with its head.
            if (IsAmpersandTail(model.Document.Text, mention) || IsSlashTail(model.Document.Text, mention) || IsStylisedSlashName(model.Document.Text, mention))
            {
                continue;
            }

            var suffixed = SuffixedForm(model.Document.Text, mention);
            var key = suffixed ?? AcronymText.Key(mention.First.Text);
            if (suffixed is null ? IsInBrackets(model.Document.Text, mention) : IsInBrackets(model.Document.Text, mention.Span.Start, suffixed.Length))
            {
                (initials ??= new(model)).Add(key);
                continue;
            }

            // "Boeing 737 MAX jets" … "returned the MAX to service": the model's name, then the model.
            if (IsModelDesignation(model, mention.Span.Start))
            {
                (reported ??= new(StringComparer.Ordinal)).Add(key);
                continue;
            }

            if (IsDatelineOrDesignation(model.Document, mention) || IsDatelineMonth(model.Document, mention) || IsDatelineAgency(model.Document, mention) || IsStationCallSign(model.Document.Text, mention) || IsInWebDomain(model.Document.Text, mention) || IsShout(model.Document.Text, mention) || IsLedeCapitals(model.Document, mention) || IsLedeCapitalWord(model, mention) || IsCapitalLabel(model.Document.Text, mention) || IsTimeZone(model.Document.Text, mention) || IsRegionAfterPlace(model.Document.Text, mention) || IsResultsCode(model.Document.Text, mention) || _known.Contains(key) || (extra ??= ExtraKnown(context)).Contains(key)
                || definitions?.ContainsKey(key) == true || (initials ??= new(model)).ContainsUpTo(i, key) || IsDisplayBeforeUse(model.Document, mention, suffixed ?? mention.First.Text)
                || mention.InQuote || !(reported ??= new(StringComparer.Ordinal)).Add(key))
            {
                continue;
            }

            // "KILKEE, Ireland" when the story also says "Kilkee": a name in capitals, not an acronym.
            if (IsNameInCapitals(mentions, mention.First.Text))
            {
                continue;
            }

            // "KCNA (Korean Central News Agency)": spelled out in brackets straight after.
            if ((i + 1 < mentions.Length && IsExpansionAfter(model, mention, mentions[i + 1], key)) || IsLowerCaseExpansionAfter(model, mention, key))
            {
                continue;
            }

            if (IsStatUnit(model.Document.Text, mention) || IsCurrencyName(model.Document.Text, mention) || AcronymUsage.IsPassingName(model, mention, key, _companyTitles) || AcronymUsage.IsGlossed(model.Document.Text, mention) || AcronymUsage.IsDescribedToSentenceEnd(model, mention)
                || AcronymUsage.IsTicker(model.Document.Text, mention) || AcronymUsage.IsPriceMover(model, mention, _priceMoves) || AcronymUsage.IsDescribedCompany(model, mention)
                || AcronymUsage.IsSpelledOutBefore(model, mention, key) || AcronymUsage.IsUnitAfterDecimal(model.Document.Text, mention)
                || AcronymUsage.IsUnitAfterPercent(model.Document.Text, mention) || AcronymUsage.IsUnitAfterNumber(model.Document.Text, mention, _unitSymbols) || AcronymUsage.IsRecordMark(model.Document.Text, mention, _recordMarks) || AcronymUsage.IsScoreLabel(model.Document.Text, mention)
                || AcronymUsage.IsDescribedSubstance(model.Document.Text, mention, _substanceNouns) || AcronymUsage.IsPricedModel(model.Document.Text, mention) || AcronymUsage.IsCurrencySignLetters(model.Document.Text, mention) || AcronymUsage.IsHalfOfPairBefore(model.Document.Text, mention, key)
                || AcronymUsage.IsBylineOutlet(model.Document.Text, mention) || IsOutletInStandfirst(model.Document, mention) || AcronymUsage.IsChartTitle(model.Document.Text, mention) || AcronymUsage.IsFollowedByKind(model, mention) || AcronymUsage.IsDescribedNationalBody(model, mention) || AcronymUsage.IsDescribedBodyInApposition(model, mention) || AcronymUsage.IsPlacedBodyInApposition(model, mention)
                || AcronymUsage.IsPostNominal(model.Document.Text, mention, i > 0 ? mentions[i - 1] : null) || AcronymUsage.IsCredentialAfterName(model.Document.Text, mentions, i, _credentials)
                || AcronymUsage.IsPostNominalAfterName(model.Document.Text, mention, _postNominals)
                || AcronymUsage.IsStateCodeAfterPlace(model.Document.Text, mention, _stateCodes) || AcronymUsage.IsNamedTicker(model.Document.Text, mention) || AcronymUsage.IsTargetPair(model.Document.Text, mention) || AcronymUsage.IsAskedAfter(model, mention, key)
                || AcronymUsage.IsInPhotoCredit(model.Document.Text, mention, _photoNouns) || IsAbbreviatedRunBefore(model, i, key)
                || IsKnownHere(model, i, key) || IsOwnName(model, mention, key) || IsLowerCaseNameBeforeOr(model.Document.Text, mention, key)
                || IsBracketGlossAfter(model.Document.Text, mention) || IsWordInCapitals(model, mention, key) || IsLetterSignature(model.Document.Text, mention)
                || IsNamedAgainUnexplained(model, i, key) || IsModelTrim(model.Document.Text, key))
            {
                continue;
            }

            context.Report(Descriptor, new Text.TextSpan(mention.Span.Start, suffixed?.Length ?? mention.Span.Length), suffixed ?? mention.First.Text, "is not spelled out before its first use");
        }

        ReportInCompounds(context, model, definitions, ref initials, ref reported);
        ReportInBranches(context, model, definitions, ref initials, ref reported);
    }

    /// <summary>
    /// A name of its own or glossed straight after: an act or broadcaster before its work's title, an act in a list of
    /// performers, a person's initials, a token named for its currency, "the CTC method, short for crush, tear and curl".
    /// </summary>
    private bool IsOwnName(NamingModel model, Mention mention, string key) =>
        AcronymUsage.IsPersonInitials(model.Document.Text, mention) || AcronymUsage.IsCurrencyToken(model.Document.Text, key, _currencyCodes) || AcronymUsage.IsOwnerOfTitle(model.Document.Text, mention)
        || AcronymUsage.IsExplainedAfter(model, mention, key) || AcronymUsage.IsActInList(model, mention, _performerNouns);

    /// <summary>The acronyms the option adds; most configurations add none, which needs no set built.</summary>
    private static IReadOnlySet<string> ExtraKnown(AnalysisContext context) =>
        context.OptionsFor(Descriptor).GetList("known_acronyms") is { Count: > 0 } list
            ? list.Select(AcronymText.Key).ToHashSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;

    /// <summary>Some word of a mention that is not an acronym is <paramref name="capitals"/> in lower case ("Kilkee" for KILKEE).</summary>
    private static bool IsNameInCapitals(ImmutableArray<Mention> mentions, string capitals)
    {
        foreach (var mention in mentions)
        {
            if (mention.IsAcronym)
            {
                continue;
            }

            foreach (var word in mention.Words)
            {
                if (IsUpperInvariantOf(word.Text, capitals))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>word.ToUpperInvariant() == capitals</c> without the string: invariant upper-casing maps each character alone.</summary>
    private static bool IsUpperInvariantOf(string word, string capitals)
    {
        if (word.Length != capitals.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToUpperInvariant(word[k]) != capitals[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The acronyms in brackets and the initials of each run of names (mentions that continue one another, two words or
    /// more) up to a mention. The runs are read only when an unknown acronym asks, from where the last question stopped:
    /// most articles never ask.
    /// </summary>
    private sealed class RunInitials(NamingModel model)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        /// <summary>The mentions before this index have had their runs read.</summary>
        private int _read;

        /// <summary>The run of names ending at the last mention read starts at mentions[_runStart] and has _runWords words.</summary>
        private int _runStart;
        private int _runWords;

        public void Add(string key) => _seen.Add(key);

        /// <summary>True when <paramref name="key"/> is the initials of a run ending at or before mentions[<paramref name="last"/>], or was added.</summary>
        public bool ContainsUpTo(int last, string key)
        {
            var mentions = model.Mentions;
            for (; _read <= last; _read++)
            {
                if (ContinuesRun(model, mentions, _read))
                {
                    _runWords += mentions[_read].Words.Length;
                }
                else
                {
                    _runStart = _read;
                    _runWords = mentions[_read].Words.Length;
                }

                if (_runWords > 1)
                {
                    AddInitials(mentions, _runStart, _read);
                }
            }

            return _seen.Contains(key);
        }

        /// <summary>Adds the two initials of the words of mentions <paramref name="from"/>..<paramref name="to"/>.</summary>
        /// <remarks>
        /// Both are written into buffers, and a string is made only for initials not seen before, once when the two
        /// agree (as they do unless a word is in capitals).
        /// </remarks>
        private void AddInitials(ImmutableArray<Mention> mentions, int from, int to)
        {
            Span<char> plain = stackalloc char[32];
            Span<char> capital = stackalloc char[32];
            int plainCount = 0, capitalCount = 0;
            for (var m = from; m <= to; m++)
            {
                foreach (var word in mentions[m].Words)
                {
                    AcronymText.AppendInitials(ref plain, ref plainCount, word.Text);
                    AcronymText.AppendCapitalInitials(ref capital, ref capitalCount, word.Text);
                }
            }

            var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
            seen.Add(plain[..plainCount]);
            seen.Add(capital[..capitalCount]);
        }
    }

    /// <summary>
    /// "Royal College of Nursing" is found as "Royal College" and "Nursing" (a person-of-place split), "National Oceanic
    /// and Atmospheric Administration" as two names: the mention continues the run of the one before when only
    /// connectors or "and" separate them, a single space on either side of each.
    /// </summary>
    private static bool ContinuesRun(NamingModel model, ImmutableArray<Mention> mentions, int i)
    {
        if (i == 0 || mentions[i - 1].SentenceIndex != mentions[i].SentenceIndex || mentions[i - 1].Last.Span.End > mentions[i].Words[0].Span.Start)
        {
            return false;
        }

        var between = model.Document.Text.AsSpan(mentions[i - 1].Last.Span.End, mentions[i].Words[0].Span.Start - mentions[i - 1].Last.Span.End);
        // "the El Niño–Southern Oscillation": a dash with no space joins two names into one.
        if (IsPluralPossessiveInName(mentions[i - 1], between) || between is "–" or "-")
        {
            return true;
        }

        var words = 0;
        var letters = 0;
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!(word is "and" or "&" || model.Lexicon.IsConnector(word)))
            {
                return false;
            }

            words++;
            letters += word.Length;
        }

        return words > 0 && between.Length == letters + words + 1;
    }

    /// <summary>
    /// "The Southeastern Pennsylvania Transportation Authority" … "SEPTA": an acronym of four letters or more that takes
    /// the initial of each word of an earlier run of names, and maybe later letters of a word (a connector gives one or none).
    /// Asked only of an acronym about to be reported.
    /// </summary>
    private static bool IsAbbreviatedRunBefore(NamingModel model, int last, string key)
    {
        if (key.Length < 4)
        {
            return false;
        }

        var mentions = model.Mentions;
        List<string>? words = null;
        for (var i = 0; i < last; i++)
        {
            if (!ContinuesRun(model, mentions, i))
            {
                words?.Clear();
            }

            // A run is read only from a mention with a word that opens with the acronym's first letter.
            if (words is not { Count: > 0 } && !HasInitial(mentions[i], key[0]))
            {
                continue;
            }

            words ??= [];
            foreach (var word in mentions[i].Words)
            {
                words.Add(word.Text);
            }

            for (var start = 0; start < words.Count - 1; start++)
            {
                if (TakesLetters(model, words, start, key, 0, 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasInitial(Mention mention, char initial)
    {
        foreach (var word in mention.Words)
        {
            if (char.ToUpperInvariant(word.Text[0]) == initial)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// key[k..] is spelled by words[w..], each but a connector giving its initial and perhaps later letters of its own
    /// ("SouthEastern"), a connector one letter or none; two words or more in all.
    /// </summary>
    private static bool TakesLetters(NamingModel model, List<string> words, int w, string key, int k, int used)
    {
        if (k == key.Length)
        {
            return used >= 2;
        }

        if (w == words.Count)
        {
            return false;
        }

        var word = words[w];
        if (used > 0 && (word is "and" || model.Lexicon.IsConnector(word)))
        {
            return TakesLetters(model, words, w + 1, key, k, used) || (char.ToUpperInvariant(word[0]) == key[k] && TakesLetters(model, words, w + 1, key, k + 1, used));
        }

        return char.ToUpperInvariant(word[0]) == key[k] && TakesLaterLetters(model, words, w, 1, key, k + 1, used + 1);
    }

    /// <summary>The rest of the key from later letters of words[w] (from <paramref name="from"/>), then from the next words.</summary>
    private static bool TakesLaterLetters(NamingModel model, List<string> words, int w, int from, string key, int k, int used)
    {
        if (TakesLetters(model, words, w + 1, key, k, used))
        {
            return true;
        }

        var word = words[w];
        for (var j = from; j < word.Length && k < key.Length; j++)
        {
            if (char.ToUpperInvariant(word[j]) == key[k] && TakesLaterLetters(model, words, w, j + 1, key, k + 1, used))
            {
                return true;
            }
        }

        return false;
    }

    private static void Define(AnalysisContext context, NamingModel model, Dictionary<string, Mention> definitions, string key, Mention expansion, Mention acronym)
    {
        if (!definitions.TryGetValue(key, out var earlier))
        {
            definitions[key] = expansion;
        }
        else if (NameText.Key(earlier.Form) != NameText.Key(expansion.Form))
        {
            context.Report(Descriptor, acronym.Span, acronym.Form, $"stands for '{expansion.Form}' here but for '{earlier.Form}' on line {model.LineOf(earlier)}");
        }
    }

    /// <summary>"liquefied natural gas (LNG)": an acronym alone in brackets is being defined, whatever precedes it.</summary>
    /// <summary>"(KTN)", or a slash-joined name whole in them: "PRAGUE (RFE/RL) --".</summary>
    private static bool IsInBrackets(string text, Mention mention) =>
        IsInBrackets(text, mention.Span.Start, mention.Span.Length + SlashTailLength(text, mention.Span.End));

    /// <summary>"/RL" after "RFE": a slash and one to four capitals that end the name; else 0.</summary>
    private static int SlashTailLength(string text, int end)
    {
        if (end >= text.Length || text[end] != '/')
        {
            return 0;
        }

        var capitals = text.AsSpan(end + 1).IndexOfAnyExceptInRange('A', 'Z');
        return capitals is >= 1 and <= 4 ? capitals + 1 : 0;
    }

    private static bool IsInBrackets(string text, int start, int length) =>
        start > 0 && text[start - 1] == '(' && start + length < text.Length && text[start + length] == ')';

    private static bool IsExpansionAfter(NamingModel model, Mention acronym, Mention next, string key)
    {
        var text = model.Document.Text;
        var between = text.AsSpan(acronym.Span.End, Math.Max(0, next.Words[0].Span.Start - acronym.Span.End)).Trim();
        return (between is "(" && AcronymText.Initials(next.Words) == key)
            || (text.AsSpan(acronym.Span.End).StartsWith(" (") && BracketInitials(text.AsSpan(acronym.Span.End + 2)).SequenceEqual(key));
    }

    /// <summary>"TEU (twenty-foot equivalent units)": a lower-case expansion in brackets straight after, which holds no name.</summary>
    private static bool IsLowerCaseExpansionAfter(NamingModel model, Mention acronym, string key)
    {
        var text = model.Document.Text;
        return text.AsSpan(acronym.Span.End).StartsWith(" (") && AcronymUsage.IsLowerCaseExpansion(model, text.AsSpan(acronym.Span.End + 2), key);
    }

    /// <summary>
    /// "NSNO (Not Sure, Not Obvious)": the initials of the capitalised words up to the closing bracket, across commas,
    /// which split the expansion into several names; empty when the bracket does not close on the line.
    /// </summary>
    private static ReadOnlySpan<char> BracketInitials(ReadOnlySpan<char> rest)
    {
        var close = rest[..Math.Min(rest.Length, 100)].IndexOfAny(')', '\n');
        if (close < 0 || rest[close] != ')')
        {
            return [];
        }

        var initials = new char[close];
        var count = 0;
        var inside = rest[..close];
        foreach (var range in inside.SplitAny(' ', ','))
        {
            var word = inside[range];
            if (!word.IsEmpty && char.IsUpper(word[0]))
            {
                initials[count++] = word[0];
            }
        }

        return initials.AsSpan(0, count);
    }

    /// <summary>
    /// "the news of the People's Liberation Army" gives PLA: the possessive of a plural noun is part of the name
    /// ("Women's Tennis Association", "National Farmers' Union"); a place's is not ("North Korea's Central News Agency"
    /// does not give KCNA).
    /// </summary>
    private static bool IsPluralPossessiveInName(Mention previous, ReadOnlySpan<char> between) =>
        between switch
        {
            "'s " or "’s " => previous.Last.Text is "People" or "Women" or "Men" or "Children",
            "' " or "’ " => previous.Last.Text is [.., not 's', 's'],
            _ => false,
        };
}
