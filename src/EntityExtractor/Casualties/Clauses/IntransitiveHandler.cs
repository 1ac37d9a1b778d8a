using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Intransitive trigger form: an intransitive verb ("died"): the victims precede.</summary>
internal static class IntransitiveHandler
{
    /// <summary>Reads the figure of the intransitive trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (IsNaturalDeath(ref clause, t) || (words.IsAny(t, "passed", "passes") && !words.IsWord(t + 1, "away")))
        {
            return;
        }

        if (SubjectReader.TryRead(ref clause, t, out VictimPhrase victims))
        {
            // "passed away" states the figure with both words.
            clause.Add(kind, shot, victims, victims.First, words.IsAny(t, "passed", "passes") ? t + 2 : t + 1);
        }
    }

    /// <summary>"died at 79", "died of cancer", "died from AIDS": not a casualty.</summary>
    public static bool IsNaturalDeath(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        if (words.IsWord(t + 1, "at") && t + 2 < words.End && words.Tokens[t + 2].Kind == TokenKind.Number && !words.IsIn(t + 3, CasualtyLexicon.ClockMarks))
        {
            return true;
        }

        int k = t + 1;
        if (!words.IsAny(k, "of", "from", "after"))
        {
            return false;
        }

        k++;
        if (words.IsIn(k, CasualtyLexicon.NaturalDeathModifiers))
        {
            k++;
        }

        return words.IsIn(k, CasualtyLexicon.NaturalCauses);
    }
}
