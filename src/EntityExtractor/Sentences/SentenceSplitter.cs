using System.Buffers;
using EntityExtractor.Text;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Sentences;

/// <summary>
/// Groups tokens into sentences. Breaks after <c>.</c>, <c>!</c>, <c>?</c> and ellipses (with any closing quotes
/// or brackets that follow) when the next token can start a sentence, and at blank lines; never after a title,
/// a month or an initial (<c>Dr.</c>, <c>Oct. 7</c>, <c>J. Smith</c>), and after abbreviations such as
/// <c>U.S.</c> or <c>Inc.</c> only when a typical sentence opener follows. Stateless and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SpanDictionary<bool> SentenceOpeners = BuildOpeners();

    private static SpanDictionary<bool> BuildOpeners()
    {
        string[] words =
        [
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "This",
            "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "My", "After", "Before", "When",
            "While", "If", "As", "According", "Police", "Officials", "Authorities", "No", "One", "Two", "Three", "Some",
            "Many", "Most", "Both", "So", "Yet", "Meanwhile", "However", "Earlier", "Later", "Last", "During", "Since",
            "For", "From", "With", "By", "Under", "Witnesses", "Residents", "Neither", "What", "Who", "Where", "Why",
            "How", "Officers", "Investigators", "Several", "Among", "All", "Each", "Such", "Then", "Now", "Still",
            "Also", "Other", "Another", "Asked", "Speaking", "Despite", "Although", "Though",
        ];
        var openers = new SpanDictionary<bool>(words.Length);
        foreach (string word in words)
        {
            openers.Set(word, true);
        }

        return openers;
    }

    /// <summary>Tokenizes <paramref name="text"/> and splits it into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, NewsTokenizer.TokenizeToArray(text));
    }

    /// <summary>Splits tokens of <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text the tokens were read from.</param>
    /// <param name="tokens">Its tokens, as <see cref="NewsTokenizer"/> returns them.</param>
    /// <returns>The sentences, in text order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A token lies outside <paramref name="text"/>.</exception>
    public static IReadOnlyList<Sentence> Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        RequireInside(text, tokens);

        // One pass into a small pooled buffer that grows when full (news averages about 25 tokens a sentence), then
        // an exact copy: no scratch room for one sentence a token, and each possible end is judged once.
        Sentence[] buffer = ArrayPool<Sentence>.Shared.Rent(Math.Min(tokens.Length, (tokens.Length / 16) + 16));
        try
        {
            int count = 0;
            int first = 0;
            while (first < tokens.Length)
            {
                if (count == buffer.Length)
                {
                    Sentence[] larger = ArrayPool<Sentence>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<Sentence>.Shared.Return(buffer);
                    buffer = larger;
                }

                int last = LastTokenOfSentence(text, tokens, first);
                buffer[count++] = Make(tokens, first, last);
                first = last + 1;
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Sentence>.Shared.Return(buffer);
        }
    }

    private static void RequireInside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens[^1].End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(tokens), $"The last token ends at {tokens[^1].End}, past the end of a text of length {text.Length}.");
        }
    }

    /// <summary>The index of the last token of the sentence that starts at token <paramref name="first"/>.</summary>
    private static int LastTokenOfSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        int k = first;
        while (k < tokens.Length - 1 && !EndsSentence(text, tokens, k))
        {
            k++;
        }

        return k;
    }

    private static Sentence Make(ReadOnlySpan<Token> tokens, int first, int last)
    {
        int start = tokens[first].Start;
        return new Sentence(start, tokens[last].End - start, first, last - first + 1);
    }

    /// <summary>
    /// Splits tokens of <paramref name="text"/> into sentences written to <paramref name="destination"/>, which
    /// needs room for at most one sentence a token.
    /// </summary>
    /// <param name="text">The text the tokens were read from.</param>
    /// <param name="tokens">Its tokens, as <see cref="NewsTokenizer"/> returns them.</param>
    /// <param name="destination">Where the sentences go.</param>
    /// <returns>The number of sentences written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A token lies outside <paramref name="text"/>, or <paramref name="destination"/> is too small.</exception>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Sentence> destination)
    {
        if (tokens.IsEmpty)
        {
            return 0;
        }

        RequireInside(text, tokens);
        int count = 0;
        int first = 0;
        while (first < tokens.Length)
        {
            if (count == destination.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(destination), $"The destination holds {destination.Length} sentences; it needs room for up to one a token ({tokens.Length}).");
            }

            int last = LastTokenOfSentence(text, tokens, first);
            destination[count++] = Make(tokens, first, last);
            first = last + 1;
        }

        return count;
    }

    /// <summary>Whether a sentence ends after <c>tokens[index]</c> (which must not be the last token).</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        Token token = tokens[index];
        Token next = tokens[index + 1];
        if (IsParagraphBreak(text[token.End..next.Start]))
        {
            return true;
        }

        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                {
                    char c = text[token.Start];
                    if (IsTerminal(c))
                    {
                        // Closing quotes and brackets right after the period belong to this sentence.
                        return !IsClosingAfter(text, token, next) && CanStartSentence(text, tokens, index + 1);
                    }

                    if (IsCloser(c) && index > 0 && IsTerminal(text[tokens[index - 1].Start]) && tokens[index - 1].Kind == TokenKind.Punctuation
                        && IsClosingAfter(text, tokens[index - 1], token))
                    {
                        return !IsClosingAfter(text, token, next) && CanStartSentence(text, tokens, index + 1);
                    }

                    return false;
                }

            case TokenKind.Abbreviation:
                return CanEndAfterAbbreviation(token.GetText(text)) && IsTypicalOpener(text, tokens, index + 1);

            default:
                return false;
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    /// <summary>
    /// Whether <paramref name="next"/> closes a quote or bracket right after <paramref name="token"/>: glued to it, or
    /// a straight quote written apart that ends its line ("he said . \"" in text written one token a word).
    /// </summary>
    private static bool IsClosingAfter(ReadOnlySpan<char> text, Token token, Token next)
    {
        if (next.Kind != TokenKind.Punctuation && next.Kind != TokenKind.Clitic)
        {
            return false;
        }

        char c = text[next.Start];
        if (next.Start != token.End)
        {
            return c is '"' or '\'' && next.Length == 1 && CharClass.EndsLine(text, next.End);
        }

        if (c is '\u201D' or '\u2019' or ')' or ']' or '\u00BB')
        {
            return true;
        }

        // A straight quote is closing when it is followed by a space or the end, not glued to a word.
        return c is '"' or '\'' && (next.End >= text.Length || !char.IsLetterOrDigit(text[next.End]));
    }

    private static bool CanStartSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        Token next = tokens[index];
        switch (next.Kind)
        {
            case TokenKind.Word:
            case TokenKind.Abbreviation:
                return !next.Has(TokenShape.AllLower);
            case TokenKind.Punctuation:
                return text[next.Start] is not (',' or ';' or ':' or ')' or ']' or '}' or '.' or '!' or '?');
            case TokenKind.Clitic:
                return false;
            default:
                return true;
        }
    }

    /// <summary>After an abbreviation such as "U.S." only a typical sentence opener, possibly after a quote, starts a sentence.</summary>
    private static bool IsTypicalOpener(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        Token next = tokens[index];
        if (next.Kind == TokenKind.Punctuation && text[next.Start] is '"' or '\u201C' && index + 1 < tokens.Length)
        {
            next = tokens[index + 1];
        }

        return next.Kind == TokenKind.Word && SentenceOpeners.ContainsKey(next.GetText(text));
    }

    private static bool CanEndAfterAbbreviation(ReadOnlySpan<char> abbreviation)
    {
        if (abbreviation.Length == 2)
        {
            // A single initial ("J.") never ends a sentence.
            return false;
        }

        int periods = abbreviation.Count('.');
        if (periods > 1)
        {
            // "U.S.", "a.m.", "U.N.": they can close a sentence.
            return true;
        }

        return Abbreviations.Lookup(abbreviation[..^1]) == AbbreviationRole.Terminal;
    }

    private static bool IsParagraphBreak(ReadOnlySpan<char> gap)
    {
        int newlines = 0;
        foreach (char c in gap)
        {
            if (c == '\n' || c == '\u2029')
            {
                if (++newlines == 2 || c == '\u2029')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
