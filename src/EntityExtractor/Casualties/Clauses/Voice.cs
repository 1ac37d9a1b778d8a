using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>Whether a participle is passive ("were killed") or a reduced relative ("two people killed in …").</summary>
internal static class Voice
{
    /// <summary>Whether the participle at <paramref name="t"/> follows a form of "be" or "get" ("were killed", "was fatally shot").</summary>
    public static bool IsPassive(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        t = FirstCoordinated(words, t);

        int i = t - 1;
        int floor = Math.Max(words.First, t - 4);
        while (i >= floor && words.IsIn(i, CasualtyLexicon.PassiveAdverbs))
        {
            if (words.IsWord(i, "been"))
            {
                return true;
            }

            i--;
        }

        return i >= words.First && words.Tokens[i].Kind is TokenKind.Word or TokenKind.Clitic && CasualtyLexicon.PassiveAux.Contains(words.Text(i));
    }

    /// <summary>
    /// Whether the participle at <paramref name="t"/> tells what could have happened, not what did ("Several people could
    /// have been hit", "the driver would not have been hurt", "it could easily have killed her"): a modal and "have"
    /// (and "been") before it.
    /// </summary>
    public static bool IsCounterfactual(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        t = FirstCoordinated(words, t);

        int i = t - 1;
        int floor = Math.Max(words.First, t - 4);
        while (i >= floor && !words.IsWord(i, "been") && words.IsIn(i, CasualtyLexicon.PassiveAdverbs))
        {
            i--;
        }

        if (words.IsWord(i, "been"))
        {
            i--;
        }

        // "could have been hit", and active: "it could easily have killed her".
        if (!words.IsAny(i, "have", "'ve"))
        {
            return false;
        }

        int modal = i - 1;
        if (words.IsIn(modal, CasualtyLexicon.PassiveAdverbs) || words.IsAny(modal, "easily", "very", "well"))
        {
            modal--;
        }

        return words.IsIn(modal, CasualtyLexicon.CounterfactualModals);
    }

    /// <summary>
    /// Whether an active-looking participle with no object can still take its victims from the left: a reduced
    /// relative or headline ("two people killed in the attack", "2 killed, 3 hurt"), not "the man who shot …"
    /// or "Hoch shot a 68".
    /// </summary>
    public static bool AllowsReducedRelative(ref Clause clause, int t, int after)
    {
        ClauseWords words = clause.Words;
        int left = t - 1;
        int leftFloor = Math.Max(words.First, t - 8);
        while (left >= leftFloor && (words.IsIn(left, CasualtyLexicon.ReducedRelativeAdverbs)
            || (words.IsWord(left, "and") && words.IsTriggerWord(left - 1))))
        {
            left -= words.IsWord(left, "and") ? 2 : 1;
        }

        if (left < words.First || words.IsIn(left, CasualtyLexicon.AgentWords))
        {
            return false;
        }

        if (left == t - 1 && words.IsIn(left, CasualtyLexicon.ShotNounDeterminers))
        {
            // "another shot at the title": a noun.
            return false;
        }

        // "2 killed and 4 wounded": a bare count may be followed by another count.
        bool countLeft = QuantityReader.IsNumeric(words.Source, words.Tokens[left]) && !words.IsAgeUnit(left + 1);

        if (after >= words.End)
        {
            return true;
        }

        Token next = words.Tokens[after];
        if (next.Kind == TokenKind.Punctuation)
        {
            return true;
        }

        if (next.Kind == TokenKind.Word && (words.IsTimeWord(after) || words.IsIn(after, CasualtyLexicon.ReducedRelativeFollowers)))
        {
            return !words.IsWord(after, "and") || !words.IsDeterminerLike(after + 1) || countLeft;
        }

        return false;
    }

    /// <summary>
    /// "was shot and killed": the first trigger of a coordinated pair, whose auxiliary the others share (a bounded
    /// walk over at most three "X and" pairs).
    /// </summary>
    private static int FirstCoordinated(ClauseWords words, int t)
    {
        for (int hops = 0; hops < 3 && words.IsWord(t - 1, "and") && words.IsTriggerWord(t - 2); hops++)
        {
            t -= 2;
        }

        return t;
    }
}
