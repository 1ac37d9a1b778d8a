using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Toll trigger form: "toll" in "death toll", with the count that follows ("the death toll rose to 30").</summary>
internal static class TollHandler
{
    public static void Read(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        if (!words.IsAny(t - 1, "death", "casualty", "civilian"))
        {
            return;
        }

        int stop = Math.Min(words.End, t + 8);
        for (int k = t + 1; k < stop; k++)
        {
            if (words.IsPunct(k, '.') || words.IsPunct(k, ';'))
            {
                return;
            }

            if (QuantityReader.TryRead(words.Source, words.Tokens, k, words.End, out Quantity q))
            {
                var victims = VictimPhrases.Counted(q, q.First, q.End);
                clause.Add(CasualtyKind.Killed, false, victims, t - 1, q.End, toll: true);
                return;
            }
        }
    }
}
