using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// The attacker killed by police: "… before officers shot him dead", "Police fired back, killing the gunman", "he was
/// shot and killed by a deputy". Such a figure counts the attacker (<see cref="VictimPhrase.IsShooter"/>), who is
/// not among the people he killed: the summary adds him when his victims were counted as an active verb's object.
/// </summary>
internal static class Attackers
{
    /// <summary>Whether the victims of an active verb at <paramref name="t"/> are the attacker, shot by police to its left.</summary>
    public static bool KilledByPoliceActive(ref Clause clause, int t, in VictimPhrase victims) =>
        NamesAttacker(ref clause, victims) && PoliceAgentBefore(ref clause, t);

    /// <summary>Whether the subject of a passive ending at <paramref name="end"/> is the attacker: "by police" follows.</summary>
    public static bool KilledByPolicePassive(ref Clause clause, int end, in VictimPhrase victims) =>
        NamesAttacker(ref clause, victims) && PoliceAgentAfter(ref clause, end);

    /// <summary>"him", "her", or "the gunman" / "the suspect" (a definite attacker noun).</summary>
    private static bool NamesAttacker(ref Clause clause, in VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        if (victims.Count != 1 || victims.Mention != Mention.Definite)
        {
            return false;
        }

        if (victims.NameToken < 0 && !victims.HasDescription && words.IsAny(victims.First, "him", "he", "her", "she"))
        {
            return true;
        }

        return victims.HasDescription && words.IsIn(victims.DescriptionEnd - 1, CasualtyLexicon.AttackerNouns);
    }

    /// <summary>"police", "officers" as the subject of the verb at <paramref name="t"/>, within a few words to its left.</summary>
    private static bool PoliceAgentBefore(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        int floor = Math.Max(words.First, t - 6);
        for (int k = t - 1; k >= floor; k--)
        {
            if (words.IsIn(k, CasualtyLexicon.PoliceAgents))
            {
                return !words.IsWord(k + 1, "'s");
            }

            if (words.IsPersonHead(k) || words.IsPronoun(k) || words.IsPunct(k, '.') || words.IsPunct(k, ';') || words.IsWord(k, "who"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"by police", "by an off-duty officer", "by sheriff's deputies" at <paramref name="i"/> (after "dead" / "to death").</summary>
    public static bool PoliceAgentAfter(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        if (words.IsWord(i, "dead"))
        {
            i++;
        }
        else if (words.IsWord(i, "to") && words.IsWord(i + 1, "death"))
        {
            i += 2;
        }

        if (!words.IsWord(i, "by"))
        {
            return false;
        }

        int stop = Math.Min(words.End, i + 5);
        for (int k = i + 1; k < stop; k++)
        {
            if (words.IsIn(k, CasualtyLexicon.PoliceAgents))
            {
                return true;
            }

            if (words.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the passive ending at <paramref name="i"/> names a person who did it within a few words ("shot dead
    /// Friday at a rural home by a man", "killed by her husband"); "by gunfire" or "by a car" is no person.
    /// </summary>
    public static bool PersonAgentAfter(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        int stop = Math.Min(words.End, i + 10);
        for (int k = i; k < stop; k++)
        {
            if (words.IsWord(k, "by"))
            {
                int noun = words.IsAny(k + 1, "a", "an", "the", "her", "his", "their") ? k + 2 : k + 1;
                return words.IsPersonHead(noun) || words.IsIn(noun, CasualtyLexicon.AttackerNouns) || words.IsIn(noun, CasualtyLexicon.PoliceAgents);
            }

            if (words.Tokens[k].Kind == TokenKind.Punctuation || words.IsTriggerWord(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an aside between the victims and the verb at <paramref name="t"/> counts the attacker among them ("Seven
    /// people, including the gunman, were killed"); looks at most 12 tokens back.
    /// </summary>
    public static bool AsideIncludesAttacker(ref Clause clause, in VictimPhrase victims, int t)
    {
        ClauseWords words = clause.Words;
        for (int k = Math.Max(victims.End, t - 12); k < t - 1; k++)
        {
            if (words.IsWord(k, "including"))
            {
                int noun = words.IsAny(k + 1, "the", "a", "an") ? k + 2 : k + 1;
                return words.IsIn(noun, CasualtyLexicon.AttackerNouns) || words.IsWord(noun, "himself");
            }
        }

        return false;
    }

    /// <summary>Whether the participle at <paramref name="t"/> follows "before being" / "after getting" (no subject of its own).</summary>
    public static bool IsBeingClause(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        int k = t - 1;
        if (words.IsAny(k, "fatally", "mortally"))
        {
            k--;
        }

        return words.IsAny(k, "being", "getting") && words.IsIn(k - 1, CasualtyLexicon.Subordinators);
    }
}
