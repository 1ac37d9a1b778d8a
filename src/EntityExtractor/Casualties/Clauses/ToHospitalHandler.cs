using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The ToHospital trigger form: "taken" in "was taken to a hospital": hurt, outcome unknown.</summary>
internal static class ToHospitalHandler
{
    /// <summary>Reads the figure of the tohospital trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        // "the victim was taken to a local hospital": hurt, outcome unknown (like "shot").
        if (!Voice.IsPassive(ref clause, t) || !words.IsWord(t + 1, "to"))
        {
            return;
        }

        int h = HospitalAfter(words, t + 2);
        if (h >= 0 && SubjectReader.TryRead(ref clause, t, out VictimPhrase victims))
        {
            clause.Add(kind, true, victims, victims.First, h + 1);
        }
    }

    /// <summary>
    /// "Two others drove themselves to a hospital", "the man took himself to the hospital": a verb of going at
    /// <paramref name="verb"/>, a reflexive, "to" and a hospital; hurt, outcome unknown, like "taken to a hospital".
    /// Returns whether <paramref name="verb"/> is a verb of going, so the reflexive is read here, figure or not.
    /// </summary>
    public static bool ReadSelfTransport(ref Clause clause, int verb)
    {
        ClauseWords words = clause.Words;
        if (!words.IsIn(verb, CasualtyLexicon.SelfTransportVerbs))
        {
            return false;
        }

        int h = words.IsWord(verb + 2, "to") ? HospitalAfter(words, verb + 3) : -1;
        if (h >= 0 && SubjectReader.TryRead(ref clause, verb, out VictimPhrase victims))
        {
            clause.Add(CasualtyKind.Wounded, true, victims, victims.First, h + 1);
        }

        return true;
    }

    /// <summary>The last token of the hospital named from token <paramref name="to"/> on ("a local hospital", "Grady Memorial Hospital"), or -1.</summary>
    private static int HospitalAfter(ClauseWords words, int to)
    {
        int stop = Math.Min(words.End, to + 6);
        int h = -1;
        for (int k = to; k < stop; k++)
        {
            if (words.IsAny(k, "hospital", "hospitals"))
            {
                h = k;
                break;
            }

            if (words.IsIn(k, CasualtyLexicon.NotHospitalNouns))
            {
                // "taken to the medical examiner's office", "to a police station".
                h = -1;
                break;
            }

            if (words.Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (words.IsIn(k, CasualtyLexicon.HospitalNouns) || (h >= 0 && k == h + 1 && words.Tokens[k].Has(TokenShape.Capitalized)))
            {
                // "to a trauma center", "to San Francisco General", "to Grady Memorial Hospital": the name runs on.
                h = k;
            }
            else if (h >= 0)
            {
                break;
            }
        }

        return h;
    }
}
