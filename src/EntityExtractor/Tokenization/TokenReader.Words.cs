using System.Runtime.CompilerServices;
using System.Text;

namespace EntityExtractor.Tokenization;

/// <summary>The scanner's words: letters, apostrophes and clitics, abbreviations and the periods after words.</summary>
internal static partial class TokenReader
{
    private static Token ReadWordLike(ReadOnlySpan<char> text, int start)
    {
        // "n't" after a word ("do|n't", or "do n't" written apart) is a clitic token of its own.
        if ((text[start] | 0x20) == 'n' && (IsNotClitic(text, start) || IsDetachedNotClitic(text, start)))
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
            while (j + 1 < n && CharClass.IsAsciiLetter(text[j]) && text[j + 1] == '.'
                && (j + 2 >= n || !CharClass.IsAsciiLetter(text[j + 2]) || (j + 3 < n && text[j + 3] == '.') || IsLastInitialWithoutPeriod(text, start, j + 2)))
            {
                j += 2;
                groups++;
            }

            if (IsLastInitialWithoutPeriod(text, start, j))
            {
                j++;
            }

            if (groups > 1 || char.IsAsciiLetterUpper(text[start]))
            {
                // "U.S.-backed": a dotted abbreviation can start a hyphenated word.
                if (j + 1 < n && CharClass.IsWordHyphen(text[j]) && CharClass.IsAsciiLetter(text[j + 1]))
                {
                    return ReadHyphenatedAbbreviation(text, start, j);
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
            // "Calif.-based", "Mo.-based": a capitalized abbreviation before a hyphen and a lower-case word.
            if (char.IsAsciiLetterUpper(text[start]) && period + 2 < n && CharClass.IsWordHyphen(text[period + 1]) && char.IsAsciiLetterLower(text[period + 2]))
            {
                return ReadHyphenatedAbbreviation(text, start, period + 1);
            }

            return Finish(text, start, period + 1, TokenKind.Abbreviation, RescanShape(text, start, period + 1));
        }

        if (IsWww(text.Slice(start, wordLength)))
        {
            return ReadUrl(text, start);
        }

        return new Token(start, wordLength, TokenKind.Word, shape.Build());
    }

    /// <summary>The word an abbreviation <paramref name="start"/>..<paramref name="hyphen"/> begins before a hyphen ("U.S.-backed", "Calif.-based").</summary>
    private static Token ReadHyphenatedAbbreviation(ReadOnlySpan<char> text, int start, int hyphen)
    {
        var builder = new ShapeBuilder(RescanShape(text, start, hyphen));
        builder.Add(TokenShape.HasHyphen);
        int end = ScanWordRun(text, hyphen + 1, ref builder);
        return new Token(start, end - start, TokenKind.Word, builder.Build());
    }

    /// <summary>
    /// "U.S", "F.B.I": whether <paramref name="i"/> holds the last of capital initials begun at <paramref name="start"/>
    /// written without its period: a capital not followed by a letter, digit, period or apostrophe ("T.O'Gorman").
    /// </summary>
    private static bool IsLastInitialWithoutPeriod(ReadOnlySpan<char> text, int start, int i) =>
        i < text.Length && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterUpper(text[i])
        && (i + 1 >= text.Length || (!CharClass.IsAsciiAlphanumeric(text[i + 1]) && text[i + 1] != '.' && !CharClass.IsApostrophe(text[i + 1])));

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

    /// <summary>
    /// The number of clitic letters after the apostrophe at <paramref name="apostrophe"/> when it is a clitic of the
    /// word before ("Hashed's", "they're"), or 0. Corpora written one token a word ("Boatmen 's", "they 're") have
    /// the clitic apart from its word (<see cref="IsApartFromWord"/>), and then only before a space, closing
    /// punctuation or the end, so that a quoted letter ("the word 's'") or a name ("in 's-Hertogenbosch") stays
    /// what it is.
    /// </summary>
    private static int CliticAfterWord(ReadOnlySpan<char> text, int apostrophe)
    {
        int n = text.Length;
        if (apostrophe == 0 || apostrophe + 1 >= n)
        {
            return 0;
        }

        bool attached = CharClass.IsAsciiAlphanumeric(text[apostrophe - 1]);
        if (!attached && !IsApartFromWord(text, apostrophe))
        {
            return 0;
        }

        int letters = CliticLetters(text, apostrophe + 1);
        return letters > 0 && (attached || EndsDetachedClitic(text, apostrophe + 1 + letters)) ? letters : 0;
    }

    /// <summary>
    /// Whether the token at <paramref name="i"/> is written apart from a word by a single space after a letter or
    /// digit, as the clitics of text rebuilt from corpus tokens are ("Boatmen 's", "did n't", "Yankees ' losses").
    /// </summary>
    private static bool IsApartFromWord(ReadOnlySpan<char> text, int i) =>
        i > 1 && text[i - 1] == ' ' && CharClass.IsAsciiAlphanumeric(text[i - 2]);

    /// <summary>Whether a clitic written apart from its word may end before <paramref name="end"/>: the end, a space or closing punctuation.</summary>
    private static bool EndsDetachedClitic(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || text[end] is ' ' or '\n' or '\r' or '\t' or ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\u201D';

    /// <summary>"n't" at <paramref name="i"/> (its "n" already checked) written apart from the word before ("did n't"), see <see cref="CliticAfterWord"/>.</summary>
    private static bool IsDetachedNotClitic(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        return i + 2 < n && CharClass.IsApostrophe(text[i + 1]) && (text[i + 2] | 0x20) == 't'
            && IsApartFromWord(text, i) && CharClass.IsAsciiLetter(text[i - 2]) && EndsDetachedClitic(text, i + 3);
    }

    /// <summary>"n't" at <paramref name="i"/> after a letter and before a non-letter.</summary>
    private static bool IsNotClitic(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        return i > 0 && i + 2 < n && (text[i] | 0x20) == 'n' && CharClass.IsApostrophe(text[i + 1]) && (text[i + 2] | 0x20) == 't'
            && CharClass.IsAsciiLetter(text[i - 1]) && (i + 3 >= n || !CharClass.StartsWord(text, i + 3));
    }
}
