using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Testing;

/// <summary>
/// What must hold for any text, whatever it holds: the properties the property tests and the fuzzer check after
/// every call. Each check throws <see cref="InvariantViolationException"/> naming what broke.
/// </summary>
internal static class ExtractionInvariants
{
    /// <summary>Checks a result of <see cref="NewsEntityExtractor.Extract(string)"/> for <paramref name="text"/>.</summary>
    public static void CheckResult(string text, ExtractionResult result)
    {
        Require(ReferenceEquals(result.Text, text) || result.Text == text, "the result's Text is not the input");
        CheckTokens(text, result.Tokens);
        CheckSentences(text, result.Tokens, result.Sentences);
        foreach (var entity in result.Entities)
        {
            CheckSpan(text, entity.Start, entity.End, entity.Text, $"entity {entity}");
            Require(entity.Type is EntityType.Person or EntityType.Organization or EntityType.Location, $"entity type {entity.Type} is not one of the three");
            Require(entity.Score is >= 0 and <= 1, $"entity score {entity.Score} is outside [0, 1]");
        }

        foreach (var figure in result.Casualties)
        {
            CheckSpan(text, figure.Start, figure.End, figure.Text, $"casualty figure {figure}");
            Require(Enum.IsDefined(figure.Kind) && Enum.IsDefined(figure.Qualifier), $"casualty figure {figure} has an undefined kind or qualifier");
            Require(figure.Count is >= 0 and <= 1_000_000_000, $"casualty count {figure.Count} is outside [0, 1e9]");
        }

        var summary = result.Summary;
        foreach (int? count in new[] { summary.Killed, summary.Wounded, summary.Missing, summary.Kidnapped })
        {
            Require(count is null or (>= 0 and <= 1_000_000_000), $"summary count {count} is outside [0, 1e9]");
        }
    }

    /// <summary>Whether two results found exactly the same things: tokens, sentences, entities, figures and summary.</summary>
    public static bool Same(ExtractionResult left, ExtractionResult right) =>
        left.Text == right.Text
        && left.Tokens.SequenceEqual(right.Tokens)
        && left.Sentences.SequenceEqual(right.Sentences)
        && left.Entities.SequenceEqual(right.Entities)
        && left.Casualties.SequenceEqual(right.Casualties)
        && left.Summary == right.Summary;

    /// <summary>
    /// Checks tokens: ordered, not overlapping, inside the text, never splitting a surrogate pair, the same from the
    /// string, span, enumerator and resumed span APIs.
    /// </summary>
    public static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Require(token.Length > 0, $"empty token {token}");
            Require(token.Start >= previousEnd && token.End <= text.Length, $"token {token} overlaps the one before or leaves the text");
            Require(!SplitsPair(text, token.Start) && !SplitsPair(text, token.End), $"token {token} splits a surrogate pair");
            previousEnd = token.End;
        }

        var fromString = NewsTokenizer.Tokenize(text);
        Require(fromString.SequenceEqual(tokens), "the string API gives other tokens");
        int enumerated = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            Require(enumerated < tokens.Count && token == tokens[enumerated], $"the enumerator's token {enumerated} differs");
            enumerated++;
        }

        Require(enumerated == tokens.Count, "the enumerator gives another number of tokens");
        Require(NewsTokenizer.CountTokens(text) == tokens.Count, "CountTokens gives another number");
        foreach (int size in new[] { 1, 3 })
        {
            Require(Resumed(text, size).SequenceEqual(tokens), $"tokenizing into a buffer of {size} and resuming gives other tokens");
        }

        // Starting again at any token boundary reads the next tokens exactly as one pass did.
        Span<Token> next = stackalloc Token[2];
        for (int i = 0; i < tokens.Count; i++)
        {
            int written = NewsTokenizer.Tokenize(text, tokens[i].End, next, out _);
            int expected = Math.Min(2, tokens.Count - i - 1);
            Require(written == expected, $"resuming after token {i} gives {written} tokens, not {expected}");
            for (int k = 0; k < written; k++)
            {
                Require(next[k] == tokens[i + 1 + k], $"resuming after token {i} gives {next[k]}, not {tokens[i + 1 + k]}");
            }
        }
    }

    /// <summary>Checks sentences: ordered, inside the text, each covering its tokens.</summary>
    public static void CheckSentences(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int nextToken = 0;
        foreach (var sentence in sentences)
        {
            Require(sentence.FirstToken == nextToken && sentence.TokenCount > 0, $"sentence {sentence} does not start at token {nextToken}");
            nextToken += sentence.TokenCount;
            Require(nextToken <= tokens.Count, $"sentence {sentence} runs past the last token");
            Require(sentence.Start == tokens[sentence.FirstToken].Start && sentence.End == tokens[nextToken - 1].End, $"sentence {sentence} does not span its tokens");
            Require(sentence.End <= text.Length, $"sentence {sentence} leaves the text");
        }

        Require(nextToken == tokens.Count, "the sentences do not cover every token");
    }

    private static List<Token> Resumed(string text, int bufferSize)
    {
        var tokens = new List<Token>();
        var buffer = new Token[bufferSize];
        int start = 0;
        while (true)
        {
            int written = NewsTokenizer.Tokenize(text, start, buffer, out int next);
            tokens.AddRange(buffer.AsSpan(0, written).ToArray());
            if (written < bufferSize)
            {
                Require(next == text.Length, "a call that did not fill its buffer did not consume the text");
                return tokens;
            }

            Require(next > start, "a full buffer made no progress");
            start = next;
        }
    }

    private static void CheckSpan(string text, int start, int end, string value, string what)
    {
        Require(start >= 0 && start < end && end <= text.Length, $"{what} lies outside the text");
        Require(text.AsSpan(start, end - start).SequenceEqual(value), $"{what}: its Text is not the text's substring");
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}

/// <summary>A property that must hold for any input did not.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
