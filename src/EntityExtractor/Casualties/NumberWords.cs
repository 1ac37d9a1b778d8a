using EntityExtractor.Text;

namespace EntityExtractor.Casualties;

/// <summary>
/// Reads single number words and digit strings: <c>four</c>, <c>twenty-three</c>, <c>1,200</c>, and the scale
/// words <c>hundred</c>, <c>thousand</c>, <c>million</c>. Stateless; the tables are built once.
/// </summary>
internal static class NumberWords
{
    private static readonly SpanDictionary<int> Units = BuildUnits();

    private static readonly SpanDictionary<int> Scales = BuildScales();

    private static SpanDictionary<int> BuildUnits()
    {
        string[] words =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var table = new SpanDictionary<int>(64, ignoreAsciiCase: true);
        for (int i = 0; i < words.Length; i++)
        {
            table.Set(words[i], i);
        }

        for (int i = 0; i < tens.Length; i++)
        {
            table.Set(tens[i], (i + 2) * 10);
        }

        table.Set("fourty", 40);
        return table;
    }

    private static SpanDictionary<int> BuildScales()
    {
        var table = new SpanDictionary<int>(8, ignoreAsciiCase: true);
        table.Set("hundred", 100);
        table.Set("thousand", 1000);
        table.Set("million", 1_000_000);
        return table;
    }

    /// <summary>Whether <paramref name="word"/> is a number word below one hundred (<c>seven</c>, <c>forty-two</c>).</summary>
    public static bool TryParseWord(ReadOnlySpan<char> word, out int value)
    {
        if (Units.TryGetValue(word, out value))
        {
            return true;
        }

        int hyphen = word.IndexOf('-');
        if (hyphen > 0 && Units.TryGetValue(word[..hyphen], out int tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(word[(hyphen + 1)..], out int unit) && unit is > 0 and < 10)
        {
            value = tens + unit;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// The age in years of an age word: <c>4-year-old</c>, <c>four-year-old</c>, <c>forty-two-year-old</c>,
    /// <c>16-years-old</c>, <c>17-year</c> (a number of years, in digits or words, then <c>-year</c>).
    /// </summary>
    public static bool TryParseAge(ReadOnlySpan<char> word, out int years)
    {
        int year = word.IndexOf("-year", StringComparison.OrdinalIgnoreCase);
        ReadOnlySpan<char> number = year > 0 ? word[..year] : [];
        if (number.Length <= 3 && TryParseDigits(number, out years))
        {
            return true;
        }

        if (TryParseWord(number, out years))
        {
            return true;
        }

        years = 0;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is <c>hundred</c>, <c>thousand</c> or <c>million</c>.</summary>
    public static bool TryParseScale(ReadOnlySpan<char> word, out int value) => Scales.TryGetValue(word, out value);

    /// <summary>
    /// Parses a whole number written with digits and optional thousands commas (<c>4</c>, <c>1,200</c>).
    /// Decimals, ordinals, ranges and numbers above one billion are refused.
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> token, out int value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > 13)
        {
            return false;
        }

        long result = 0;
        int digitsSinceComma = 0;
        bool sawComma = false;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (c is >= '0' and <= '9')
            {
                result = (result * 10) + (c - '0');
                digitsSinceComma++;
                if (sawComma && digitsSinceComma > 3)
                {
                    return false;
                }
            }
            else if (c == ',' && i > 0 && (!sawComma || digitsSinceComma == 3))
            {
                sawComma = true;
                digitsSinceComma = 0;
            }
            else
            {
                return false;
            }
        }

        if ((sawComma && digitsSinceComma != 3) || result > CasualtyCount.Max)
        {
            return false;
        }

        value = (int)result;
        return true;
    }
}
