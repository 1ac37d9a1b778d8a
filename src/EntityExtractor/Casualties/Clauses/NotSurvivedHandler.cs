namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// The NotSurvived trigger form: "survive" or "save" after a plain negation. "The girl did not survive" and "doctors
/// could not save him" tell of a death; "is expected to survive", "may not survive" and "helped save him" do not.
/// </summary>
internal static class NotSurvivedHandler
{
    /// <summary>Reads the figure of the trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (words.IsAny(t, "survive", "survived"))
        {
            // "did not survive", "didn't survive" (the clitic after "did"): the subject died.
            int aux = t - 2;
            if (!words.IsNegation(t - 1) || !words.IsAny(aux, "did", "does"))
            {
                return;
            }

            if (SubjectReader.TryRead(ref clause, aux, out VictimPhrase victims))
            {
                clause.Add(kind, shot, victims, victims.First, t + 1);
            }

            return;
        }

        // "doctors could not save him", "were unable to save the boy", "were not able to save her".
        bool negated = (words.IsNegation(t - 1) && words.IsAny(t - 2, "could", "couldn't", "did"))
            || (words.IsWord(t - 1, "to") && (words.IsWord(t - 2, "unable") || (words.IsWord(t - 2, "able") && words.IsNegation(t - 3))));
        if (!negated || !ObjectReader.TryRead(ref clause, t + 1, out VictimPhrase saved) || saved.IsShooter)
        {
            return;
        }

        clause.Add(kind, shot, saved, t, saved.End);
    }
}
