namespace EntityExtractor.Casualties.Clauses;

/// <summary>The SentToHospital trigger form: "sent" in "sent four people to the hospital".</summary>
internal static class SentToHospitalHandler
{
    /// <summary>Reads the figure of the senttohospital trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        // "put four people in the hospital" as "sent four people to the hospital".
        bool put = words.IsWord(t, "put");
        if (!ObjectReader.TryRead(ref clause, t + 1, out VictimPhrase victims) || victims.IsShooter
            || !(put ? words.IsAny(victims.End, "in", "into") : words.IsWord(victims.End, "to")))
        {
            return;
        }

        int h = words.IsAny(victims.End + 1, "the", "a", "area", "local") ? victims.End + 2 : victims.End + 1;
        if (words.IsAny(h, "area", "local"))
        {
            h++;
        }

        if (words.IsAny(h, "hospital", "hospitals"))
        {
            clause.Add(kind, shot, victims, t, h + 1);
        }
    }
}
