using EntityExtractor.Text;

namespace EntityExtractor.Casualties;

/// <summary>
/// A named, read-only set of words from <see cref="CasualtyLexicon"/>, matched ignoring ASCII case and looked up
/// by span without allocating. Sets are built once, from words or from other sets, and shared.
/// </summary>
internal sealed class WordSet
{
    private readonly SpanDictionary<bool> _words;

    private WordSet(SpanDictionary<bool> words) => _words = words;

    /// <summary>How many words the set holds.</summary>
    public int Count => _words.Count;

    /// <summary>The set's words (for building other sets and for tests).</summary>
    public IEnumerable<string> Words => _words.Entries().Select(entry => entry.Key);

    /// <summary>A set of <paramref name="words"/>.</summary>
    public static WordSet Of(params ReadOnlySpan<string> words) => Union([], words);

    /// <summary>A set of every word of <paramref name="sets"/> and of <paramref name="words"/>.</summary>
    public static WordSet Union(ReadOnlySpan<WordSet> sets, params ReadOnlySpan<string> words)
    {
        int capacity = words.Length;
        foreach (WordSet set in sets)
        {
            capacity += set.Count;
        }

        var table = new SpanDictionary<bool>(capacity, ignoreAsciiCase: true);
        foreach (WordSet set in sets)
        {
            foreach (string word in set.Words)
            {
                table.Set(word, true);
            }
        }

        foreach (string word in words)
        {
            table.Set(word, true);
        }

        return new WordSet(table);
    }

    /// <summary>Whether <paramref name="word"/> is in the set, ignoring ASCII case.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.ContainsKey(word);
}
