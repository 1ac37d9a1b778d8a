using System.Text;

namespace EntityExtractor.Testing;

/// <summary>
/// Texts written to find slow paths: a unit repeated, or a structure nested, to any size. The linear-time tests
/// and the scaling benchmarks read the same list.
/// </summary>
internal static class HostileTexts
{
    /// <summary>The repeated units, by name.</summary>
    public static IReadOnlyDictionary<string, string> RepeatedUnits { get; } = new Dictionary<string, string>
    {
        ["dotted words"] = "ab.",
        ["initials"] = "A.b.",
        ["hyphenated dotted"] = "A-B.",
        ["abbreviation hyphen"] = "U.S-",
        ["periods"] = ".",
        ["no white space"] = "abcdefghij",
        ["digits"] = "1234567890",
        ["abbreviations"] = "U.S. ",
        ["capitalized words"] = "Ahmed ",
        ["casualty phrases"] = "killed 4 ",
        ["auxiliaries"] = "were shot and ",
        ["URL with closing brackets"] = "http://x.com/a)",
        ["e-mail fragments"] = "a_b@c.",
    };

    /// <summary>Every text's name: the repeated units, then <c>nested quotes and brackets</c> and <c>mixed noise</c>.</summary>
    public static IEnumerable<string> Names => RepeatedUnits.Keys.Concat(["nested quotes and brackets", "mixed noise"]);

    /// <summary>The text called <paramref name="name"/>, <paramref name="size"/> characters long.</summary>
    public static string Make(string name, int size) => name switch
    {
        "nested quotes and brackets" => new string('(', size / 4) + new string('"', size / 4) + new string('"', size / 4) + new string(')', size - (3 * (size / 4))),
        "mixed noise" => MixedNoise(size),
        _ => Repeat(RepeatedUnits[name], size),
    };

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, size);
    }

    private static string MixedNoise(int size)
    {
        string[] pieces = ["killed ", "12 ", "wounded ", "\uD83D", "Baghdad ", "U.S. ", "... ", "\u0628\u063A ", "\n\n", "1,2,3,4 ", "at least ", "al-", "'s ", "Ahmed ", "were ", "shot "];
        var random = new Random(7);
        var builder = new StringBuilder(size + 16);
        while (builder.Length < size)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString(0, size);
    }
}
