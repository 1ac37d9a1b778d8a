namespace EntityExtractor.Tokenization;

/// <summary>
/// Enumerates the tokens of a text without allocating. Use it with <c>foreach</c> over
/// <see cref="NewsTokenizer.EnumerateTokens(ReadOnlySpan{char})"/>.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>The token at the enumerator's position.</summary>
    public readonly Token Current => _current;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> when the text has no more tokens.</returns>
    public bool MoveNext() => TokenReader.TryRead(_text, ref _position, out _current);

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;
}
