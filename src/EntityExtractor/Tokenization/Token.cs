using System.Runtime.InteropServices;

namespace EntityExtractor.Tokenization;

/// <summary>
/// A token: a half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in the caller's text,
/// with its <see cref="TokenKind"/> and <see cref="TokenShape"/>. The text itself is not copied.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct Token : IEquatable<Token>
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Offset of the first UTF-16 code unit.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="shape">Orthographic flags.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> or <paramref name="length"/> is negative, or <c>start + length</c> passes <see cref="int.MaxValue"/>.
    /// </exception>
    public Token(int start, int length, TokenKind kind, TokenShape shape)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, int.MaxValue - start);
        Start = start;
        Length = length;
        Kind = kind;
        Shape = shape;
    }

    /// <summary>Offset of the first UTF-16 code unit in the tokenized text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Offset one past the last UTF-16 code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Orthographic flags.</summary>
    public TokenShape Shape { get; }

    /// <summary>Whether <see cref="Shape"/> has every flag in <paramref name="flags"/>.</summary>
    /// <param name="flags">The flags to test.</param>
    /// <returns><see langword="true"/> when all of them are set.</returns>
    public bool Has(TokenShape flags) => (Shape & flags) == flags;

    /// <summary>The token's characters in <paramref name="text"/>, which must be the text it was read from.</summary>
    /// <param name="text">The tokenized text.</param>
    /// <returns>A slice of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The token does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text)
    {
        if ((uint)End > (uint)text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"The token [{Start}, {End}) does not lie inside a text of length {text.Length}.");
        }

        return text.Slice(Start, Length);
    }

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Start == other.Start && Length == other.Length && Kind == other.Kind && Shape == other.Shape;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Kind, Shape);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} [{Start}, {End})";

    /// <summary>Whether two tokens are equal.</summary>
    /// <param name="left">A token.</param>
    /// <param name="right">Another token.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Whether two tokens differ.</summary>
    /// <param name="left">A token.</param>
    /// <param name="right">Another token.</param>
    /// <returns><see langword="true"/> when any field differs.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
}
