namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Adjective trigger form: a predicate adjective ("dead", "missing"): "5 dead", "were found dead".</summary>
internal static class AdjectiveHandler
{
    /// <summary>Reads the figure of the adjective trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (words.IsWord(t - 1, "the") && words.IsWord(t - 2, "among") && words.IsAny(t + 1, "were", "are", "was", "is"))
        {
            // "Among the dead were two journalists and a paramedic".
            if (ObjectReader.TryRead(ref clause, t + 2, out victims) && !victims.IsShooter)
            {
                clause.Add(kind, shot, victims, t - 2, victims.End, notObject: true);
            }

            return;
        }

        if (words.IsAny(t - 1, "her", "him", "them") && words.IsAny(t - 2, "pronounced", "found", "declared", "left")
            && !words.FollowedByNoun(t))
        {
            // "they pronounced her dead", "found him dead": the object is dead.
            victims = VictimPhrases.Single(t - 1, Mention.Definite);
            if (words.IsWord(t - 1, "them"))
            {
                victims = clause.LastSubjectTrigger >= 0 && clause.LastSubject.Count > 1 ? clause.LastSubject : default;
                victims.First = t - 1;
                victims.End = t;
                victims.Mention = Mention.Definite;
                victims.DescriptionFirst = victims.DescriptionEnd = 0;
            }

            clause.Add(kind, shot, victims, t - 2, t + 1, notObject: true);
            return;
        }

        if (words.IsDeterminerBefore(t) || words.FollowedByNoun(t))
        {
            return;
        }

        if (words.IsAny(t - 1, "him", "her") && words.IsAny(t - 2, "shot", "shoots"))
        {
            // "officers shot him dead": the participle reads it.
            return;
        }

        if (words.IsWord(t, "unaccounted") && !words.IsWord(t + 1, "for"))
        {
            return;
        }

        if (SubjectReader.TryRead(ref clause, t, out victims))
        {
            clause.Add(kind, shot, victims, victims.First, t + 1);
        }
    }
}
