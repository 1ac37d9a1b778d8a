using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// The units the tagger reads: sentences, cut again wherever a line break falls between two tokens, so a
/// headline, a byline, a dateline or a line of a table or schedule is read on its own and no entity runs across
/// a line break (a byline's name above the dateline's city, one team above another in a schedule). A line that goes
/// on with a lower-case word continues a hard-wrapped sentence and is not cut.
/// </summary>
internal static class LineUnits
{
    /// <summary>How many units <see cref="Split"/> makes of <paramref name="sentences"/>: their number when no line break cuts one.</summary>
    public static int Count(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int count = sentences.Count;
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int k = sentences[s].FirstToken + 1; k < sentences[s].EndToken; k++)
            {
                count += StartsLine(text, tokens, k) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>
    /// Writes the units of <paramref name="sentences"/> to <paramref name="destination"/>, which needs room for
    /// <see cref="Count"/> of them, and returns how many there are.
    /// </summary>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<Sentence> destination)
    {
        int count = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            Sentence sentence = sentences[s];
            int first = sentence.FirstToken;
            for (int k = first + 1; k < sentence.EndToken; k++)
            {
                if (StartsLine(text, tokens, k))
                {
                    destination[count++] = Unit(tokens, first, k);
                    first = k;
                }
            }

            destination[count++] = first == sentence.FirstToken ? sentence : Unit(tokens, first, sentence.EndToken);
        }

        return count;
    }

    /// <summary>Whether token <paramref name="k"/> (not the first) begins a new line that is not a wrapped sentence's continuation.</summary>
    internal static bool StartsLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        HasLineBreak(text[tokens[k - 1].End..tokens[k].Start]) && !tokens[k].Has(TokenShape.AllLower);

    private static bool HasLineBreak(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (CharClass.IsLineBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Sentence Unit(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int start = tokens[first].Start;
        return new Sentence(start, tokens[end - 1].End - start, first, end - first);
    }
}
