namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Suffered trigger form: "suffered"/"sustained" followed by injuries or wounds: the victims precede.</summary>
internal static class SufferedHandler
{
    /// <summary>Reads the figure of the suffered trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        // "suffered (non-life-threatening|gunshot|...) injuries|wounds" within a few words.
        bool injury = false;
        bool gunshot = false;
        int stop = Math.Min(words.End, t + 6);
        for (int k = t + 1; k < stop && !injury; k++)
        {
            injury = words.IsIn(k, CasualtyLexicon.WoundNouns);
            gunshot |= words.IsIn(k, CasualtyLexicon.SevereWoundWords);
            if (words.IsNegation(k) || words.IsWord(k, "no"))
            {
                return;
            }
        }

        if (injury && words.IsAny(t, "had", "has") && !gunshot)
        {
            return;
        }

        if (!injury && words.IsWord(t, "treated") && Voice.IsPassive(ref clause, t))
        {
            // "were treated at a hospital and released", "was treated and released".
            for (int k = t + 1; k < stop && !injury; k++)
            {
                injury = words.IsAny(k, "released", "hospital", "hospitals");
            }
        }

        bool fatal = false;
        for (int k = t + 1; k < stop; k++)
        {
            fatal |= words.IsAny(k, "fatal", "mortal");
        }

        if (injury && SubjectReader.TryRead(ref clause, t, out VictimPhrase victims))
        {
            // A gunshot or critical wound says nothing of the outcome: counted as shot.
            clause.Add(fatal ? CasualtyKind.Killed : kind, gunshot && !fatal, victims, victims.First, t + 1);
        }
    }
}
