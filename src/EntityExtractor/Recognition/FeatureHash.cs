using System.Runtime.CompilerServices;

namespace EntityExtractor.Recognition;

/// <summary>
/// FNV-1a hashing of feature strings without building them: a template id, then characters, folded on the fly
/// (lower case, word shape). Used alike by the trainer and at run time, so both see the same feature ids.
/// </summary>
internal struct FeatureHash
{
    private const uint Prime = 16777619;
    private uint _value;

    public FeatureHash(int template)
    {
        _value = (2166136261 ^ (uint)template) * Prime;
    }

    /// <summary>The hash, never 0 (0 marks an empty slot in the tables).</summary>
    public readonly uint Value
    {
        get
        {
            uint h = _value ^ (_value >> 15);
            h *= 0x2C1B3C6D;
            h ^= h >> 12;
            return h == 0 ? 1u : h;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(char c) => _value = (_value ^ c) * Prime;

    public void Add(uint value)
    {
        Add((char)(value & 0xFFFF));
        Add((char)(value >> 16));
    }

    public void Add(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            _value = (_value ^ c) * Prime;
        }
    }

    public void AddLower(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            _value = (_value ^ Lower(c)) * Prime;
        }
    }

    /// <summary>Adds the word shape: <c>X</c> upper, <c>x</c> lower, <c>d</c> digit, other characters as they are; runs longer than <paramref name="maxRun"/> are cut.</summary>
    public void AddShape(ReadOnlySpan<char> chars, int maxRun)
    {
        char previous = '\0';
        int run = 0;
        foreach (char c in chars)
        {
            char s = ShapeOf(c);
            if (s == previous)
            {
                if (++run > maxRun)
                {
                    continue;
                }
            }
            else
            {
                previous = s;
                run = 1;
            }

            _value = (_value ^ s) * Prime;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) =>
        c < 128 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ShapeOf(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                return 'x';
            }

            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return 'X';
            }

            if ((uint)(c - '0') <= 9)
            {
                return 'd';
            }

            return c;
        }

        return char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : 'o';
    }

    /// <summary>The hash of a lower-cased word, as word-class and gazetteer tables key it.</summary>
    public static uint OfLowerWord(ReadOnlySpan<char> word)
    {
        var h = new FeatureHash(0x7777);
        h.AddLower(word);
        return h.Value;
    }
}
