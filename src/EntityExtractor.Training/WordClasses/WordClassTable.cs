using System.Globalization;
using System.Text;

namespace EntityExtractor.Training.WordClasses;

/// <summary>
/// The word-class file: UTF-8 TSV, one line per lower-case word, <c>word&lt;TAB&gt;c64&lt;TAB&gt;c256&lt;TAB&gt;c1024</c>,
/// no header, most frequent words first. Class numbers are 0-based cluster ids; they carry no order.
/// </summary>
internal sealed class WordClassTable
{
    private readonly Dictionary<string, WordClassIds> _classes;

    private WordClassTable(Dictionary<string, WordClassIds> classes) => _classes = classes;

    /// <summary>Word → classes. Keys are lower-case; look words up lower-cased (ordinal).</summary>
    public IReadOnlyDictionary<string, WordClassIds> Classes => _classes;

    /// <summary>The number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>Looks up a word, lower-casing it first (invariant culture).</summary>
    public bool TryGet(string word, out WordClassIds classes)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _classes.TryGetValue(word.ToLowerInvariant(), out classes);
    }

    /// <summary>Reads a word-class file.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">A line is not <c>word TAB int TAB int TAB int</c>.</exception>
    public static WordClassTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No word-class file at '{path}'.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Reads word-class lines from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>word TAB int TAB int TAB int</c>.</exception>
    public static WordClassTable Read(TextReader reader, string source = "word classes")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classes = new Dictionary<string, WordClassIds>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 4 || fields[0].Length == 0
                || !TryParseClass(fields[1], out int c64) || !TryParseClass(fields[2], out int c256) || !TryParseClass(fields[3], out int c1024))
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: expected word<TAB>c64<TAB>c256<TAB>c1024, got '{Truncate(line)}'.");
            }

            if (!classes.TryAdd(fields[0], new WordClassIds(c64, c256, c1024)))
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: the word '{fields[0]}' appears twice.");
            }
        }

        return new WordClassTable(classes);
    }

    /// <summary>Writes word-class lines in the given order. Words are lower-cased; words that would break the TSV
    /// (empty, or holding a tab, CR or LF) and repeats after lower-casing are skipped.</summary>
    /// <returns>The number of lines written.</returns>
    public static int Write(TextWriter writer, IEnumerable<KeyValuePair<string, WordClassIds>> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawWord, ids) in entries)
        {
            string word = rawWord.ToLowerInvariant();
            if (word.Length == 0 || word.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0 || !written.Add(word))
            {
                continue;
            }

            writer.Write(word);
            writer.Write('\t');
            writer.Write(ids.C64.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(ids.C256.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(ids.C1024.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }

        return written.Count;
    }

    private static bool TryParseClass(string field, out int value) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static string Truncate(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
