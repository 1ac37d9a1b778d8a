using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The DeathOf trigger form: "death" in "the (shooting) death of a 17-month-old".</summary>
internal static class DeathOfHandler
{
    /// <summary>Reads the figure of the "death of" trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (words.IsWord(t, "loss") && !(words.IsWord(t - 1, "the") && words.IsIn(t - 2, CasualtyLexicon.MourningVerbs)))
        {
            // Only "mourning the loss of their nephew" is a death ("the loss of a job", "a loss of 2 million" are not).
            return;
        }

        if (!words.IsWord(t + 1, "of"))
        {
            // "three deaths".
            if (words.IsAny(t, "deaths", "killings", "murders", "slayings") && t - 1 >= words.First
                && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, t - 1, words.First, out Quantity counted))
            {
                victims = VictimPhrases.Counted(counted, counted.First, t + 1);
                clause.Add(kind, shot, victims, counted.First, t + 1);
            }
            else if (words.IsWord(t, "death") && words.IsWord(t - 1, "shooting") && !words.IsAny(t + 1, "penalty", "toll", "threats", "threat"))
            {
                // "police are investigating a shooting death": at least one killed, a re-mention like "a fatal shooting".
                victims = VictimPhrases.Single(t - 1, Mention.Definite);
                victims.Qualifier = CasualtyQualifier.AtLeast;
                victims.End = t + 1;
                clause.Add(kind, shot, victims, t - 1, t + 1, notObject: true);
            }

            return;
        }

        ReadDeathOf(ref clause, t, kind, shot);
    }

    /// <summary>"the (shooting) death of a 17-month-old", "the murders of two teens".</summary>
    public static void ReadDeathOf(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (shot && words.IsAny(t - 1, "fatal", "deadly"))
        {
            // "the fatal shooting of a 15-year-old girl".
            kind = CasualtyKind.Killed;
            shot = false;
        }

        if (!words.IsWord(t + 1, "of") || !ObjectReader.TryRead(ref clause, t + 2, out VictimPhrase victims) || victims.IsShooter)
        {
            return;
        }

        if (words.IsWord(t, "loss") && victims.Count == 1)
        {
            // "Classmates gathered to mourn the loss of Reede": the dead, told of again.
            victims.Mention = Mention.Definite;
        }

        clause.Add(kind, shot, victims, t, victims.End, notObject: true);
    }
}
