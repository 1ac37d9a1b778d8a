using System.Runtime.InteropServices;

namespace EntityExtractor.Sentences;

/// <summary>
/// A sentence: the half-open character range <c>[Start, End)</c> it covers in the caller's text and the
/// range of tokens <c>[FirstToken, FirstToken + TokenCount)</c> it holds.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct Sentence : IEquatable<Sentence>
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="start">Offset of its first UTF-16 code unit.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <param name="firstToken">Index of its first token.</param>
    /// <param name="tokenCount">Number of tokens.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public Sentence(int start, int length, int firstToken, int tokenCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfNegative(tokenCount);
        Start = start;
        Length = length;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Offset of the first UTF-16 code unit of the sentence's first token.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units from the first token's start to the last token's end.</summary>
    public int Length { get; }

    /// <summary>Offset one past the last UTF-16 code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Index of the sentence's first token in the token list it was split from.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <inheritdoc />
    public bool Equals(Sentence other) =>
        Start == other.Start && Length == other.Length && FirstToken == other.FirstToken && TokenCount == other.TokenCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Sentence other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, FirstToken, TokenCount);

    /// <inheritdoc />
    public override string ToString() => $"Sentence [{Start}, {End}) tokens [{FirstToken}, {EndToken})";

    /// <summary>Whether two sentences are equal.</summary>
    /// <param name="left">A sentence.</param>
    /// <param name="right">Another sentence.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(Sentence left, Sentence right) => left.Equals(right);

    /// <summary>Whether two sentences differ.</summary>
    /// <param name="left">A sentence.</param>
    /// <param name="right">Another sentence.</param>
    /// <returns><see langword="true"/> when any field differs.</returns>
    public static bool operator !=(Sentence left, Sentence right) => !left.Equals(right);
}
