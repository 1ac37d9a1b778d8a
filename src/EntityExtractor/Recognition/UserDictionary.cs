using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// The caller's own names (<see cref="NewsEntityExtractorOptions.UserEntities"/>), tokenized once and matched
/// longest-first over a text's tokens, ASCII case ignored. Immutable and thread-safe.
/// </summary>
internal sealed class UserDictionary
{
    private readonly Dictionary<uint, List<Entry>> _entries = [];
    private readonly int _maxTokens;

    /// <summary>A dictionary with no names, for recognizers run without the caller's options (the training tools).</summary>
    public static UserDictionary Empty { get; } = new(new Dictionary<string, EntityType>());

    public UserDictionary(IReadOnlyDictionary<string, EntityType> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var (name, type) in names)
        {
            if (string.IsNullOrWhiteSpace(name) || !Enum.IsDefined(type))
            {
                throw new ArgumentException($"User entity '{name}' -> {type} needs a non-blank name and a defined type.", nameof(names));
            }

            var tokens = NewsTokenizer.TokenizeToArray(name);
            if (tokens.Length == 0)
            {
                throw new ArgumentException($"User entity '{name}' -> {type} has no word: its name is only separators, control or invisible characters.", nameof(names));
            }

            string[] words = tokens.Select(t => name.Substring(t.Start, t.Length)).ToArray();
            uint key = Key(words[0]);
            if (!_entries.TryGetValue(key, out var list))
            {
                _entries[key] = list = [];
            }

            list.Add(new Entry(words, type));
            _maxTokens = Math.Max(_maxTokens, words.Length);
        }

        foreach (var list in _entries.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The longest entry starting at token <paramref name="index"/>: its token count and type, or 0.</summary>
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out EntityType type)
    {
        type = default;
        if (!_entries.TryGetValue(Key(tokens[index].GetText(text)), out var candidates))
        {
            return 0;
        }

        foreach (var entry in candidates)
        {
            if (index + entry.Words.Length > tokens.Length)
            {
                continue;
            }

            bool all = true;
            for (int k = 0; k < entry.Words.Length && all; k++)
            {
                all = tokens[index + k].GetText(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                type = entry.Type;
                return entry.Words.Length;
            }
        }

        return 0;
    }

    private static uint Key(ReadOnlySpan<char> word)
    {
        return FeatureHash.OfLowerWord(word);
    }

    private sealed record Entry(string[] Words, EntityType Type);
}
