using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// The units the tagger reads: sentences, cut again wherever a line break falls between two tokens, so a
/// headline, a byline, a dateline or a line of a table or schedule is read on its own and no entity runs across
/// a line break ("Mona Eltahawy" above "TRIPOLI", "DETROIT" above "BALTIMORE"). A line that goes on with a
/// lower-case word continues a hard-wrapped sentence and is not cut.
/// </summary>
internal static class LineUnits
{
    /// <summary>
    /// <paramref name="sentences"/> itself when no sentence holds a line break before a unit can start,
    /// otherwise the sentences with those cut.
    /// </summary>
    public static IReadOnlyList<Sentence> Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        List<Sentence>? units = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            Sentence sentence = sentences[s];
            int first = sentence.FirstToken;
            for (int k = first + 1; k < sentence.EndToken; k++)
            {
                if (StartsLine(text, tokens, k))
                {
                    units ??= Copy(sentences, s);
                    units.Add(Unit(tokens, first, k));
                    first = k;
                }
            }

            if (units is not null)
            {
                units.Add(first == sentence.FirstToken ? sentence : Unit(tokens, first, sentence.EndToken));
            }
        }

        return units ?? sentences;
    }

    /// <summary>Whether token <paramref name="k"/> (not the first) begins a new line that is not a wrapped sentence's continuation.</summary>
    internal static bool StartsLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        HasLineBreak(text[tokens[k - 1].End..tokens[k].Start]) && !tokens[k].Has(TokenShape.AllLower);

    private static bool HasLineBreak(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    private static List<Sentence> Copy(IReadOnlyList<Sentence> sentences, int count)
    {
        var units = new List<Sentence>(sentences.Count + 16);
        for (int s = 0; s < count; s++)
        {
            units.Add(sentences[s]);
        }

        return units;
    }

    private static Sentence Unit(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int start = tokens[first].Start;
        return new Sentence(start, tokens[end - 1].End - start, first, end - first);
    }
}
