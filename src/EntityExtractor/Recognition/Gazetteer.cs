using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Phrases (one or more lower-cased tokens) with kind bits, matched longest-first over a sentence's tokens.
/// Immutable after construction; keys are hashes of the tokens joined by single spaces.
/// </summary>
internal sealed class Gazetteer
{
    private readonly UIntTable _rows;
    private readonly byte[] _kinds;

    public Gazetteer(uint[] keys, byte[] kinds, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(kinds);
        if (keys.Length != kinds.Length)
        {
            throw new InvalidDataException($"Gazetteer: {keys.Length} keys but {kinds.Length} kinds.");
        }

        if (maxTokens is < 1 or > 16)
        {
            throw new InvalidDataException($"Gazetteer: longest phrase of {maxTokens} tokens is out of range 1-16.");
        }

        _rows = new UIntTable(keys);
        Keys = keys;
        _kinds = kinds;
        MaxTokens = maxTokens;
    }

    public uint[] Keys { get; }

    public IReadOnlyList<byte> Kinds => _kinds;

    public int MaxTokens { get; }

    public int Count => _kinds.Length;

    /// <summary>The key of a phrase given as its tokens.</summary>
    public static uint KeyOf(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var h = new FeatureHash(0x6A2);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                h.Add(' ');
            }

            h.AddLower(tokens[i]);
        }

        return h.Value;
    }

    /// <summary>
    /// Marks each token with the kinds of the longest phrase covering it: bits 0-7 the kinds where the token
    /// begins the match, bits 8-15 where it continues one.
    /// </summary>
    public void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<uint> marks)
    {
        marks[..tokens.Length].Clear();
        int i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Length == 0 || !char.IsLetter(text[tokens[i].Start]))
            {
                i++; // phrases start with a letter
                continue;
            }

            var h = new FeatureHash(0x6A2);
            int bestLength = 0;
            byte bestKinds = 0;
            int limit = Math.Min(MaxTokens, tokens.Length - i);
            for (int length = 1; length <= limit; length++)
            {
                if (length > 1)
                {
                    h.Add(' ');
                }

                Token token = tokens[i + length - 1];
                h.AddLower(text.Slice(token.Start, token.Length));
                int row = _rows.Find(h.Value);
                if (row >= 0)
                {
                    bestLength = length;
                    bestKinds = _kinds[row];
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            marks[i] = bestKinds;
            for (int j = 1; j < bestLength; j++)
            {
                marks[i + j] = (uint)bestKinds << 8;
            }

            i += bestLength;
        }
    }
}
