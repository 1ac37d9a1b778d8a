using System.Buffers;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Document features for the second pass: for each token, the BIO label the first pass gave most often to the
/// same word (any case) elsewhere in the document, whether it appears elsewhere in lower case, and its own
/// first-pass label. Packed in a <see cref="uint"/>: bits 0-2 majority label elsewhere (7 = no other
/// occurrence), bit 3 lower-case elsewhere, bits 4-6 own first-pass label. Buffers are pooled.
/// </summary>
internal static class DocumentHints
{
    public const uint NoOther = 7;

    private const int Lower = BioLabels.Count;
    private const int Slot = BioLabels.Count + 1;

    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> labels, Span<uint> hints)
    {
        int n = tokens.Length;
        int size = 16;
        while (size < n * 2)
        {
            size <<= 1;
        }

        // Open addressing over word hashes: table[slot] = hash, votes[slot * Slot + label].
        uint[] table = ArrayPool<uint>.Shared.Rent(size);
        int[] votes = ArrayPool<int>.Shared.Rent(size * Slot);
        int[] slots = ArrayPool<int>.Shared.Rent(n);
        try
        {
            table.AsSpan(0, size).Clear();
            votes.AsSpan(0, size * Slot).Clear();
            int mask = size - 1;
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
                uint key = FeatureHash.OfLowerWord(word);
                int slot = (int)(key & (uint)mask);
                while (table[slot] != 0 && table[slot] != key)
                {
                    slot = (slot + 1) & mask;
                }

                table[slot] = key;
                slots[i] = slot;
                votes[(slot * Slot) + labels[i]]++;
                if (IsLower(word))
                {
                    votes[(slot * Slot) + Lower]++;
                }
            }

            for (int i = 0; i < n; i++)
            {
                int slot = slots[i] * Slot;
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
        finally
        {
            ArrayPool<int>.Shared.Return(slots);
            ArrayPool<int>.Shared.Return(votes);
            ArrayPool<uint>.Shared.Return(table);
        }
    }

    private static bool IsLower(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
