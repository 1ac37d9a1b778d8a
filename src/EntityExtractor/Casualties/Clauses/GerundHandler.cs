namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Gerund trigger form: a gerund ("killing", "wounding"): the victims follow.</summary>
internal static class GerundHandler
{
    /// <summary>Reads the figure of the gerund trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if ((t > words.First && words.IsDeterminerBefore(t)) || words.IsWord(t + 1, "of"))
        {
            // "the killing of a teenager", "the shooting and wounding of four men".
            DeathOfHandler.ReadDeathOf(ref clause, t, kind, shot);
            return;
        }

        if (shot && words.IsWord(t + 1, "and") && words.IsTriggerWord(t + 2))
        {
            return;
        }

        if (words.IsAny(t - 1, "fatally", "mortally"))
        {
            kind = CasualtyKind.Killed;
            shot = false;
        }

        victims = default;
        if (ObjectReader.TryRead(ref clause, t + 1, out victims) && (!victims.IsShooter || shot))
        {
            if (shot && words.IsWord(victims.End, "to") && words.IsWord(victims.End + 1, "death"))
            {
                kind = CasualtyKind.Killed;
                shot = false;
                victims.End += 2;
            }

            if (kind == CasualtyKind.Killed && !shot && Attackers.KilledByPoliceActive(ref clause, t, victims))
            {
                // "Police fired back, killing the gunman".
                victims.IsShooter = true;
            }

            clause.Add(kind, shot, victims, t, victims.End);
        }
        else if (victims.IsShooter && kind == CasualtyKind.Killed)
        {
            clause.Add(kind, shot, victims, t, victims.End);
        }
    }
}
