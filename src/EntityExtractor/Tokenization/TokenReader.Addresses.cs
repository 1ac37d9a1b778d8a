namespace EntityExtractor.Tokenization;

/// <summary>The scanner's URLs, e-mail addresses and domain names, bounded by RFC 1035 so a hostile chain stays linear.</summary>
internal static partial class TokenReader
{
    /// <summary>Longest local part of an e-mail address that is looked for.</summary>
    private const int MaxEmailLocalPart = 64;

    /// <summary>Longest domain name that is looked for (RFC 1035: 253 characters in text form).</summary>
    private const int MaxDomainLength = 253;

    /// <summary>Longest label of a domain name (RFC 1035: 63 characters).</summary>
    private const int MaxDomainLabelLength = 63;

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
}
