using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// "The number of people killed has risen to 47", "the number of dead stood at 12": a participle or adjective trigger
/// after "the number of", tried before the trigger's own form.
/// </summary>
internal static class NumberOfHandler
{
    /// <summary>
    /// "The number of people killed has risen to 47", "the number of dead stood at 12": a count stated for the
    /// group, a toll when it counts the dead. Returns whether the trigger was read so.
    /// </summary>
    public static bool Read(ref Clause clause, int t, CasualtyKind kind)
    {
        ClauseWords words = clause.Words;
        int of = words.IsWord(t - 1, "of") ? t - 1 : words.IsWord(t - 2, "of") && words.IsPersonHead(t - 1) ? t - 2 : -1;
        if (of < 0 || !words.IsWord(of - 1, "number"))
        {
            return false;
        }

        // Up to the verb that states the count ("has risen to", "rose to", "stood at", "reached", "is"), within the clause.
        int stop = Math.Min(words.End, t + 14);
        for (int k = t + 1; k < stop; k++)
        {
            if (words.IsPunct(k, '.') || words.IsPunct(k, ';'))
            {
                return true;
            }

            if (!words.IsIn(k, CasualtyLexicon.CountVerbs))
            {
                continue;
            }

            int at = words.IsAny(k + 1, "to", "at") ? k + 2 : k + 1;
            if (QuantityReader.TryRead(words.Source, words.Tokens, at, words.End, out Quantity q) && !words.LooksLikeNonCount(q.End - 1)
                && !words.IsAny(q.End, "per", "fold") && !(q.End < words.End && words.Source[words.Tokens[q.End].Start] == '%'))
            {
                var victims = VictimPhrases.Counted(q, q.First, q.End);
                clause.Add(kind, false, victims, of - 1, q.End, toll: kind == CasualtyKind.Killed);
            }

            return true;
        }

        return true;
    }
}
