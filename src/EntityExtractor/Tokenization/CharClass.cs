using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>Character classification for the tokenizer: an ASCII lookup table and Unicode fallbacks.</summary>
internal static class CharClass
{
    public const byte Upper = 1;
    public const byte Lower = 2;
    public const byte Digit = 4;
    public const byte Space = 8;
    public const byte Letter = Upper | Lower;
    public const byte WordChar = Letter | Digit;

    // Indexed by ASCII code; built once, never written after.
    private static readonly byte[] AsciiTable = BuildAsciiTable();

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            if (c is >= 'A' and <= 'Z')
            {
                table[c] = Upper;
            }
            else if (c is >= 'a' and <= 'z')
            {
                table[c] = Lower;
            }
            else if (c is >= '0' and <= '9')
            {
                table[c] = Digit;
            }
            else if (c <= 0x20 || c == 0x7F)
            {
                // White space and control characters both separate tokens.
                table[c] = Space;
            }
        }

        return table;
    }

    /// <summary>The ASCII class bits of <paramref name="c"/>, which must be below 128.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Ascii(char c) => AsciiTable[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c < 128 && (AsciiTable[c] & Letter) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlphanumeric(char c) => c < 128 && (AsciiTable[c] & WordChar) != 0;

    /// <summary>Whether <paramref name="c"/> ends a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Whether only spaces and tabs stand between <paramref name="i"/> and the next line break or the end of the text.</summary>
    public static bool EndsLine(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == text.Length || IsLineBreak(text[i]);
    }

    /// <summary>Whether only spaces and tabs stand between the start of the line or the text and <paramref name="i"/>.</summary>
    public static bool StartsLine(ReadOnlySpan<char> text, int i)
    {
        int before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || IsLineBreak(text[before]);
    }

    /// <summary>Whether the character at <paramref name="index"/> separates tokens (white space, control or invisible format characters).</summary>
    public static bool IsSeparator(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (c < 128)
        {
            return (AsciiTable[c] & Space) != 0;
        }

        if (char.IsWhiteSpace(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>
    /// Whether the non-ASCII rune at <paramref name="index"/> continues a word (a letter, a combining mark, a
    /// decimal digit, or a joiner between letters), and how many code units it takes.
    /// </summary>
    public static bool IsWordRune(ReadOnlySpan<char> text, int index, out int width, out Rune rune)
    {
        if (Rune.DecodeFromUtf16(text[index..], out rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            case UnicodeCategory.Format:
                // Zero-width joiners and soft hyphens inside a word (Persian, Indic scripts) keep it whole.
                int next = index + width;
                return (rune.Value is 0x200C or 0x200D or 0x00AD) && next < text.Length && StartsWordRune(text, next);
            default:
                return false;
        }
    }

    private static bool StartsWordRune(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (c < 128)
        {
            return (AsciiTable[c] & WordChar) != 0;
        }

        return IsWordRune(text, index, out _, out var rune) && !IsJoiner(rune);
    }

    private static bool IsJoiner(Rune rune) => rune.Value is 0x200C or 0x200D or 0x00AD;

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="text"/> starts a word: an ASCII letter or a non-ASCII word rune.</summary>
    public static bool StartsWord(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        return c < 128 ? (AsciiTable[c] & Letter) != 0 : IsWordRune(text, index, out _, out _);
    }

    /// <summary>Whether <paramref name="rune"/> is an emoji base (pictographs, dingbats, flags, and the like).</summary>
    public static bool IsEmoji(Rune rune)
    {
        int v = rune.Value;
        return v is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x2300 and <= 0x23FF) or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x2122 or 0x2139
            or (>= 0x2194 and <= 0x21AA);
    }

    /// <summary>Whether <paramref name="rune"/> extends a preceding emoji (variation selectors, skin tones, keycap, tags).</summary>
    public static bool IsEmojiModifier(Rune rune)
    {
        int v = rune.Value;
        return v is 0xFE0F or 0xFE0E or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);
    }

    /// <summary>Whether <paramref name="rune"/> is a regional indicator letter (two make a flag).</summary>
    public static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Whether <paramref name="c"/> is an apostrophe (straight, right single quote or modifier letter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Whether <paramref name="c"/> is a hyphen that can join two parts of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Whether <paramref name="c"/> is a dash between numbers in a range (hyphen, en dash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsRangeDash(char c) => c is '-' or '\u2013';
}
