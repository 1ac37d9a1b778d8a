using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The WithWounds trigger form: "with" in "three people with gunshot wounds".</summary>
internal static class WithWoundsHandler
{
    /// <summary>Reads the figure of the withwounds trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        // "three other people with gunshot wounds", "a man with a gunshot wound".
        int wound = t + 1;
        bool described = false;
        while (wound < words.End && wound < t + 6 && words.IsIn(wound, CasualtyLexicon.WoundDescriptors))
        {
            described = true;
            wound++;
        }

        if (!words.IsIn(wound, CasualtyLexicon.WoundNouns))
        {
            return;
        }

        VictimPhrase victims;
        if (described && SubjectReader.TryRead(ref clause, t, out victims) && !NamesAPlace(ref clause, victims))
        {
            clause.Add(kind, true, victims, victims.First, wound + 1);
            return;
        }

        // "the victim was taken to a nearby hospital with non-life-threatening injuries",
        // "three other victims showed up at the hospital with gunshot wounds".
        int floor = Math.Max(words.First, t - 10);
        for (int k = t - 1; k >= floor; k--)
        {
            if (described && words.IsPersonHead(k) && LeftPhraseReader.TryReadNpListLeft(ref clause, k, out victims))
            {
                clause.Add(kind, true, victims, victims.First, wound + 1);
                return;
            }

            if (words.IsIn(k, CasualtyLexicon.HospitalVerbs))
            {
                // "were taken to San Francisco General with injuries": bare "injuries" too, after a hospital verb.
                if (SubjectReader.TryRead(ref clause, k, out victims))
                {
                    clause.Add(kind, true, victims, victims.First, wound + 1);
                }

                return;
            }

            if (words.IsTriggerWord(k) || words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, ','))
            {
                return;
            }
        }
    }

    /// <summary>
    /// "was transported to UMC Halverston with serious injuries": a name right after "to" or after a capitalized
    /// word that is no name ("UMC", "Center") is the hospital's, not a victim's.
    /// </summary>
    private static bool NamesAPlace(ref Clause clause, in VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        int before = victims.First - 1;
        return victims.Mention == Mention.Named && before >= words.First
            && (words.IsIn(before, CasualtyLexicon.PlacePrepositions)
                || (words.Tokens[before].Kind == TokenKind.Word && words.Tokens[before].Has(TokenShape.Capitalized) && !words.IsNameWord(before)
                    && !words.IsPersonHead(before)));
    }
}
