namespace EntityExtractor.Recognition;

/// <summary>
/// An open-addressing map from non-zero 32-bit keys to row indexes, built once and then only read
/// (reads are thread-safe). Keys are feature or word hashes; 0 marks an empty slot.
/// </summary>
internal sealed class UIntTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public UIntTable(ReadOnlySpan<uint> keys)
    {
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _rows = new int[size];
        _mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            uint key = keys[row];
            if (key == 0)
            {
                throw new InvalidDataException($"Model table key {row} is 0, which is reserved.");
            }

            int slot = (int)(key & (uint)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new InvalidDataException($"Model table key {key:x8} appears twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key)
    {
        uint[] keys = _keys;
        int slot = (int)(key & (uint)_mask);
        while (true)
        {
            uint k = keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
