namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// The Reflexive trigger form: "himself"/"herself" in "turned the gun on himself"; "himself"/"herself"/"themselves" after
/// a verb of going ("drove themselves to a hospital", read by <see cref="ToHospitalHandler.ReadSelfTransport"/>).
/// </summary>
internal static class ReflexiveHandler
{
    /// <summary>Reads the figure of the reflexive trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (ToHospitalHandler.ReadSelfTransport(ref clause, t - 1))
        {
            // "Two others drove themselves to a hospital": the wounded, not a shooter.
            return;
        }

        // "turned the gun on himself" (one shooter: "on themselves" is left alone).
        if (words.IsWord(t, "themselves") || !words.IsWord(t - 1, "on") || !(words.IsWeapon(t - 2) || words.IsWeapon(t - 3)))
        {
            return;
        }

        // The figure's text takes the verb: "turned the gun on himself", "turning his rifle on himself".
        int verb = t - 1;
        for (int k = t - 3; k >= Math.Max(words.First, t - 5); k--)
        {
            if (words.IsAny(k, "turned", "turning", "turns", "turn", "pointed"))
            {
                verb = k;
                break;
            }
        }

        victims = VictimPhrases.Shooter(t);
        clause.Add(kind, shot, victims, verb, t + 1);
    }
}
