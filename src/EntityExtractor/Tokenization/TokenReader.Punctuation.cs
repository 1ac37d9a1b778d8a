using System.Buffers;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>The scanner's punctuation and symbols, handles and hashtags, and text outside ASCII (emoji included).</summary>
internal static partial class TokenReader
{
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
                {
                    int letters = CliticAfterWord(text, start);
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

    /// <summary>
    /// A bare apostrophe after a plural "s" and before a space ("soldiers' families"), also written apart from its
    /// word ("soldiers ' families", <see cref="IsApartFromWord"/>).
    /// </summary>
    private static bool IsPossessiveApostrophe(ReadOnlySpan<char> text, int i)
    {
        int word = IsApartFromWord(text, i) ? i - 1 : i;
        return word > 1 && (text[word - 1] | 0x20) == 's' && CharClass.IsAsciiLetter(text[word - 2])
            && i + 2 < text.Length && text[i + 1] == ' ' && CharClass.IsAsciiLetter(text[i + 2]);
    }

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
                {
                    int letters = CliticAfterWord(text, start);
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
}
