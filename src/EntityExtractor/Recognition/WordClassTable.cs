namespace EntityExtractor.Recognition;

/// <summary>
/// Word classes (clusters of word vectors) by lower-cased word hash. Each value packs the 64-, 256- and
/// 1024-way class ids plus one in 10 bits each (0 = no class). Immutable after construction.
/// </summary>
internal sealed class WordClassTable
{
    private readonly UIntTable _rows;
    private readonly uint[] _values;

    public WordClassTable(uint[] keys, uint[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Length != values.Length)
        {
            throw new InvalidDataException($"Word classes: {keys.Length} keys but {values.Length} values.");
        }

        _rows = new UIntTable(keys);
        Keys = keys;
        _values = values;
    }

    public uint[] Keys { get; }

    public IReadOnlyList<uint> Values => _values;

    public int Count => _values.Length;

    /// <summary>The packed classes of <paramref name="word"/> (any case), or 0.</summary>
    public uint Find(ReadOnlySpan<char> word)
    {
        int row = _rows.Find(FeatureHash.OfLowerWord(word));
        return row < 0 ? 0 : _values[row];
    }

    public static uint Pack(int c64, int c256, int c1024) =>
        (uint)(c64 + 1) | ((uint)(c256 + 1) << 10) | ((uint)(c1024 + 1) << 20);
}
