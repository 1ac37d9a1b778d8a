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

        int stop = Math.Min(words.End, t + 8);
        int h = -1;
        for (int k = t + 2; k < stop; k++)
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

        if (h >= 0 && SubjectReader.TryRead(ref clause, t, out VictimPhrase victims))
        {
            clause.Add(kind, true, victims, victims.First, h + 1);
        }
    }
}
