using System.Buffers;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Numbers the distinct words of a document (any case, by their 32-bit lower-case hash) densely from 0, so
/// per-word tables take memory for the words a text has, not for its tokens: a 50 MB text of a few words
/// repeated needs a few entries. Buffers are pooled; nothing is allocated per token.
/// </summary>
internal static class WordIds
{
    private const int InitialSize = 256;

    /// <summary>Writes each token's word id to <paramref name="ids"/> and returns how many distinct words there are.</summary>
    public static int Assign(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        int size = InitialSize;
        uint[] keys = ArrayPool<uint>.Shared.Rent(size);
        int[] entries = ArrayPool<int>.Shared.Rent(size); // word id + 1; 0 = empty slot
        entries.AsSpan(0, size).Clear();
        int distinct = 0;
        try
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                uint key = FeatureHash.OfLowerWord(text.Slice(tokens[i].Start, tokens[i].Length));
                int slot = Find(keys, entries, size - 1, key);
                if (entries[slot] == 0)
                {
                    if ((distinct + 1) * 2 > size)
                    {
                        Grow(ref keys, ref entries, ref size);
                        slot = Find(keys, entries, size - 1, key);
                    }

                    keys[slot] = key;
                    entries[slot] = ++distinct;
                }

                ids[i] = entries[slot] - 1;
            }

            return distinct;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(entries);
            ArrayPool<uint>.Shared.Return(keys);
        }
    }

    private static int Find(uint[] keys, int[] entries, int mask, uint key)
    {
        int slot = (int)(key & (uint)mask);
        while (entries[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>Doubles the table, placing every word again.</summary>
    private static void Grow(ref uint[] keys, ref int[] entries, ref int size)
    {
        int newSize = size * 2;
        uint[] newKeys = ArrayPool<uint>.Shared.Rent(newSize);
        int[] newEntries = ArrayPool<int>.Shared.Rent(newSize);
        newEntries.AsSpan(0, newSize).Clear();
        for (int slot = 0; slot < size; slot++)
        {
            if (entries[slot] != 0)
            {
                int target = Find(newKeys, newEntries, newSize - 1, keys[slot]);
                newKeys[target] = keys[slot];
                newEntries[target] = entries[slot];
            }
        }

        ArrayPool<int>.Shared.Return(entries);
        ArrayPool<uint>.Shared.Return(keys);
        (keys, entries, size) = (newKeys, newEntries, newSize);
    }
}
