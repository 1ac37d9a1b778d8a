using System.Text;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// The gazetteer directory: UTF-8 TSV files, one entry per line, no header, names in their original casing.
/// <list type="bullet">
/// <item><c>locations.tsv</c>: <c>name&lt;TAB&gt;kind</c>, kind one of country, region, capital, city.</item>
/// <item><c>given-names.tsv</c>: <c>name&lt;TAB&gt;gender</c>, gender one of male, female, unisex.</item>
/// <item><c>organization-words.tsv</c>, <c>person-titles.tsv</c>, <c>location-words.tsv</c>: one word or phrase a line.</item>
/// </list>
/// Multi-word entries hold single spaces; titles such as <c>Gen.</c> keep their period, as the tokenizer does.
/// </summary>
internal sealed class GazetteerFiles
{
    /// <summary>File name of the place names.</summary>
    public const string LocationsFile = "locations.tsv";

    /// <summary>File name of the given names.</summary>
    public const string GivenNamesFile = "given-names.tsv";

    /// <summary>File name of the organization head words.</summary>
    public const string OrganizationWordsFile = "organization-words.tsv";

    /// <summary>File name of the person titles.</summary>
    public const string PersonTitlesFile = "person-titles.tsv";

    /// <summary>File name of the location head words.</summary>
    public const string LocationWordsFile = "location-words.tsv";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public GazetteerFiles(
        IReadOnlyDictionary<string, LocationKind> locations,
        IReadOnlyDictionary<string, GivenNameGender> givenNames,
        IReadOnlyList<string> organizationWords,
        IReadOnlyList<string> personTitles,
        IReadOnlyList<string> locationWords)
    {
        Locations = locations;
        GivenNames = givenNames;
        OrganizationWords = organizationWords;
        PersonTitles = personTitles;
        LocationWords = locationWords;
    }

    /// <summary>Place name (ordinal, original casing) → kind.</summary>
    public IReadOnlyDictionary<string, LocationKind> Locations { get; }

    /// <summary>Given name (ordinal, original casing) → gender.</summary>
    public IReadOnlyDictionary<string, GivenNameGender> GivenNames { get; }

    /// <summary>Words that mark organization names, in file order.</summary>
    public IReadOnlyList<string> OrganizationWords { get; }

    /// <summary>Titles that precede person names, in file order.</summary>
    public IReadOnlyList<string> PersonTitles { get; }

    /// <summary>Head words of place names, in file order.</summary>
    public IReadOnlyList<string> LocationWords { get; }

    /// <summary>Reads the five files of a gazetteer directory.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A line is malformed.</exception>
    public static GazetteerFiles Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new GazetteerFiles(
            ReadFile(directory, LocationsFile, ReadLocations),
            ReadFile(directory, GivenNamesFile, ReadGivenNames),
            ReadFile(directory, OrganizationWordsFile, ReadWords),
            ReadFile(directory, PersonTitlesFile, ReadWords),
            ReadFile(directory, LocationWordsFile, ReadWords));
    }

    /// <summary>Writes the five files into <paramref name="directory"/> (created when missing).</summary>
    public void Save(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        WriteFile(directory, LocationsFile, w => WritePairs(w, Locations.Select(p => (p.Key, KindName(p.Value)))));
        WriteFile(directory, GivenNamesFile, w => WritePairs(w, GivenNames.Select(p => (p.Key, GenderName(p.Value)))));
        WriteFile(directory, OrganizationWordsFile, w => WriteWords(w, OrganizationWords));
        WriteFile(directory, PersonTitlesFile, w => WriteWords(w, PersonTitles));
        WriteFile(directory, LocationWordsFile, w => WriteWords(w, LocationWords));
    }

    /// <summary>Reads <c>name TAB kind</c> lines.</summary>
    /// <exception cref="InvalidDataException">A line has no valid kind or a name appears twice.</exception>
    public static Dictionary<string, LocationKind> ReadLocations(TextReader reader, string source) =>
        ReadPairs(reader, source, ParseKind);

    /// <summary>Reads <c>name TAB gender</c> lines.</summary>
    /// <exception cref="InvalidDataException">A line has no valid gender or a name appears twice.</exception>
    public static Dictionary<string, GivenNameGender> ReadGivenNames(TextReader reader, string source) =>
        ReadPairs(reader, source, ParseGender);

    /// <summary>Reads one-entry-a-line files.</summary>
    /// <exception cref="InvalidDataException">A line holds a tab or an entry appears twice.</exception>
    public static List<string> ReadWords(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains('\t', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: expected one entry without tabs.");
            }

            if (!seen.Add(line))
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: '{line}' appears twice.");
            }

            words.Add(line);
        }

        return words;
    }

    /// <summary>The file spelling of a kind.</summary>
    public static string KindName(LocationKind kind) => kind switch
    {
        LocationKind.Country => "country",
        LocationKind.Region => "region",
        LocationKind.Capital => "capital",
        LocationKind.City => "city",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a location kind."),
    };

    /// <summary>The file spelling of a gender.</summary>
    public static string GenderName(GivenNameGender gender) => gender switch
    {
        GivenNameGender.Male => "male",
        GivenNameGender.Female => "female",
        GivenNameGender.Unisex => "unisex",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Not a gender."),
    };

    private static LocationKind? ParseKind(string text) => text switch
    {
        "country" => LocationKind.Country,
        "region" => LocationKind.Region,
        "capital" => LocationKind.Capital,
        "city" => LocationKind.City,
        _ => null,
    };

    private static GivenNameGender? ParseGender(string text) => text switch
    {
        "male" => GivenNameGender.Male,
        "female" => GivenNameGender.Female,
        "unisex" => GivenNameGender.Unisex,
        _ => null,
    };

    private static Dictionary<string, TValue> ReadPairs<TValue>(TextReader reader, string source, Func<string, TValue?> parse)
        where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new Dictionary<string, TValue>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            TValue? value = tab > 0 && line.IndexOf('\t', tab + 1) < 0 ? parse(line[(tab + 1)..]) : null;
            if (value is null)
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: expected name<TAB>label, got '{line}'.");
            }

            if (!entries.TryAdd(line[..tab], value.Value))
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: '{line[..tab]}' appears twice.");
            }
        }

        return entries;
    }

    private static T ReadFile<T>(string directory, string name, Func<TextReader, string, T> read)
    {
        string path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The gazetteer file '{path}' is missing.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return read(reader, path);
    }

    private static void WriteFile(string directory, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(directory, name), append: false, Utf8NoBom);
        write(writer);
    }

    private static void WritePairs(TextWriter writer, IEnumerable<(string Name, string Label)> pairs)
    {
        foreach (var (name, label) in pairs)
        {
            writer.Write(name);
            writer.Write('\t');
            writer.Write(label);
            writer.Write('\n');
        }
    }

    private static void WriteWords(TextWriter writer, IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            writer.Write(word);
            writer.Write('\n');
        }
    }
}
