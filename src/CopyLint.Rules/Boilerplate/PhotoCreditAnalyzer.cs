using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>CL1003: a picture caption ending in its credit, "… visits a factory (KCNA/Korea News Service/AP)".</summary>
public sealed class PhotoCreditAnalyzer(RuleDataSet data, PhotoCaptionAnalyzer? captions = null) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL1003",
        "Photo caption or credit",
        "'{0}' is a picture credit{1}, not copy",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A picture's caption and credit were copied with the story. Without the picture the caption repeats the story out "
        + "of place. A credit needs a picture cue or an agency that signs pictures (rules/lists/photo-credits.txt). "
        + "Fix: when the credit closes a caption (a line of up to 60 words, such as AP's \"Firefighters help a resident into a "
        + "boat on Friday. (Helen Marsh/AP)\"), delete the caption line; when it trails a longer paragraph of copy, delete "
        + "only the credit.")
    {
        Name = "photo-credit",
        Summary = "A picture's caption or credit was copied with the story.",
        Reports =
        [
            "A line ending in a credit in brackets: \"(Korean Central News Agency/Korea News Service/AP)\", \"(Photo: Reuters)\", a lender's \"(Courtesy NewMed Energy)\".",
            "A news service's own picture, its name in capitals before the cue: \"(CNS photo/Bob Roller)\" or, closing a caption, \"… a bigger cash down payment. ST PHOTO: GAVIN FOO\".",
            "A credit in brackets in ABC's style: \"(Supplied: Transport Workers' Union)\".",
            "A credit after a cue, naming agencies or a photographer, not a clause: \"Photograph: Ahn Young-joon/AP\", \"… in Washington. Photographer: Al Drago/Bloomberg\".",
            "A credit after a cue naming an institution's press office (\"Photo: Akorda press service\"), or after an emoji: \"📸 Photo: Nick Wass/AP\".",
            "A credit in the Nation's form, names in capitals between bars: \"PHOTO | FILE | NATION MEDIA GROUP\".",
            "A credit after a cue set off from the caption's last sentence by a bar, as the Hindu prints it: \"… on Monday. | Photo Credit: B. Jothi Ramalingam\".",
            "A credit after the last sentence of a caption labelled by its cue, parted by a slash or \"via\": \"Photo: Soldiers carry a wounded comrade on Sunday. Juan Pérez/AFP via Getty Images\".",
            "Such a credit after a copyright sign: \"Photo: Firefighters battle a blaze near Arganil on Sunday © Paulo Novais/Lusa\".",
            "A credit as Reuters and EPA sign them, after a sentence with the agency in capitals and a slash: \"… in Zwickau, Germany, October 2, 2024. REUTERS/Matthias Rietschel/File Photo\", \"EPA-EFE/FILIP SINGER\".",
            "AP's own credit after a sentence: \"… in Victory Lane. AP Photo/Darron Cummings\".",
            "A lone credit in a story.",
            "A lent picture's credit after a dash closing a caption, as Dawn prints it: '… at the Gaddafi Stadium on Sunday night. — Photo courtesy PCB'.",
            "A paper's own initials, listed as an agency or not, before \"Photo\" and a slash closing a caption: \"… in Whitefield. DH Photo/Pushkar V\".",
            "Israel's picture agency after the photographer in brackets closing a caption: \"… at Sacher Park. (Yonatan Sindel/Flash90)\" (rules/lists/photo-credits.txt).",
            "After the last sentence of a caption labelled by its cue, a lender's credit or a dash and a short name: \"Photo: Brothers players celebrate after winning Game 7. Photo courtesy of the CPBL\", \"Photo: Anwar Ibrahim in Putrajaya. - Bernama\" (unlabelled, '… he said. — Bernama' is left alone).",
            "A picture agency alone after the last sentence of a caption labelled by its cue: \"Photo: Roman Anthony reacts after his first home run. Getty Images\" (a last sentence that names no agency, \"… home run. Fans stood\", is left alone).",
            "A British paper's credit cue in its other forms: \"Pic credit: John Smith/PA\", \"Picture credit: John Smith/PA\", \"Pics: John Smith/PA\" (rules/lists/photo-credits.txt).",
        ],
        LeftAlone =
        [
            "Any other bracket with a slash, with no picture cue and no agency that signs pictures.",
            "An agency spelled out before its acronym: \"the Associated Press (AP)\".",
            "A byline with the writer's agency: \"By Olga Kharif (Bloomberg)\".",
            "A link's target or a file path, which is never a credit: \"![Artist's impression](/images/depot.jpg)\".",
            "A picture gallery, where most paragraphs are a caption with its credit (at least three), which keeps its credits.",
            "A caption CL1004 reports (\"Pictured: … Picture: Getty Images\"), which is reported there alone.",
            "A wire named after a dash closing a story, which is the copy's source, not a picture's: '… he said. — Reuters'.",
            "A news agency alone in brackets on the story's last line, crediting the text as a Korea Herald story credits Yonhap: \"(Yonhap)\" (rules/lists/wire-text-credits.txt; a picture desk, \"(Getty Images)\", or the same line with more copy after it is still reported).",
        ],
    };

    private const int MaxTrailingCreditWords = 10;
    private const string ClosingCaption = " closing a caption line";

    /// <summary>A line this short ending in a credit is a caption (AP's run to two sentences); a longer one is copy with a credit glued on.</summary>
    private const int MaxCaptionWords = 60;

    /// <summary>The fewest captioned pictures a gallery has: two credits in a short story are still junk.</summary>
    private const int MinGalleryPictures = 3;

    private readonly PhotoCredits _credits = new(data);
    private readonly HashSet<string> _textWires = new(data.GetList("wire-text-credits"), StringComparer.Ordinal);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        List<Finding>? found = null;
        var (paragraphs, blank) = (0, true);
        var lines = CopyLine.Of(context);
        var last = Array.FindLastIndex(lines, static l => !l.IsBlank);
        foreach (var line in lines)
        {
            paragraphs += blank && !line.IsBlank ? 1 : 0;
            blank = line.IsBlank;
            if (line.IsBlank)
            {
                continue;
            }

            // A slash credit needs a slash and a cue a colon or a bar: one search of the line for all, as most lines have none.
            var mark = line.Chars.IndexOfAny('/', ':', '|') >= 0;
            if ((BracketedCredit(line) ?? (mark ? SlashCredit(line) : null)) is { } open)
            {
                if (open == 0 && last >= 0 && line == lines[last] && IsTextWire(line))
                {
                    continue; // the wire that filed the story, as "— Reuters" closes one
                }

                var credit = TextSpan.FromBounds(line.Tokens[open].Span.Start, line.Span.End);
                (found ??= []).Add(CopyLine.CountWords(line.Tokens.AsSpan(0, open)) <= MaxCaptionWords
                    ? new Finding(paragraphs, line.Span, DeleteLine(source, line), source.ToString(credit), ClosingCaption)
                    : new Finding(paragraphs, credit, new CodeFix("Delete the credit", LineEdits.DeleteWithSpace(source.Text, credit)), source.ToString(credit), string.Empty));
            }
            else if (((mark ? TrailingCredit(line) ?? LabelledCaptionCredit(line) ?? LabelledCaptionTrailer(line) : null) ?? DashedCourtesyCredit(line)) is { } cue)
            {
                var credit = TextSpan.FromBounds(line.Tokens[cue].Span.Start, line.Span.End);
                (found ??= []).Add(new Finding(paragraphs, line.Span, DeleteLine(source, line), source.ToString(credit), ClosingCaption));
            }
        }

        if (found is null || IsGallery(found, paragraphs))
        {
            return;
        }

        // A caption CL1004 reports whole ("Pictured: … Picture: Getty Images"), its fix deleting the paragraph: the
        // credit closing it is reported once, there.
        var reportedCaptions = captions is not null && context.IsEnabled(PhotoCaptionAnalyzer.Descriptor) ? captions.Captions(context) : [];
        foreach (var finding in found)
        {
            if (finding.Closing.Length > 0 && reportedCaptions.Any(p => p.Span.Start <= finding.Span.Start && finding.Span.Start < p.Span.End))
            {
                continue;
            }

            context.Report(Descriptor, finding.Span, finding.Fix, finding.Credit, finding.Closing);
        }
    }

    /// <summary>
    /// A picture gallery ("Notting Hill carnival: the best pictures"), where most paragraphs are a caption with its credit:
    /// the credits belong to the piece, as a lone credit in a news story does not.
    /// </summary>
    private static bool IsGallery(List<Finding> found, int paragraphs)
    {
        // Found in order, so a paragraph's findings are neighbours.
        var credited = 0;
        for (var i = 0; i < found.Count; i++)
        {
            credited += i == 0 || found[i].Paragraph != found[i - 1].Paragraph ? 1 : 0;
        }

        return credited >= MinGalleryPictures && credited * 2 > paragraphs;
    }

    /// <summary>"(Yonhap)": a news agency that files stories (rules/lists/wire-text-credits.txt), alone in the brackets that make the line.</summary>
    private bool IsTextWire(CopyLine line) =>
        line.Tokens.Count >= 3 && line.Tokens[^1].Text == ")" && _textWires.Contains(line.Source.ToString(TextSpan.FromBounds(line.Tokens[1].Span.Start, line.Tokens[^2].Span.End)));

    private sealed record Finding(int Paragraph, TextSpan Span, CodeFix Fix, string Credit, string Closing);

    private static CodeFix DeleteLine(SourceText source, CopyLine line) =>
        new("Delete the caption line", LineEdits.DeleteLines(source, line.Number, line.Number));

    /// <summary>The index of the '(' of a credit that ends the line, or null.</summary>
    private int? BracketedCredit(CopyLine line)
    {
        // The line's last character first: the token and its text are another two reads, and most lines end otherwise.
        if (line.Chars[^1] != ')' || line.Last.Text != ")")
        {
            return null;
        }

        var tokens = line.Tokens;
        var depth = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            depth += tokens[i].Text switch { ")" => 1, "(" => -1, _ => 0 };
            if (depth == 0)
            {
                var inner = tokens[(i + 1)..^1];
                return tokens[i].Text == "(" && !IsLinkTarget(line, tokens, i) && (_credits.IsCredit(inner) || (OpensWithCue(tokens) && IsNamesBetweenSlashes(inner)))
                    && !IsAcronymOf(inner, tokens[..i]) && !IsByline(tokens[..i]) ? i : null;
            }
        }

        return null;
    }

    /// <summary>A caption labelled as one: the line opens with a picture cue and a colon ("Photo: Kim Soo-jin at the bakery …").</summary>
    private bool OpensWithCue(ArraySegment<Token> tokens) =>
        _credits.CueLength(tokens, 0) is > 0 and var cue && cue < tokens.Count && tokens[cue].Text == ":";

    /// <summary>
    /// "Tom Ashworth/The Observer": a photographer and an outlet that is no picture agency, each a few capitalised words
    /// between slashes. Read as a credit only after a picture cue opens the line: other brackets with a slash are left alone.
    /// </summary>
    private static bool IsNamesBetweenSlashes(ArraySegment<Token> inner)
    {
        var (slashes, words) = (0, 0);
        foreach (var token in inner)
        {
            if (token.Text == "/")
            {
                slashes++;
                words = 0;
            }
            else if (token.Kind != TokenKind.Word || !char.IsUpper(token.Text[0]) || ++words > MaxCreditPartWords)
            {
                return false;
            }
        }

        return slashes > 0 && inner[^1].Text != "/";
    }

    private const int MaxCreditPartWords = 4;

    /// <summary>
    /// A link's target or a file's path, never a credit: the brackets of a Markdown link or image right after its "]"
    /// ("![Artist's impression of the scheme](/images/2025/depot.jpg)"), or a path or address with no space in it.
    /// </summary>
    private static bool IsLinkTarget(CopyLine line, ArraySegment<Token> tokens, int open)
    {
        if (open > 0 && tokens[open - 1].Text == "]" && tokens[open - 1].Span.End == tokens[open].Span.Start)
        {
            return true;
        }

        var inner = line.Source.AsSpan(TextSpan.FromBounds(tokens[open].Span.End, line.Span.End - 1));
        return inner.IndexOfAny(' ', '\t') < 0
            && (inner.StartsWith('/') || inner.Contains("://", StringComparison.Ordinal) || inner.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || HasFileExtension(inner));
    }

    /// <summary>"depot.jpg", "report.pdf": a dot and two to four lower-case letters or digits at the end.</summary>
    private static bool HasFileExtension(ReadOnlySpan<char> path)
    {
        var dot = path.LastIndexOf('.');
        ReadOnlySpan<char> extension = dot < 0 ? [] : path[(dot + 1)..];
        return dot > 0 && extension.Length is >= 2 and <= 4 && !extension.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789");
    }

    /// <summary>
    /// The index of a cue ("Photograph") that opens a short credit ending the line after a sentence or alone, or null:
    /// after a colon ("Photograph: Ahn Young-joon/AP"), or in the Nation's form, names in capitals between bars ("PHOTO |
    /// FILE | NATION MEDIA GROUP").
    /// </summary>
    private int? TrailingCredit(CopyLine line)
    {
        // A cue ends in a colon ("Photograph:") or a bar: most lines have neither.
        if (line.Chars.IndexOfAny(':', '|') < 0)
        {
            return null;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // "… a bigger cash down payment. ST PHOTO: GAVIN FOO": the outlet's initials before its own picture's cue.
            var outlet = i > 0 && IsOutletInitials(tokens[i - 1]) && OpensCredit(tokens, i - 1);
            if ((outlet || OpensCredit(tokens, i))
                && _credits.CueLength(tokens, i) is > 0 and var cue
                && i + cue < tokens.Length - 1 && tokens[i + cue].Text is ":" or "|")
            {
                var rest = tokens[(i + cue + 1)..];
                if (CopyLine.CountWords(rest) is > 0 and <= MaxTrailingCreditWords && !CopyLine.EndsWithSentence(rest)
                    && (tokens[i + cue].Text == ":" ? _credits.IsCreditBody(rest) : IsCapitalsBetweenBars(tokens[i..])))
                {
                    return outlet ? i - 1 : i;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The index after the dash where a lent picture's credit closes a caption, as Dawn prints it: "… at the Gaddafi
    /// Stadium on Sunday night. — Photo courtesy PCB", or null. Only the courtesy form: "… he said. — Reuters" closing a
    /// story names the wire the copy came from.
    /// </summary>
    private int? DashedCourtesyCredit(CopyLine line)
    {
        // Most lines have no such credit: screened by their text, so that their tokens are not copied for it.
        if (!line.Chars.Contains("ourtesy", StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        for (var i = tokens.Length - 3; i > 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Dash && tokens[i - 1].Text is "." or "!" or "?")
            {
                var rest = tokens[(i + 1)..];
                return _credits.IsCourtesy(rest) && CopyLine.CountWords(rest) <= MaxTrailingCreditWords && CopyLine.CountWords(tokens[..i]) <= MaxCaptionWords ? i + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A credit may open at <paramref name="i"/>: the line's start (past an emoji) or a sentence's end before it, a
    /// closing quotation mark or a bar between them, as the Hindu closes a caption: "… on Monday. | Photo Credit: B. Jothi Ramalingam".
    /// </summary>
    private static bool OpensCredit(ReadOnlySpan<Token> tokens, int i) =>
        i == 0 || OnlySymbolsBefore(tokens, i) || tokens[i - 1].Text is "." or "!" or "?"
        || ((tokens[i - 1].Kind == TokenKind.Quote || tokens[i - 1].Text == "|") && i > 1 && tokens[i - 2].Text is "." or "!" or "?");

    /// <summary>"ST", "SCMP": an outlet's initials, two to five capitals, before the cue of its own staff's picture.</summary>
    private static bool IsOutletInitials(in Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length is >= 2 and <= 5 && !HasLowerCase(token.Text);

    /// <summary>"📸 Photo: Nick Wass/AP": a newsletter sets an emoji before the cue, opening the line as the cue alone would.</summary>
    private static bool OnlySymbolsBefore(ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (tokens[k].Kind != TokenKind.Symbol)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"PHOTO | FILE | NATION MEDIA GROUP": words in capitals between bars, each part a few of them.</summary>
    private static bool IsCapitalsBetweenBars(ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Text == "|")
            {
                words = 0;
            }
            else if (token.Kind != TokenKind.Word || token.Text.Length < 2 || HasLowerCase(token.Text) || ++words > MaxCreditPartWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool HasLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index where a credit (with a slash or "via", or an agency alone) ends a caption labelled as one, after its last sentence ("Photo:
    /// Soldiers carry a wounded comrade at the base on Sunday. Juan Pérez/AFP via Getty Images") or a copyright sign
    /// ("… near Arganil on Sunday © Paulo Novais/Lusa"), or null. The credit
    /// needs an agency or a cue in one of its parts, as a bracketed one does.
    /// </summary>
    private int? LabelledCaptionCredit(CopyLine line)
    {
        var tokens = line.Tokens;
        if (!OpensWithCue(tokens))
        {
            return null;
        }

        // "Photo: Firefighters battle a blaze on Sunday © Paulo Novais/Lusa": the copyright sign parts the credit as a full stop does.
        var start = tokens.Count;
        while (start > 0 && tokens[start - 1].Text is not ("." or "!" or "?" or "©"))
        {
            start--;
        }

        var credit = tokens[start..];
        return start > 2 && CopyLine.CountWords(credit) is > 0 and <= MaxTrailingCreditWords && IsCreditWords(credit) && _credits.IsCredit(credit)
            ? tokens[start - 1].Text == "©" ? start - 1 : start
            : null;
    }

    /// <summary>
    /// "Photo: Brothers players celebrate after winning Game 7. Photo courtesy of the CPBL", "Photo: Anwar Ibrahim in
    /// Putrajaya. - Bernama": after the last sentence of a caption labelled by its cue, a lender's credit, or a dash and a
    /// short name. Unlabelled, "… he said. — Bernama" is the story's wire and left alone.
    /// </summary>
    private int? LabelledCaptionTrailer(CopyLine line)
    {
        ReadOnlySpan<Token> tokens = line.Tokens;
        if (!OpensWithCue(line.Tokens))
        {
            return null;
        }

        var start = tokens.Length;
        while (start > 0 && tokens[start - 1].Text is not ("." or "!" or "?"))
        {
            start--;
        }

        var dashed = start < tokens.Length && tokens[start].Kind == TokenKind.Dash;
        var credit = tokens[(dashed ? start + 1 : start)..];
        return start > 2 && CopyLine.CountWords(credit) is > 0 and <= MaxDashedNameWords && (_credits.IsCourtesy(credit) || (dashed && IsCapitalisedWords(credit))) ? start : null;
    }

    /// <summary>The longest name after a dash closing a labelled caption: "- Bernama", "— Reuters/Mohd Rasfan".</summary>
    private const int MaxDashedNameWords = 6;

    private static bool IsCapitalisedWords(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (!(token.Text == "/" || (token.Kind == TokenKind.Word && token.IsCapitalized)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Capitalised words, maybe parted by slashes or "via": "Juan Pérez/AFP via Getty Images", or one part, which
    /// <see cref="PhotoCredits.IsCredit"/> takes only as an agency alone ("Getty Images").
    /// </summary>
    private static bool IsCreditWords(ArraySegment<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is not ("/" or "via") && !(token.Kind == TokenKind.Word && token.IsCapitalized))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index where a wire credit ends the line alone or after a sentence: an agency written in capitals (with
    /// "Photo" after it), a slash, and a short credit with no sentence in it ("REUTERS/Matthias Rietschel/File Photo",
    /// "AP Photo/Darron Cummings"), or null.
    /// </summary>
    private int? SlashCredit(CopyLine line)
    {
        if (!line.Chars.Contains('/'))
        {
            return null;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        var start = tokens.Length - 1;
        while (start > 0 && tokens[start - 1].Text is not ("." or "!" or "?"))
        {
            start--;
        }

        // AP signs its own with the cue before the slash: "AP Photo/Darron Cummings"; so does any paper by its initials,
        // listed or not: "DH Photo/Pushkar V".
        var credit = tokens[start..];
        var slash = credit.Length >= 4 && credit[1].Text == "Photo" ? 2 : 1;
        return credit.Length >= slash + 2 && credit[slash].Text == "/" && (_credits.IsAgencyInCapitals(credit[0]) || (slash == 2 && IsCapitals(credit[0])))
            && CopyLine.CountWords(credit) <= MaxTrailingCreditWords && IsNamesAndSlashes(credit)
                ? start
                : null;
    }

    /// <summary>A word in capitals, hyphens allowed: "DH", "EPA-EFE".</summary>
    private static bool IsCapitals(Token token) =>
        token.Kind == TokenKind.Word && token.Text.AsSpan().ContainsAnyInRange('A', 'Z') && !token.Text.AsSpan().ContainsAnyExcept(UpperOrHyphen);

    private static readonly System.Buffers.SearchValues<char> UpperOrHyphen = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>Capitalised words and slashes only, as a credit is: "AP/NORC poll: most back the plan" is a headline.</summary>
    private static bool IsNamesAndSlashes(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (!(token.Kind == TokenKind.Word && token.IsCapitalized) && token.Text != "/")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A byline with the writer's agency, "By Olga Kharif (Bloomberg)", "By Jane Doe and John Roe (AP)": "By" and names
    /// only, as no caption is ("By the river, a man fishes (Reuters)" has a clause). Deleting it would delete the byline.
    /// </summary>
    private static bool IsByline(ArraySegment<Token> before)
    {
        if (before.Count < 2 || before[0].Text != "By")
        {
            return false;
        }

        foreach (var token in before[1..])
        {
            if (!(token.Kind == TokenKind.Word && (token.IsCapitalized || token.Text == "and")) && token.Text != ",")
            {
                return false;
            }
        }

        return CopyLine.CountWords(before) <= MaxBylineWords;
    }

    /// <summary>"By" and up to three writers' names.</summary>
    private const int MaxBylineWords = 10;

    /// <summary>"the Associated Press (AP)": the bracket spells the initials of the words before it.</summary>
    private static bool IsAcronymOf(ArraySegment<Token> inner, ArraySegment<Token> before)
    {
        if (inner is not [{ Kind: TokenKind.Word } acronym] || !acronym.Text.All(char.IsUpper))
        {
            return false;
        }

        var words = before.Where(t => t.Kind == TokenKind.Word && char.IsUpper(t.Text[0])).TakeLast(acronym.Text.Length).ToArray();
        return words.Length == acronym.Text.Length && string.Concat(words.Select(w => w.Text[0])) == acronym.Text;
    }
}
