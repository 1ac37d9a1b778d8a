using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>
/// The tokenizer's scanner: reads one token at a time from a position. Stateless; every decision looks only at
/// the characters around the position, so tokenizing can start again at any token boundary.
/// </summary>
internal static class TokenReader
{
    /// <summary>Longest local part of an e-mail address that is looked for.</summary>
    private const int MaxEmailLocalPart = 64;

    /// <summary>Longest domain name that is looked for (RFC 1035: 253 characters in text form).</summary>
    private const int MaxDomainLength = 253;

    /// <summary>Longest label of a domain name (RFC 1035: 63 characters).</summary>
    private const int MaxDomainLabelLength = 63;

    /// <summary>
    /// Reads the token that starts at or after <paramref name="position"/>, skipping separators.
    /// </summary>
    /// <returns><see langword="false"/> when only separators remain.</returns>
    public static bool TryRead(ReadOnlySpan<char> text, ref int position, out Token token)
    {
        int i = position;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c < 128)
            {
                if ((CharClass.Ascii(c) & CharClass.Space) == 0)
                {
                    break;
                }

                i++;
            }
            else if (CharClass.IsSeparator(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i >= n)
        {
            position = n;
            token = default;
            return false;
        }

        token = ReadAt(text, i);
        position = token.End;
        return true;
    }

    private static Token ReadAt(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        if (c < 128)
        {
            byte cls = CharClass.Ascii(c);
            if ((cls & CharClass.Letter) != 0)
            {
                return ReadWordLike(text, start);
            }

            if ((cls & CharClass.Digit) != 0)
            {
                return ReadNumber(text, start);
            }

            return ReadAsciiPunctuation(text, start);
        }

        return ReadNonAscii(text, start);
    }

    // ---- Words -------------------------------------------------------------------------------------------

    private static Token ReadWordLike(ReadOnlySpan<char> text, int start)
    {
        // "n't" after a word ("do|n't") is a clitic token of its own.
        if (IsNotClitic(text, start))
        {
            return new Token(start, 3, TokenKind.Clitic, TokenShape.HasLetter | TokenShape.HasApostrophe | ShapeOfCase(text.Slice(start, 3)));
        }

        var shape = new ShapeBuilder();
        int i = ScanWordRun(text, start, ref shape);
        int n = text.Length;

        while (i < n)
        {
            char c = text[i];
            if (CharClass.IsWordHyphen(c))
            {
                if (i + 1 < n && (CharClass.IsAsciiAlphanumeric(text[i + 1]) || (text[i + 1] >= 128 && CharClass.StartsWord(text, i + 1))))
                {
                    shape.Add(TokenShape.HasHyphen);
                    i = ScanWordRun(text, i + 1, ref shape);
                    continue;
                }

                break;
            }

            if (CharClass.IsApostrophe(c))
            {
                if (i - 1 > start && IsNotClitic(text, i - 1))
                {
                    // "do|n't", "ca|n't".
                    return new Token(start, i - 1 - start, TokenKind.Word, RescanShape(text, start, i - 1));
                }

                if (IsCliticAt(text, i))
                {
                    // "Hashed|'s", "they|'re".
                    break;
                }

                if (i + 1 < n && CharClass.IsAsciiLetter(text[i + 1]))
                {
                    // "O'Brien", "al-Qa'ida": an apostrophe inside a name.
                    shape.Add(TokenShape.HasApostrophe);
                    i = ScanWordRun(text, i + 1, ref shape);
                    continue;
                }

                break;
            }

            if (c == '.')
            {
                return ReadAfterWordPeriod(text, start, i, shape);
            }

            if (c == '@' || ((c == '_' || c == '+') && i + 1 < n && CharClass.IsAsciiAlphanumeric(text[i + 1])))
            {
                if (TryReadEmail(text, start, out var email))
                {
                    return email;
                }

                break;
            }

            if (c == ':' && IsUrlScheme(text.Slice(start, i - start)) && text[(i + 1)..].StartsWith("//"))
            {
                return ReadUrl(text, start);
            }

            if (c == '&' && i + 1 < n && i > start && CharClass.IsAsciiLetter(text[i + 1]) && char.IsAsciiLetterUpper(text[i - 1]) && char.IsAsciiLetterUpper(text[i + 1]))
            {
                // "AT&T", "S&P".
                i = ScanWordRun(text, i + 1, ref shape);
                continue;
            }

            break;
        }

        return new Token(start, i - start, TokenKind.Word, shape.Build());
    }

