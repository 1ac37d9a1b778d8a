using EntityExtractor.Text;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Reads a count phrase from tokens: an optional qualifier ("at least", "more than", "over", "nearly", "almost",
/// "about", "around", "up to", "as many as", "some", …), then digits ("4", "1,200"), number words ("four",
/// "twenty-three", "two hundred and fifty", "a hundred", "a dozen") or a vague quantity (see the table in
/// README.md: "dozens" = 12, "scores" = 20, "hundreds" = 100, "several" = 3, all qualified AtLeast).
/// Reads at most a few tokens from a start, so the whole scan of a text stays linear.
/// </summary>
internal static class QuantityReader
{
    private const int MaxLength = 9;

    private static readonly (string[] Words, CasualtyQualifier Qualifier)[] Qualifiers =
    [
        (["as", "many", "as"], CasualtyQualifier.AtMost),
        (["no", "more", "than"], CasualtyQualifier.AtMost),
        (["no", "fewer", "than"], CasualtyQualifier.AtLeast),
        (["no", "less", "than"], CasualtyQualifier.AtLeast),
        (["not", "less", "than"], CasualtyQualifier.AtLeast),
        (["in", "excess", "of"], CasualtyQualifier.MoreThan),
        (["at", "least"], CasualtyQualifier.AtLeast),
        (["at", "most"], CasualtyQualifier.AtMost),
        (["more", "than"], CasualtyQualifier.MoreThan),
        (["upwards", "of"], CasualtyQualifier.MoreThan),
        (["just", "over"], CasualtyQualifier.MoreThan),
        (["well", "over"], CasualtyQualifier.MoreThan),
        (["up", "to"], CasualtyQualifier.AtMost),
        (["fewer", "than"], CasualtyQualifier.AtMost),
        (["less", "than"], CasualtyQualifier.AtMost),
        (["close", "to"], CasualtyQualifier.Approximately),
        (["an", "estimated"], CasualtyQualifier.Approximately),
        (["over"], CasualtyQualifier.MoreThan),
        (["nearly"], CasualtyQualifier.Approximately),
        (["almost"], CasualtyQualifier.Approximately),
        (["about"], CasualtyQualifier.Approximately),
        (["around"], CasualtyQualifier.Approximately),
        (["some"], CasualtyQualifier.Approximately),
        (["approximately"], CasualtyQualifier.Approximately),
        (["roughly"], CasualtyQualifier.Approximately),
        (["estimated"], CasualtyQualifier.Approximately),
        (["maybe"], CasualtyQualifier.Approximately),
        (["perhaps"], CasualtyQualifier.Approximately),
    ];

    /// <summary>The first words of <see cref="Qualifiers"/>, so most tokens skip the pattern loop.</summary>
    private static readonly SpanDictionary<bool> QualifierStarts = BuildQualifierStarts();

    private static SpanDictionary<bool> BuildQualifierStarts()
    {
        var table = new SpanDictionary<bool>(32, ignoreAsciiCase: true);
        foreach (var (words, _) in Qualifiers)
        {
            table.Set(words[0], true);
        }

        return table;
    }

    /// <summary>Vague quantities: the conservative count each stands for. Documented in README.md.</summary>
    private static readonly SpanDictionary<int> Vague = BuildVague();

    private static SpanDictionary<int> BuildVague()
    {
        var table = new SpanDictionary<int>(16, ignoreAsciiCase: true);
        table.Set("dozens", 12);
        table.Set("scores", 20);
        table.Set("hundreds", 100);
        table.Set("thousands", 1000);
        table.Set("several", 3);
        table.Set("multiple", 2);
        table.Set("numerous", 2);
        return table;
    }

    /// <summary>The vague-quantity table (word, conservative count), for documentation and tests.</summary>
    public static IEnumerable<KeyValuePair<string, int>> VagueQuantities => Vague.Entries();

    /// <summary>Reads a count phrase that starts exactly at token <paramref name="start"/> and ends before <paramref name="limit"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int limit, out Quantity quantity)
    {
        quantity = default;
        if (start < 0 || start >= limit)
        {
            return false;
        }

        int i = start;
        CasualtyQualifier qualifier = CasualtyQualifier.Exact;
        bool explicitQualifier = false;
        Token first = tokens[start];
        if (first.Kind != TokenKind.Number && first.Kind != TokenKind.Word)
        {
            return false;
        }

        bool mayQualify = first.Kind == TokenKind.Word && QualifierStarts.ContainsKey(first.GetText(text));
        foreach (var (words, q) in mayQualify ? Qualifiers : [])
        {
            if (Matches(text, tokens, i, limit, words))
            {
                qualifier = q;
                explicitQualifier = true;
                i += words.Length;
                break;
            }
        }

        if (!TryReadNumber(text, tokens, i, limit, out int value, out int end, out CasualtyQualifier implied))
        {
            return false;
        }

        if (!explicitQualifier)
        {
            qualifier = implied;
        }

        quantity = new Quantity(value, qualifier, start, end);
        return true;
    }

    /// <summary>Reads a count phrase that ends exactly at token <paramref name="last"/> (inclusive), starting no earlier than <paramref name="floor"/>.</summary>
    public static bool TryReadEndingAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, int floor, out Quantity quantity)
    {
        quantity = default;
        for (int start = Math.Max(floor, last - MaxLength + 1); start <= last; start++)
        {
            if (TryRead(text, tokens, start, last + 1, out var candidate) && candidate.End == last + 1)
            {
                quantity = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> could begin or be part of a count (a digit string or number word).</summary>
    public static bool IsNumeric(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = token.GetText(text);
        return token.Kind == TokenKind.Number ? NumberWords.TryParseDigits(word, out _)
            : token.Kind == TokenKind.Word && (NumberWords.TryParseWord(word, out _) || NumberWords.TryParseScale(word, out _) || Vague.ContainsKey(word)
                || word.Equals("dozen", StringComparison.OrdinalIgnoreCase) || word.Equals("tens", StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryReadNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int limit, out int value, out int end, out CasualtyQualifier implied)
    {
        value = 0;
        end = i;
        implied = CasualtyQualifier.Exact;
        if (i >= limit)
        {
            return false;
        }

        Token token = tokens[i];
        ReadOnlySpan<char> word = token.GetText(text);
        if (token.Kind == TokenKind.Number)
        {
            if (!NumberWords.TryParseDigits(word, out value) || (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && tokens[i - 1].End == token.Start))
            {
                return false;
            }

            end = i + 1;
            if (end < limit && NumberWords.TryParseScale(Word(text, tokens[end]), out int scale) && value < 1000)
            {
                value *= scale;
                end++;
            }

            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (TryReadVagueMultiple(text, tokens, i, limit, out value))
        {
            // "tens of thousands", "hundreds of thousands": the product of the two conservative counts.
            implied = CasualtyQualifier.AtLeast;
            end = i + 3;
            return true;
        }

        if (Vague.TryGetValue(word, out value))
        {
            implied = CasualtyQualifier.AtLeast;
            end = i + 1;
            return true;
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 >= limit)
            {
                return false;
            }

            ReadOnlySpan<char> next = Word(text, tokens[i + 1]);
            if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                value = 12;
                implied = CasualtyQualifier.Approximately;
                end = i + 2;
                return true;
            }

            if (next.Equals("few", StringComparison.OrdinalIgnoreCase) || next.Equals("handful", StringComparison.OrdinalIgnoreCase))
            {
                value = 2;
                implied = CasualtyQualifier.AtLeast;
                end = i + 2;
                return true;
            }

            // "of" follows the quantity, so it may lie past the limit of a quantity read backwards from "number".
            if (next.Equals("number", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length && Is(text, tokens[i + 2], "of"))
            {
                value = 2;
                implied = CasualtyQualifier.AtLeast;
                end = i + 2;
                return true;
            }

            if (NumberWords.TryParseScale(next, out int scale))
            {
                return ReadWords(text, tokens, i + 2, limit, scale, out value, out end);
            }

            return false;
        }

        if (!NumberWords.TryParseWord(word, out int first))
        {
            return false;
        }

        if (!ReadWords(text, tokens, i + 1, limit, first, out value, out end))
        {
            return false;
        }

        if (end < limit && Is(text, tokens[end], "dozen"))
        {
            if (value > CasualtyCount.Max / 12)
            {
                // "ninety-nine million dozen": past the largest count, so not a count at all (as for digits).
                return false;
            }

            value *= 12;
            implied = CasualtyQualifier.Approximately;
            end++;
        }

        return true;
    }

    /// <summary>Continues a number-word phrase after its first word (worth <paramref name="first"/>).</summary>
    private static bool ReadWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int limit, int first, out int value, out int end)
    {
        long total = 0;
        long current = first;
        bool lastWasTens = first >= 20 && first < 100 && first % 10 == 0;
        int stop = Math.Min(limit, i + MaxLength);
        end = i;
        while (i < stop)
        {
            ReadOnlySpan<char> word = Word(text, tokens[i]);
            if (NumberWords.TryParseScale(word, out int scale))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (current == 0 && total > 0)
                {
                    // "two thousand million": a larger scale multiplies what came before it.
                    total *= scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                // Past the largest count nothing can bring the phrase back under it; stop before a long overflows.
                if (current > CasualtyCount.Max || total > CasualtyCount.Max)
                {
                    value = 0;
                    return false;
                }

                lastWasTens = false;
                end = ++i;
                continue;
            }

            if (lastWasTens && NumberWords.TryParseWord(word, out int unit) && unit is > 0 and < 10)
            {
                current += unit;
                lastWasTens = false;
                end = ++i;
                continue;
            }

            if (current % 100 == 0 && (current > 0 || total > 0) && NumberWords.TryParseWord(word, out int rest) && rest is > 0 and < 100)
            {
                // "two hundred fifty", "a thousand twenty".
                current += rest;
                lastWasTens = rest >= 20 && rest % 10 == 0;
                end = ++i;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && (total > 0 || current >= 100) && i + 1 < stop
                && NumberWords.TryParseWord(Word(text, tokens[i + 1]), out int after) && after is > 0 and < 100)
            {
                current += after;
                lastWasTens = after >= 20 && after % 10 == 0;
                i += 2;
                end = i;
                continue;
            }

            break;
        }

        total += current;
        value = total > CasualtyCount.Max ? 0 : (int)total;
        return total <= CasualtyCount.Max;
    }

    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int limit, string[] words)
    {
        if (i + words.Length > limit)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!Is(text, tokens[i + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"tens/dozens/hundreds of hundreds/thousands/millions" at <paramref name="i"/>: the product, e.g. 10 x 1,000.</summary>
    private static bool TryReadVagueMultiple(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int limit, out int value)
    {
        value = 0;
        if (i + 2 >= limit || !Is(text, tokens[i + 1], "of"))
        {
            return false;
        }

        int multiplier = VagueMultiplier(Word(text, tokens[i]));
        int magnitude = VagueMagnitude(Word(text, tokens[i + 2]));
        if (multiplier == 0 || magnitude == 0)
        {
            return false;
        }

        value = multiplier * magnitude;
        return true;
    }

    private static int VagueMultiplier(ReadOnlySpan<char> word) =>
        word.Equals("tens", StringComparison.OrdinalIgnoreCase) ? 10
        : word.Equals("dozens", StringComparison.OrdinalIgnoreCase) ? 12
        : word.Equals("hundreds", StringComparison.OrdinalIgnoreCase) ? 100
        : 0;

    private static int VagueMagnitude(ReadOnlySpan<char> word) =>
        word.Equals("hundreds", StringComparison.OrdinalIgnoreCase) ? 100
        : word.Equals("thousands", StringComparison.OrdinalIgnoreCase) ? 1000
        : word.Equals("millions", StringComparison.OrdinalIgnoreCase) ? 1_000_000
        : 0;

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => token.GetText(text);

    private static bool Is(ReadOnlySpan<char> text, Token token, string word) =>
        token.Kind == TokenKind.Word && token.GetText(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
