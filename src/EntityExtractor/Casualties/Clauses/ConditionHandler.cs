namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Condition trigger form: "condition" in "in critical condition": the victims precede "in".</summary>
internal static class ConditionHandler
{
    /// <summary>Reads the figure of the condition trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, Trigger trigger)
    {
        ClauseWords words = clause.Words;
        CasualtyKind kind = trigger.Kind;
        bool shot = trigger.IsShot;
        VictimPhrase victims;

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

        if (words.IsWord(inIndex, "in") && SubjectReader.TryRead(ref clause, inIndex, out victims))
        {
            clause.Add(kind, shot, victims, victims.First, t + 1);
        }
    }
}
