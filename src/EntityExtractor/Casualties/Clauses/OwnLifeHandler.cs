namespace EntityExtractor.Casualties.Clauses;

/// <summary>The OwnLife trigger form: "life" in "took his own life".</summary>
internal static class OwnLifeHandler
{
    /// <summary>Reads the figure of the ownlife trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (words.IsWord(t - 2, "for") && words.IsAny(t - 3, "fighting", "fights", "fought") && words.IsAny(t - 1, "his", "her", "their"))
        {
            // "is fighting for her life": wounded.
            if (SubjectReader.TryRead(ref clause, t - 3, out victims))
            {
                clause.Add(CasualtyKind.Wounded, false, victims, victims.First, t + 1);
            }

            return;
        }

        if (words.IsAny(t - 1, "his", "her", "their") && words.IsAny(t - 2, "lost", "lose", "loses", "losing"))
        {
            // "Five people, including a pregnant woman, lost their lives"; not "almost lost her life".
            if (!words.IsIn(t - 3, CasualtyLexicon.NearMissWords)
                && !(words.IsWord(t - 3, "have") && words.IsIn(t - 4, CasualtyLexicon.NearMissWords))
                && SubjectReader.TryRead(ref clause, t - 2, out victims))
            {
                clause.Add(CasualtyKind.Killed, false, victims, victims.First, t + 1);
            }

            return;
        }

        if (words.IsAny(t - 1, "a", "one") && words.IsIn(t - 2, CasualtyLexicon.ClaimVerbs))
        {
            // "an accidental shooting claimed a life".
            victims = VictimPhrases.Single(t - 1, Mention.Indefinite);
            clause.Add(CasualtyKind.Killed, false, victims, t - 2, t + 1, notObject: true);
            return;
        }

        if (words.IsWord(t - 1, "the") && (words.IsIn(t - 2, CasualtyLexicon.ClaimVerbs) || words.IsIn(t - 2, CasualtyLexicon.TakeVerbs)) && words.IsWord(t + 1, "of"))
        {
            // "claimed the life of a teenager".
            DeathOfHandler.ReadDeathOf(ref clause, t, CasualtyKind.Killed, false);
            return;
        }

        if (words.IsWord(t + 1, "support") && (words.IsWord(t - 1, "off") || (words.IsWord(t - 1, "of") && words.IsWord(t - 2, "off"))))
        {
            // "was taken off life support": died.
            int off = words.IsWord(t - 1, "off") ? t - 1 : t - 2;
            if (words.IsAny(off - 1, "taken", "removed") && SubjectReader.TryRead(ref clause, off - 1, out victims))
            {
                clause.Add(CasualtyKind.Killed, false, victims, victims.First, t + 2);
            }

            return;
        }

        // "took his own life".
        if (!words.IsWord(t - 1, "own") || !words.IsIn(t - 3, CasualtyLexicon.TakeVerbs))
        {
            return;
        }

        victims = VictimPhrases.Shooter(t - 3);
        clause.Add(kind, shot, victims, t - 3, t + 1);
    }
}
