using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using EntityExtractor.Training.Gazetteers;

namespace EntityExtractor.Training.Tagging;

/// <summary>Reads the word-class TSV and the gazetteer folder into the tables the model embeds.</summary>
internal static class ResourceLoader
{
    // The kind bits a gazetteer phrase sets in the model.
    private const byte LocationBit = 1;
    private const byte GivenNameBit = 2;
    private const byte OrganizationWordBit = 4;
    private const byte PersonTitleBit = 8;
    private const byte LocationWordBit = 16;
    private const byte CountryOrRegionBit = 32;

    /// <summary>
    /// Loads the optional resources a tagger is trained with (each path may be <see langword="null"/>) and the
    /// feature set they turn on besides <see cref="FeatureSet.Lexical"/>.
    /// </summary>
    public static TaggerResources Load(string? classesPath, string? gazetteerPath, Action<string> log)
    {
        var set = FeatureSet.Lexical;
        WordClassTable? classes = null;
        Gazetteer? gazetteer = null;
        uint[]? prefixes = null;
        if (classesPath is not null)
        {
            classes = ReadWordClasses(classesPath);
            set |= FeatureSet.WordClasses;
            log($"word classes: {classes.Count:N0} words");
        }

        if (gazetteerPath is not null)
        {
            gazetteer = ReadGazetteers(gazetteerPath, log, out prefixes);
            set |= FeatureSet.Gazetteers;
        }

        return new TaggerResources(set, classes, gazetteer, prefixes);
    }

    /// <summary>Reads the word-class TSV (<see cref="WordClasses.WordClassTable"/>) into the model's hashed table.</summary>
    public static WordClassTable ReadWordClasses(string path)
    {
        var entries = new Dictionary<uint, uint>();
        foreach (var (word, ids) in WordClasses.WordClassTable.Load(path).Classes)
        {
            entries.TryAdd(FeatureHash.OfLowerWord(word), WordClassTable.Pack(ids.C64, ids.C256, ids.C1024));
        }

        var keys = entries.Keys.Order().ToArray();
        return new WordClassTable(keys, keys.Select(k => entries[k]).ToArray());
    }

    /// <summary>
    /// Reads a gazetteer folder (<see cref="GazetteerFiles"/>) into the model's phrase table; phrases are tokenized
    /// like text. <paramref name="prefixes"/> receives the keys of the phrases' proper prefixes, for the shipped model
    /// (<see cref="Gazetteer.WithPrefixes"/>); training matches without them, trying every length.
    /// </summary>
    public static Gazetteer ReadGazetteers(string folder, Action<string> log, out uint[] prefixes)
    {
        var files = GazetteerFiles.Load(folder);
        var entries = new Dictionary<uint, byte>();
        var prefixSet = new HashSet<uint>();
        int maxTokens = 1;

        void AddAll(string name, IEnumerable<(string Phrase, byte Kinds)> phrases)
        {
            int count = 0;
            foreach (var (phrase, kinds) in phrases)
            {
                var words = NewsTokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToArray();
                if (words.Length is 0 or > 8)
                {
                    continue;
                }

                uint key = Gazetteer.KeyOf(words);
                for (int length = 1; length < words.Length; length++)
                {
                    prefixSet.Add(Gazetteer.KeyOf(words[..length]));
                }

                entries[key] = (byte)(entries.GetValueOrDefault(key) | kinds);
                maxTokens = Math.Max(maxTokens, words.Length);
                count++;
            }

            log($"gazetteer {name}: {count:N0} phrases");
        }

        AddAll(GazetteerFiles.LocationsFile, files.Locations.Select(e =>
            (e.Key, (byte)(LocationBit | (e.Value is LocationKind.Country or LocationKind.Region ? CountryOrRegionBit : 0)))));
        AddAll(GazetteerFiles.GivenNamesFile, files.GivenNames.Keys.Select(name => (name, GivenNameBit)));
        AddAll(GazetteerFiles.OrganizationWordsFile, files.OrganizationWords.Select(word => (word, OrganizationWordBit)));
        AddAll(GazetteerFiles.PersonTitlesFile, files.PersonTitles.Select(word => (word, PersonTitleBit)));
        AddAll(GazetteerFiles.LocationWordsFile, files.LocationWords.Select(word => (word, LocationWordBit)));

        var keys = entries.Keys.Order().ToArray();
        prefixes = prefixSet.Where(p => !entries.ContainsKey(p)).Order().ToArray();
        return new Gazetteer(keys, keys.Select(k => entries[k]).ToArray(), maxTokens);
    }
}

/// <summary>The resources a tagger is trained with.</summary>
/// <param name="Features">The feature set they turn on.</param>
/// <param name="Classes">Word classes, or <see langword="null"/>.</param>
/// <param name="Gazetteer">Gazetteer phrases, or <see langword="null"/>.</param>
/// <param name="GazetteerPrefixes">Keys of the phrases' proper prefixes, for the shipped model, or <see langword="null"/>.</param>
internal sealed record TaggerResources(FeatureSet Features, WordClassTable? Classes, Gazetteer? Gazetteer, uint[]? GazetteerPrefixes);
