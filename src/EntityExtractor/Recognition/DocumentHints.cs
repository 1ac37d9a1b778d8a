using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Document features for the second pass: for each token, the BIO label the first pass gave most often to the
/// same word (any case) elsewhere in the document, whether it appears elsewhere in lower case, and its own
/// first-pass label. Packed in a <see cref="uint"/>: bits 0-2 majority label elsewhere (7 = no other
/// occurrence), bit 3 lower-case elsewhere, bits 4-6 own first-pass label.
/// </summary>
internal static class DocumentHints
{
    public const uint NoOther = 7;

    private const int Lower = BioLabels.Count;
    private const int Slot = BioLabels.Count + 1;

    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> labels, Span<uint> hints)
    {
        var slots = new Dictionary<uint, int>();
        var keys = new int[tokens.Length];
        var votes = new List<int>();
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
            uint key = FeatureHash.OfLowerWord(word);
            if (!slots.TryGetValue(key, out int slot))
            {
                slot = slots.Count;
                slots[key] = slot;
                for (int v = 0; v < Slot; v++)
                {
                    votes.Add(0);
                }
            }

            keys[i] = slot;
            votes[(slot * Slot) + labels[i]]++;
            if (IsLower(word))
            {
                votes[(slot * Slot) + Lower]++;
            }
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            int slot = keys[i] * Slot;
            uint own = labels[i];
            int best = -1, bestCount = 0, total = 0;
            for (int t = 0; t < BioLabels.Count; t++)
            {
                int count = votes[slot + t] - (t == own ? 1 : 0);
                total += count;
                if (count > bestCount)
                {
                    bestCount = count;
                    best = t;
                }
            }

            ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
            int lowerElsewhere = votes[slot + Lower] - (IsLower(word) ? 1 : 0);
            uint hint = total == 0 ? NoOther : (uint)best;
            if (lowerElsewhere > 0)
            {
                hint |= 8;
            }

            hints[i] = hint | (own << 4);
        }
    }

    private static bool IsLower(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
