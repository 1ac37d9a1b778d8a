namespace EntityExtractor.Casualties.Clauses;

/// <summary>The VictimNoun trigger form: "victims" in "four shooting victims".</summary>
internal static class VictimNounHandler
{
    /// <summary>Reads the figure of the victimnoun trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        // "four shooting victims", "a fifth gunshot victim".
        if (!words.IsAny(t - 1, "shooting", "gunshot") || !LeftPhraseReader.ReadHeadedLeft(ref clause, t, out victims))
        {
            return;
        }

        clause.Add(kind, true, victims, victims.First, t + 1);
    }
}
