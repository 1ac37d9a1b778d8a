using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// Finds the trigger words of one sentence and hands each to <see cref="TriggerDispatcher"/>. A token is a trigger
/// candidate only when its length and first letters fit (<see cref="CasualtyLexicon.MightBeTrigger"/>), so most
/// words cost two comparisons and no hashing, and a sentence with no trigger allocates nothing.
/// </summary>
internal static class TriggerScanner
{
    /// <summary>
    /// Appends the figures of the sentence <c>[first, end)</c> to <paramref name="figures"/>, creating the list on the
    /// first one. Each step looks at a bounded number of tokens, so a sentence is read in linear time.
    /// </summary>
    public static void Read(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, int sentenceIndex, ref List<RawFigure>? figures)
    {
        var clause = new Clause(text, tokens, first, end, sentenceIndex, figures);
        for (int t = first; t < end; t++)
        {
            Token token = tokens[t];
            if (token.Kind != TokenKind.Word || token.Length < 3)
            {
                continue;
            }

            ReadOnlySpan<char> word = text.Slice(token.Start, token.Length);
            if (!CasualtyLexicon.MightBeTrigger(word) || !CasualtyLexicon.Triggers.TryGetValue(word, out Trigger trigger))
            {
                continue;
            }

            if (t > first && token.Has(TokenShape.Capitalized) && !token.Has(TokenShape.AllCaps)
                && !clause.Words.IsPunct(t - 1, '"') && !clause.Words.IsPunct(t - 1, ':'))
            {
                // A title-case headline ("Two Killed In Shooting") repeats the story; the body counts.
                continue;
            }

            TriggerDispatcher.Route(ref clause, t, trigger);
        }

        figures = clause.Figures;
    }
}
