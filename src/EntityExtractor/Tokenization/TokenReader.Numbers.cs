namespace EntityExtractor.Tokenization;

/// <summary>The scanner's numbers: digits with separators, decimals, ordinals and ranges.</summary>
internal static partial class TokenReader
{
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
        else if (i - start <= 2 && IsListMarkerPeriod(text, start, i))
        {
            // "1. Ana Ferro ( Portugal )": a list item's number keeps its period, as news corpora write it.
            i++;
        }

        return new Token(start, i - start, kind, RescanShape(text, start, i) | extra);
    }

    /// <summary>
    /// Whether the period at <paramref name="period"/> after the number <paramref name="start"/>..<paramref name="period"/>
    /// makes a list marker: the number begins a line (only spaces and tabs before it) and the item follows on the same line.
    /// </summary>
    private static bool IsListMarkerPeriod(ReadOnlySpan<char> text, int start, int period)
    {
        int n = text.Length;
        if (period + 2 >= n || text[period] != '.' || text[period + 1] is not (' ' or '\t'))
        {
            return false;
        }

        int after = period + 2;
        while (after < n && text[after] is ' ' or '\t')
        {
            after++;
        }

        if (after == n || CharClass.IsSeparator(text, after))
        {
            return false;
        }

        return CharClass.StartsLine(text, start);
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
}
