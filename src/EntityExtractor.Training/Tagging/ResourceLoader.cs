using System.Globalization;
using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Tagging;

/// <summary>Reads the word-class TSV and the gazetteer folder into the tables the model embeds.</summary>
internal static class ResourceLoader
{
    /// <summary>Gazetteer files and the kind bit each sets.</summary>
    public static readonly (string File, byte Kind)[] GazetteerFiles =
    [
        ("locations.tsv", 1),
        ("given-names.tsv", 2),
        ("organization-words.tsv", 4),
        ("person-titles.tsv", 8),
        ("location-words.tsv", 16),
    ];

    /// <summary>Reads <c>word TAB c64 TAB c256 TAB c1024</c> lines.</summary>
    public static WordClassTable ReadWordClasses(string path)
    {
        var entries = new Dictionary<uint, uint>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], CultureInfo.InvariantCulture, out int c64)
                || !int.TryParse(f[2], CultureInfo.InvariantCulture, out int c256) || !int.TryParse(f[3], CultureInfo.InvariantCulture, out int c1024))
            {
                if (lineNumber == 1)
                {
                    continue; // a header
                }

                throw new InvalidDataException($"{path}:{lineNumber}: expected 'word<TAB>c64<TAB>c256<TAB>c1024'.");
            }

            entries.TryAdd(FeatureHash.OfLowerWord(f[0]), WordClassTable.Pack(c64, c256, c1024));
        }

        var keys = entries.Keys.Order().ToArray();
        return new WordClassTable(keys, keys.Select(k => entries[k]).ToArray());
    }

    /// <summary>Reads the gazetteer TSVs (first column: the phrase) of a folder; phrases are tokenized like text.</summary>
    public static Gazetteer ReadGazetteers(string folder, Action<string> log)
    {
        var entries = new Dictionary<uint, byte>();
        int maxTokens = 1;
        foreach (var (file, kind) in GazetteerFiles)
        {
            string path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                log($"gazetteer {file}: missing, skipped");
                continue;
            }

            int count = 0;
            foreach (string line in File.ReadLines(path))
            {
                string[] columns = line.Split('\t');
                string phrase = columns[0].Trim();
                if (phrase.Length == 0 || phrase[0] == '#')
                {
                    continue;
                }

                var words = NewsTokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToArray();
                if (words.Length is 0 or > 8)
                {
                    continue;
                }

                uint key = Gazetteer.KeyOf(words);
                byte kinds = kind;
                if (kind == 1 && columns.Length > 1 && columns[1].Trim() is "country" or "region")
                {
                    kinds |= 32; // a country or region, not only a city
                }

                entries[key] = (byte)(entries.GetValueOrDefault(key) | kinds);
                maxTokens = Math.Max(maxTokens, words.Length);
                count++;
            }

            log($"gazetteer {file}: {count:N0} phrases");
        }

        var keys = entries.Keys.Order().ToArray();
        return new Gazetteer(keys, keys.Select(k => entries[k]).ToArray(), maxTokens);
    }
}