    /// <summary>Scans letters, digits and marks from <paramref name="i"/>; returns the index after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWordRun(ReadOnlySpan<char> text, int i, ref ShapeBuilder shape)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c < 128)
            {
                byte cls = CharClass.Ascii(c);
                if ((cls & CharClass.WordChar) == 0)
                {
                    break;
                }

                shape.AddAscii(cls);
                i++;
            }
            else
            {
                if (!CharClass.IsWordRune(text, i, out int width, out Rune rune))
                {
                    break;
                }

                shape.AddRune(rune);
                i += width;
            }
        }

        return i;
    }

    /// <summary>A word (<paramref name="start"/>..<paramref name="period"/>) followed by a period: abbreviation, initials, domain, or a word.</summary>
    private static Token ReadAfterWordPeriod(ReadOnlySpan<char> text, int start, int period, ShapeBuilder shape)
    {
        int n = text.Length;
        int wordLength = period - start;
        bool nextIsLetter = period + 1 < n && CharClass.IsAsciiLetter(text[period + 1]);

        // Initials and dotted abbreviations: "U.S.", "J.R.R.", "a.m.", "U.N.".
        if (wordLength == 1 && CharClass.IsAsciiLetter(text[start]))
        {
            int j = period + 1;
            int groups = 1;
            while (j + 1 < n && CharClass.IsAsciiLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= n || !CharClass.IsAsciiLetter(text[j + 2]) || (j + 3 < n && text[j + 3] == '.')))
            {
                j += 2;
                groups++;
            }

            if (groups > 1 || char.IsAsciiLetterUpper(text[start]))
            {
                // "U.S.-backed": a dotted abbreviation can start a hyphenated word.
                if (j + 1 < n && CharClass.IsWordHyphen(text[j]) && CharClass.IsAsciiLetter(text[j + 1]))
                {
                    var hyphenated = RescanShape(text, start, j);
                    var builder = new ShapeBuilder(hyphenated);
                    builder.Add(TokenShape.HasHyphen);
                    int end = ScanWordRun(text, j + 1, ref builder);
                    return new Token(start, end - start, TokenKind.Word, builder.Build());
                }

                return Finish(text, start, j, TokenKind.Abbreviation, RescanShape(text, start, j));
            }
        }

        if (nextIsLetter)
        {
            // "example.com", "news.bbc.co.uk/path": a domain name whose last label is a known top-level domain.
            if (TryReadDomain(text, start, out var domain))
            {
                return domain;
            }

            if (TryReadEmail(text, start, out var email))
            {
                return email;
            }
        }

        if (Abbreviations.Lookup(text.Slice(start, wordLength)) != AbbreviationRole.None)
        {
            return Finish(text, start, period + 1, TokenKind.Abbreviation, RescanShape(text, start, period + 1));
        }

        if (IsWww(text.Slice(start, wordLength)))
        {
            return ReadUrl(text, start);
        }

        return new Token(start, wordLength, TokenKind.Word, shape.Build());
    }

    private static bool IsWww(ReadOnlySpan<char> word) => word.Equals("www", StringComparison.OrdinalIgnoreCase);

    private static bool IsUrlScheme(ReadOnlySpan<char> word) =>
        word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    /// <summary>"'s", "'re", "'ve", "'ll", "'d", "'m" at <paramref name="apostrophe"/>, followed by a non-letter.</summary>
    private static bool IsCliticAt(ReadOnlySpan<char> text, int apostrophe)
    {
        int n = text.Length;
        if (apostrophe == 0 || apostrophe + 1 >= n || !CharClass.IsApostrophe(text[apostrophe]))
        {
            return false;
        }

        int length = CliticLetters(text, apostrophe + 1);
        return length > 0;
    }

    /// <summary>The number of clitic letters ("s", "re", "ve", "ll", "d", "m") at <paramref name="i"/> followed by a non-letter, or 0.</summary>
    private static int CliticLetters(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        char a = (char)(text[i] | 0x20);
        if (a is 's' or 'd' or 'm')
        {
            return i + 1 >= n || !CharClass.StartsWord(text, i + 1) ? 1 : 0;
        }

        if (i + 1 < n)
        {
            char b = (char)(text[i + 1] | 0x20);
            bool pair = (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
            if (pair && (i + 2 >= n || !CharClass.StartsWord(text, i + 2)))
            {
                return 2;
            }
        }

        return 0;
    }

    /// <summary>"n't" at <paramref name="i"/> after a letter and before a non-letter.</summary>
    private static bool IsNotClitic(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        return i > 0 && i + 2 < n && (text[i] | 0x20) == 'n' && CharClass.IsApostrophe(text[i + 1]) && (text[i + 2] | 0x20) == 't'
            && CharClass.IsAsciiLetter(text[i - 1]) && (i + 3 >= n || !CharClass.StartsWord(text, i + 3));
    }

    // ---- Numbers ----------------------------------------------------------------------------------------

    private static Token ReadNumber(ReadOnlySpan<char> text, int start)
    {
        int n = text.Length;
        int i = ScanDigits(text, start);
        var kind = TokenKind.Number;
        var extra = TokenShape.None;
        int colons = 0, slashes = 0, dashes = 0, dots = 0;

        while (i < n)
        {
            char c = text[i];
            bool digitNext = i + 1 < n && CharClass.IsAsciiDigit(text[i + 1]);
            if (c == ',' && dots == 0 && colons == 0 && slashes == 0 && dashes == 0 && HasThreeDigits(text, i + 1))
            {
                i = ScanDigits(text, i + 1);
            }
            else if (c == '.' && digitNext && colons == 0 && slashes == 0)
            {
                dots++;
                extra |= TokenShape.HasPeriod;
                i = ScanDigits(text, i + 1);
            }
            else if (c == ':' && digitNext && i + 2 < n && CharClass.IsAsciiDigit(text[i + 2]) && dots == 0 && slashes == 0)
            {
                colons++;
                i = ScanDigits(text, i + 1);
            }
            else if (c == '/' && digitNext && dots == 0 && colons == 0)
            {
                slashes++;
                i = ScanDigits(text, i + 1);
            }
            else if (CharClass.IsRangeDash(c) && digitNext && colons == 0 && slashes == 0 && dots == 0)
            {
                dashes++;
                extra |= TokenShape.HasHyphen;
                i = ScanDigits(text, i + 1);
            }
            else if (CharClass.IsWordHyphen(c) && i + 1 < n && CharClass.StartsWord(text, i + 1))
            {
                // "16-year-old", "4-0-win": a word that starts with a number.
                var shape = RescanShape(text, start, i);
                var builder = new ShapeBuilder(shape);
                while (i + 1 < n && CharClass.IsWordHyphen(text[i]) && (CharClass.IsAsciiAlphanumeric(text[i + 1]) || CharClass.StartsWord(text, i + 1)))
                {
                    builder.Add(TokenShape.HasHyphen);
                    i = ScanWordRun(text, i + 1, ref builder);
                }

                return new Token(start, i - start, TokenKind.Word, builder.Build());
            }
            else if (CharClass.IsAsciiLetter(c))
            {
                // "10th", "1990s", "9mm", "5G", "3pm": the letters stay with the number.
                var builder = new ShapeBuilder(RescanShape(text, start, i) | extra);
                i = ScanWordRun(text, i, ref builder);
                if (i < n && CharClass.IsWordHyphen(text[i]) && i + 1 < n && CharClass.IsAsciiAlphanumeric(text[i + 1]))
                {
                    continue;
                }

                return new Token(start, i - start, kind, builder.Build());
            }
            else
            {
                break;
            }
        }

        if (colons > 0 || slashes > 1 || dashes > 1 || dots > 1)
        {
            kind = TokenKind.DateTime;
        }

        return new Token(start, i - start, kind, RescanShape(text, start, i) | extra);
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClass.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool HasThreeDigits(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && CharClass.IsAsciiDigit(text[i]) && CharClass.IsAsciiDigit(text[i + 1]) && CharClass.IsAsciiDigit(text[i + 2])
        && (i + 3 >= text.Length || !CharClass.IsAsciiDigit(text[i + 3]));

    // ---- Punctuation and symbols ------------------------------------------------------------------------

    private static Token ReadAsciiPunctuation(ReadOnlySpan<char> text, int start)
    {
        int n = text.Length;
        char c = text[start];
        switch (c)
        {
            case '.':
                {
                    int end = start + 1;
                    while (end < n && text[end] == '.')
                    {
                        end++;
                    }

                    if (end == start + 1 && end < n && CharClass.IsAsciiDigit(text[end]) && (start == 0 || !CharClass.IsAsciiAlphanumeric(text[start - 1])))
                    {
                        // ".45 caliber"
                        int digitsEnd = ScanDigits(text, end);
                        return new Token(start, digitsEnd - start, TokenKind.Number, TokenShape.HasDigit | TokenShape.HasPeriod);
                    }

                    return new Token(start, end - start, TokenKind.Punctuation, TokenShape.HasPeriod);
                }

            case '-':
                {
                    int end = start + 1;
                    while (end < n && text[end] == '-')
                    {
                        end++;
                    }

                    return new Token(start, end - start, TokenKind.Punctuation, TokenShape.HasHyphen);
                }

            case '\'':
                if (start > 0 && CharClass.IsAsciiAlphanumeric(text[start - 1]) && start + 1 < n)
                {
                    int letters = CliticLetters(text, start + 1);
                    if (letters > 0)
                    {
                        return new Token(start, 1 + letters, TokenKind.Clitic, TokenShape.HasApostrophe | TokenShape.HasLetter | ShapeOfCase(text.Slice(start + 1, letters)));
                    }
                }

                if (start + 2 < n && CharClass.IsAsciiDigit(text[start + 1]) && CharClass.IsAsciiDigit(text[start + 2]) && (start == 0 || !CharClass.IsAsciiAlphanumeric(text[start - 1])))
                {
                    // "'90s"
                    var builder = new ShapeBuilder(TokenShape.HasApostrophe);
                    int end = ScanWordRun(text, start + 1, ref builder);
                    return new Token(start, end - start, TokenKind.Number, builder.Build());
                }

                return new Token(start, 1, IsPossessiveApostrophe(text, start) ? TokenKind.Clitic : TokenKind.Punctuation, TokenShape.HasApostrophe);

            case '#':
                if (start + 1 < n && (CharClass.IsAsciiAlphanumeric(text[start + 1]) || text[start + 1] == '_' || (text[start + 1] >= 128 && CharClass.StartsWord(text, start + 1))))
                {
                    return ReadHandle(text, start, TokenKind.Hashtag);
                }

                return new Token(start, 1, TokenKind.Symbol, TokenShape.None);

            case '@':
                if (start + 1 < n && (CharClass.IsAsciiAlphanumeric(text[start + 1]) || text[start + 1] == '_'))
                {
                    return ReadHandle(text, start, TokenKind.Mention);
                }

                return new Token(start, 1, TokenKind.Symbol, TokenShape.None);

            case '_' or '*' or '=' or '~':
                {
                    // Separator lines ("_____", "*****") are one token.
                    int end = start + 1;
                    while (end < n && text[end] == c)
                    {
                        end++;
                    }

                    return new Token(start, end - start, TokenKind.Symbol, TokenShape.None);
                }

            case '$' or '%' or '&' or '+' or '<' or '>' or '^' or '|' or '\\' or '/' or '`':
                return new Token(start, 1, c == '`' ? TokenKind.Punctuation : TokenKind.Symbol, TokenShape.None);

            default:
                return new Token(start, 1, TokenKind.Punctuation, TokenShape.None);
        }
    }

    /// <summary>A bare apostrophe after a plural "s" and before a space ("soldiers' families").</summary>
    private static bool IsPossessiveApostrophe(ReadOnlySpan<char> text, int i) =>
        i > 1 && (text[i - 1] | 0x20) == 's' && CharClass.IsAsciiLetter(text[i - 2])
        && i + 2 < text.Length && text[i + 1] == ' ' && CharClass.IsAsciiLetter(text[i + 2]);

    private static Token ReadHandle(ReadOnlySpan<char> text, int start, TokenKind kind)
    {
        var shape = new ShapeBuilder();
        int i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '_')
            {
                i++;
                continue;
            }

            int next = ScanWordRun(text, i, ref shape);
            if (next == i)
            {
                break;
            }

            // A URL glued on ("#RIPhttps://t.co/x"): the handle stops before its scheme.
            int scheme = GluedUrlSchemeLength(text, i, next);
            if (scheme > 0)
            {
                int end = next - scheme;
                return end - start > 1
                    ? new Token(start, end - start, kind, RescanShape(text, start + 1, end))
                    : new Token(start, 1, TokenKind.Symbol, TokenShape.None);
            }

            i = next;
        }

        return new Token(start, i - start, kind, shape.Build());
    }

    /// <summary>
    /// The length of a URL scheme (<see cref="IsUrlScheme"/>) that ends the word run <paramref name="start"/>..<paramref name="end"/>
    /// and is followed by "://"; 0 when there is none.
    /// </summary>
    private static int GluedUrlSchemeLength(ReadOnlySpan<char> text, int start, int end)
    {
        if (!text[end..].StartsWith("://", StringComparison.Ordinal))
        {
            return 0;
        }

        // The schemes IsUrlScheme knows are 3 to 5 letters long; the longest match wins ("https" over "http").
        for (int length = Math.Min(5, end - start); length >= 3; length--)
        {
            if (IsUrlScheme(text.Slice(end - length, length)))
            {
                return length;
            }
        }

        return 0;
    }

    private static Token ReadNonAscii(ReadOnlySpan<char> text, int start)
    {
        if (Rune.DecodeFromUtf16(text[start..], out Rune rune, out int width) != OperationStatus.Done)
        {
            // A lone surrogate: one code unit, never merged with anything.
            return new Token(start, 1, TokenKind.Other, TokenShape.NonAscii);
        }

        if (CharClass.IsWordRune(text, start, out _, out _))
        {
            if (Rune.IsDigit(rune) && !Rune.IsLetter(rune))
            {
                var digits = new ShapeBuilder();
                int end = ScanWordRun(text, start, ref digits);
                return new Token(start, end - start, TokenKind.Number, digits.Build());
            }

            return ReadWordLike(text, start);
        }

        char c = text[start];
        switch (c)
        {
            case '\u2019':
            case '\u02BC':
                if (start > 0 && CharClass.IsAsciiAlphanumeric(text[start - 1]) && start + 1 < text.Length)
                {
                    int letters = CliticLetters(text, start + 1);
                    if (letters > 0)
                    {
                        return new Token(start, 1 + letters, TokenKind.Clitic, TokenShape.HasApostrophe | TokenShape.HasLetter | TokenShape.NonAscii | ShapeOfCase(text.Slice(start + 1, letters)));
                    }
                }

                return new Token(start, 1, IsPossessiveApostrophe(text, start) ? TokenKind.Clitic : TokenKind.Punctuation, TokenShape.HasApostrophe | TokenShape.NonAscii);
            case '\u2026':
                return new Token(start, 1, TokenKind.Punctuation, TokenShape.NonAscii | TokenShape.HasPeriod);
            case '\u2013' or '\u2014' or '\u2012' or '\u2015' or '\u2010' or '\u2011' or '\u2212':
                {
                    int end = start + 1;
                    while (end < text.Length && text[end] == c)
                    {
                        end++;
                    }

                    return new Token(start, end - start, TokenKind.Punctuation, TokenShape.NonAscii | TokenShape.HasHyphen);
                }
        }

        if (CharClass.IsEmoji(rune) || CharClass.IsRegionalIndicator(rune))
        {
            return ReadEmoji(text, start, rune, width);
        }

        var category = Rune.GetUnicodeCategory(rune);
        var kind = category switch
        {
            System.Globalization.UnicodeCategory.CurrencySymbol or System.Globalization.UnicodeCategory.MathSymbol
                or System.Globalization.UnicodeCategory.ModifierSymbol or System.Globalization.UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.ClosePunctuation
                or System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation
                or System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.OtherPunctuation
                or System.Globalization.UnicodeCategory.ConnectorPunctuation => TokenKind.Punctuation,
            System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber => TokenKind.Number,
            _ => TokenKind.Other,
        };
        return new Token(start, width, kind, TokenShape.NonAscii);
    }

    private static Token ReadEmoji(ReadOnlySpan<char> text, int start, Rune first, int width)
    {
        int i = start + width;
        bool flag = CharClass.IsRegionalIndicator(first);
        int n = text.Length;
        while (i < n)
        {
            if (Rune.DecodeFromUtf16(text[i..], out Rune next, out int nextWidth) != OperationStatus.Done)
            {
                break;
            }

            if (flag)
            {
                // Two regional indicators make one flag.
                if (CharClass.IsRegionalIndicator(next))
                {
                    i += nextWidth;
                }

                break;
            }

            if (CharClass.IsEmojiModifier(next))
            {
                i += nextWidth;
                continue;
            }

            if (next.Value == 0x200D && i + nextWidth < n
                && Rune.DecodeFromUtf16(text[(i + nextWidth)..], out Rune joined, out int joinedWidth) == OperationStatus.Done
                && CharClass.IsEmoji(joined))
            {
                i += nextWidth + joinedWidth;
                continue;
            }

            break;
        }

        return new Token(start, i - start, TokenKind.Emoji, TokenShape.NonAscii);
    }

    // ---- URLs, e-mail, domains --------------------------------------------------------------------------

    private static Token ReadUrl(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c < 128 ? (CharClass.Ascii(c) & CharClass.Space) != 0 || c is '"' or '<' or '>' or '`' : CharClass.IsSeparator(text, i) || c is '\u201C' or '\u201D' or '\u2019' or '\u00AB' or '\u00BB')
            {
                break;
            }

            i++;
        }

        // Sentence punctuation after a URL is not part of it; neither is a closing bracket it did not open.
        bool opensBracket = text.Slice(start, i - start).Contains('(');
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or ']')
        {
            if (text[i - 1] == ')' && opensBracket)
            {
                break;
            }

            i--;
        }

        if (char.IsLowSurrogate(text[i - 1]) is false && char.IsHighSurrogate(text[i - 1]))
        {
            i--;
        }

        return new Token(start, i - start, TokenKind.Url, TokenShape.HasLetter | TokenShape.HasPeriod);
    }

    private static readonly string[] TopLevelDomains =
        ["com", "org", "net", "gov", "edu", "mil", "int", "info", "io", "co", "uk", "us", "ca", "au", "de", "fr", "news", "tv", "iq", "ir", "sy", "il", "ps", "ua", "ru", "in", "eu"];

    /// <summary>
    /// Reads a domain name ("example.com", "news.bbc.co.uk/path") at <paramref name="start"/>. The scan never goes
    /// past <see cref="MaxDomainLength"/> characters or a label longer than <see cref="MaxDomainLabelLength"/>
    /// (RFC 1035's limits), so a long dotted chain that is no domain costs a bounded look at each of its words.
    /// </summary>
    private static bool TryReadDomain(ReadOnlySpan<char> text, int start, out Token token)
    {
        token = default;
        int n = Math.Min(text.Length, start + MaxDomainLength + 1);
        int i = start;
        int labels = 0;
        int lastLabelStart = start;
        while (true)
        {
            int labelStart = i;
            while (i < n && (CharClass.IsAsciiAlphanumeric(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == labelStart)
            {
                break;
            }

            if (i - labelStart > MaxDomainLabelLength || i - start > MaxDomainLength)
            {
                return false;
            }

            labels++;
            lastLabelStart = labelStart;
            if (i + 1 < n && text[i] == '.' && CharClass.IsAsciiAlphanumeric(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        n = text.Length;
        if (labels < 2 || (i < n && (text[i] == '@' || CharClass.StartsWord(text, i))))
        {
            return false;
        }

        var tld = text[lastLabelStart..i];
        bool known = false;
        foreach (string candidate in TopLevelDomains)
        {
            if (tld.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                known = true;
                break;
            }
        }

        if (!known)
        {
            return false;
        }

        if (i < n && text[i] == '/')
        {
            token = ReadUrl(text, start);
            return true;
        }

        token = new Token(start, i - start, TokenKind.Url, TokenShape.HasLetter | TokenShape.HasPeriod);
        return true;
    }

    private static bool TryReadEmail(ReadOnlySpan<char> text, int start, out Token token)
    {
        token = default;
        int n = text.Length;
        int i = start;
        int limit = Math.Min(n, start + MaxEmailLocalPart);
        while (i < limit && (CharClass.IsAsciiAlphanumeric(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i == start || i >= n - 3 || text[i] != '@' || text[i - 1] == '.')
        {
            return false;
        }

        int domainStart = i + 1;
        int j = domainStart;
        int dots = 0;
        while (j < n && (CharClass.IsAsciiAlphanumeric(text[j]) || text[j] == '-' || (text[j] == '.' && j + 1 < n && CharClass.IsAsciiAlphanumeric(text[j + 1]))))
        {
            if (text[j] == '.')
            {
                dots++;
            }

            j++;
        }

        if (dots == 0 || j - domainStart < 3)
        {
            return false;
        }

        token = new Token(start, j - start, TokenKind.Email, TokenShape.HasLetter | TokenShape.HasPeriod);
        return true;
    }

    // ---- Shapes -----------------------------------------------------------------------------------------

    private static Token Finish(ReadOnlySpan<char> text, int start, int end, TokenKind kind, TokenShape shape) =>
        new(start, end - start, kind, shape);

    /// <summary>Computes the shape of <c>text[start..end)</c> from scratch (used off the common path).</summary>
    internal static TokenShape RescanShape(ReadOnlySpan<char> text, int start, int end)
    {
        var builder = new ShapeBuilder();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c < 128)
            {
                byte cls = CharClass.Ascii(c);
                if (cls != 0)
                {
                    builder.AddAscii(cls);
                }
                else if (c is '-')
                {
                    builder.Add(TokenShape.HasHyphen);
                }
                else if (c is '.')
                {
                    builder.Add(TokenShape.HasPeriod);
                }
                else if (c is '\'')
                {
                    builder.Add(TokenShape.HasApostrophe);
                }
                else
                {
                    builder.MarkNonDigit();
                }

                i++;
            }
            else
            {
                if (Rune.DecodeFromUtf16(text[i..end], out Rune rune, out int width) == OperationStatus.Done)
                {
                    builder.AddRune(rune);
                    if (CharClass.IsApostrophe(c))
                    {
                        builder.Add(TokenShape.HasApostrophe);
                    }
                }
                else
                {
                    builder.Add(TokenShape.NonAscii);
                    builder.MarkNonDigit();
                }

                i += width;
            }
        }

        return builder.Build();
    }

    private static TokenShape ShapeOfCase(ReadOnlySpan<char> letters)
    {
        bool upper = false, lower = false;
        foreach (char c in letters)
        {
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
        }

        return upper && !lower ? TokenShape.AllCaps : lower && !upper ? TokenShape.AllLower : TokenShape.None;
    }
}
