using System.Buffers;

namespace EntityExtractor.Tokenization;

/// <summary>
/// Splits English news text into tokens with UTF-16 offsets, knowing abbreviations and initials
/// (<c>U.S.</c>, <c>Oct.</c>, <c>Lt. Gen.</c>), clitics (<c>Hashed|'s</c>, <c>do|n't</c>), hyphenated and
/// Arabic-style names (<c>al-Shaabi</c>), numbers (<c>1,200</c>, <c>3.5</c>, <c>2019-2020</c>), times and dates,
/// URLs, e-mail addresses, hashtags, handles and emoji. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// White space, control characters and invisible format characters separate tokens and are never part of one.
/// A lone surrogate becomes a one-code-unit <see cref="TokenKind.Other"/> token; a surrogate pair is never split.
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> into <paramref name="destination"/>, stopping when it is full.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">Where the tokens go.</param>
    /// <param name="charsConsumed">
    /// How far the tokens written reach: when <paramref name="destination"/> filled up before the end, call again
    /// with <c>text[charsConsumed..]</c> and add <paramref name="charsConsumed"/> to the offsets of what it returns.
    /// </param>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int charsConsumed)
    {
        int count = 0;
        int position = 0;
        int consumed = 0;
        while (count < destination.Length && TokenReader.TryRead(text, ref position, out var token))
        {
            destination[count++] = token;
            consumed = position;
        }

        if (count < destination.Length)
        {
            // Only separators remained: they are consumed too.
            consumed = text.Length;
        }

        charsConsumed = consumed;
        return count;
    }

    /// <summary>Counts the tokens of <paramref name="text"/> without storing them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of tokens.</returns>
    public static int CountTokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        int position = 0;
        while (TokenReader.TryRead(text, ref position, out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new list.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in text order.</returns>
    public static IReadOnlyList<Token> Tokenize(ReadOnlySpan<char> text) => TokenizeToArray(text);

    /// <summary>Tokenizes into an exactly sized array, growing a pooled buffer on the way.</summary>
    internal static Token[] TokenizeToArray(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        // News text averages about 5.5 characters a token; start a little above that and grow when needed.
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, (text.Length / 4) + 16));
        try
        {
            int count = 0;
            int position = 0;
            while (TokenReader.TryRead(text, ref position, out var token))
            {
                if (count == buffer.Length)
                {
                    Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = token;
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }
}
