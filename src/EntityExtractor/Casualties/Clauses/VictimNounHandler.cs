namespace EntityExtractor.Casualties.Clauses;

/// <summary>The VictimNoun trigger form: "victims" in "four shooting victims".</summary>
internal static class VictimNounHandler
{
    /// <summary>Reads the figure of the victimnoun trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (words.IsAny(t - 2, "a", "an", "the") && words.IsWord(t, "victim") && t - 1 >= words.First
            && CasualtyLexicon.Ordinals.TryGetValue(words.Text(t - 1), out int place) && place > 1
            && !words.IsAny(t - 3, "be", "possibly", "perhaps", "maybe", "if"))
        {
            // Not "there may be a fifth victim".
            // "A fourth victim arrived later at the hospital", "The fifth victim, a 20-year-old woman, …": at least as
            // many people were hurt.
            victims = VictimPhrases.Single(t - 2, Mention.Ordinal);
            victims.Ordinal = place;
            victims.End = t + 1;
            clause.Add(kind, true, victims, t - 2, t + 1);
            return;
        }

        // "four shooting victims", "a fifth gunshot victim".
        if (!words.IsAny(t - 1, "shooting", "gunshot") || !LeftPhraseReader.ReadHeadedLeft(ref clause, t, out victims))
        {
            return;
        }

        clause.Add(kind, true, victims, victims.First, t + 1);
    }
}
