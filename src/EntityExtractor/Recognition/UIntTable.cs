namespace EntityExtractor.Recognition;

/// <summary>
/// An open-addressing map from non-zero 32-bit keys to row indexes, built once and then only read
/// (reads are thread-safe). Keys are feature or word hashes; 0 marks an empty slot. Each slot holds key and row
/// side by side in one <see cref="ulong"/>, so a lookup touches one cache line.
/// </summary>
internal sealed class UIntTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public UIntTable(ReadOnlySpan<uint> keys)
    {
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            uint key = keys[row];
            if (key == 0)
            {
                throw new InvalidDataException($"Model table key {row} is 0, which is reserved.");
            }

            int slot = (int)(key & (uint)_mask);
            while (_slots[slot] != 0)
            {
                if ((uint)_slots[slot] == key)
                {
                    throw new InvalidDataException($"Model table key {key:x8} appears twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = key | ((ulong)(uint)row << 32);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key)
    {
        ulong[] slots = _slots;
        int mask = _mask;
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            ulong entry = slots[slot];
            if ((uint)entry == key)
            {
                return (int)(entry >> 32);
            }

            if (entry == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }
}
