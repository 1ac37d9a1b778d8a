namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Suicide trigger form: "murder-suicide", "committed suicide": the attacker died.</summary>
internal static class SuicideHandler
{
    /// <summary>Reads the figure of the suicide trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        // "a murder-suicide", "before committing suicide": the attacker died.
        if (words.IsWord(t, "suicide") && !words.IsIn(t - 1, CasualtyLexicon.SuicideLeadWords))
        {
            return;
        }

        if (words.IsIn(t + 1, CasualtyLexicon.NotSuicideNouns))
        {
            return;
        }

        if (words.IsWord(t - 1, "commit") && (words.IsWord(t - 2, "to") || words.IsNegation(t - 2)))
        {
            // "threatening to commit suicide", "tried to commit suicide", "did not commit suicide": no death.
            return;
        }

        victims = VictimPhrases.Shooter(t);
        clause.Add(kind, shot, victims, t, t + 1);
    }
}
