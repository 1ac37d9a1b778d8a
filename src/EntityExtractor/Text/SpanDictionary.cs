using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace EntityExtractor.Text;

/// <summary>
/// A read-mostly dictionary from strings to values that is looked up by <see cref="ReadOnlySpan{T}"/> without
/// allocating (the .NET 8 dictionaries cannot). Open addressing, ordinal or ASCII-case-insensitive keys.
/// Build it once, then share it: concurrent reads are safe, concurrent writes are not.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanDictionary<TValue>
{
    private readonly bool _ignoreAsciiCase;
    private string?[] _keys;
    private TValue[] _values;
    private int _count;

    public SpanDictionary(int capacity = 16, bool ignoreAsciiCase = false)
    {
        _ignoreAsciiCase = ignoreAsciiCase;
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue[size];
    }

    public int Count => _count;

    public bool IgnoreAsciiCase => _ignoreAsciiCase;

    /// <summary>Adds or replaces the value of <paramref name="key"/>.</summary>
    public void Set(string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        int slot = FindSlot(key);
        if (_keys[slot] is null)
        {
            _keys[slot] = key;
            _count++;
        }

        _values[slot] = value;
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> unless it is already there.</summary>
    /// <returns><see langword="true"/> when it was added.</returns>
    public bool TryAdd(string key, TValue value)
    {
        if (ContainsKey(key))
        {
            return false;
        }

        Set(key, value);
        return true;
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => _keys[FindSlot(key)] is not null;

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
        int slot = FindSlot(key);
        if (_keys[slot] is null)
        {
            value = default;
            return false;
        }

        value = _values[slot];
        return true;
    }

    /// <summary>The entries, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is { } key)
            {
                yield return new KeyValuePair<string, TValue>(key, _values[i]);
            }
        }
    }

    private int FindSlot(ReadOnlySpan<char> key)
    {
        int mask = _keys.Length - 1;
        int slot = (int)(Hash(key) & (uint)mask);
        while (true)
        {
            string? candidate = _keys[slot];
            if (candidate is null || KeyEquals(candidate, key))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    private bool KeyEquals(string candidate, ReadOnlySpan<char> key)
    {
        if (!_ignoreAsciiCase)
        {
            return candidate.AsSpan().SequenceEqual(key);
        }

        if (candidate.Length != key.Length)
        {
            return false;
        }

        for (int i = 0; i < key.Length; i++)
        {
            if (FoldAscii(candidate[i]) != FoldAscii(key[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FoldAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hash(ReadOnlySpan<char> key)
    {
        // FNV-1a over UTF-16 code units; ASCII letters folded to lower case when case is ignored.
        uint hash = 2166136261;
        if (_ignoreAsciiCase)
        {
            foreach (char c in key)
            {
                hash = (hash ^ FoldAscii(c)) * 16777619;
            }
        }
        else
        {
            foreach (char c in key)
            {
                hash = (hash ^ c) * 16777619;
            }
        }

        return hash ^ (hash >> 15);
    }

    private void Grow()
    {
        string?[] oldKeys = _keys;
        TValue[] oldValues = _values;
        _keys = new string?[oldKeys.Length * 2];
        _values = new TValue[oldKeys.Length * 2];
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                int slot = FindSlot(key);
                _keys[slot] = key;
                _values[slot] = oldValues[i];
            }
        }
    }
}
