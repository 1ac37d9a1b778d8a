using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The CountNoun trigger form: a plural noun counted by the number before it ("five deaths").</summary>
internal static class CountNounHandler
{
    /// <summary>Reads the figure of the countnoun trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (t - 1 >= words.First && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, t - 1, words.First, out Quantity q))
        {
            victims = VictimPhrases.Counted(q, q.First, t + 1);
            clause.Add(kind, shot, victims, q.First, t + 1);
        }
        else if (words.IsWord(t, "bodies") && words.IsWord(t + 1, "of"))
        {
            // "pulled the bodies of 12 migrants from the sea".
            DeathOfHandler.ReadDeathOf(ref clause, t, kind, shot);
        }
    }
}
