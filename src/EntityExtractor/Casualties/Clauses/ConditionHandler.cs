namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Condition trigger form: "condition" in "in critical condition": the victims precede "in".</summary>
internal static class ConditionHandler
{
    /// <summary>Reads the figure of the condition trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (t - 2 < words.First || !CasualtyLexicon.Conditions.Contains(words.Text(t - 1)))
        {
            return;
        }

        // "in critical condition", "in critical but stable condition".
        int inIndex = t - 2;
        while (inIndex > t - 6 && inIndex > words.First && !words.IsWord(inIndex, "in"))
        {
            inIndex--;
        }

        if (words.IsWord(inIndex, "in") && SubjectReader.TryRead(ref clause, inIndex, out VictimPhrase victims))
        {
            clause.Add(kind, shot, victims, victims.First, t + 1);
        }
    }
}
