using System.Buffers;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>
/// The tokenizer's scanner: reads one token at a time from a position. Stateless; every decision looks only at
/// the characters around the position, so tokenizing can start again at any token boundary.
/// </summary>
internal static partial class TokenReader
{
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
