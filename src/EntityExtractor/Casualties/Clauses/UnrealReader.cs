namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// Triggers that tell of no event: a counterfactual ("it could easily have killed her", "they would have died") or
/// a topic of talk or thought ("he had talked about killing himself"). Such a trigger gives no figure.
/// </summary>
internal static class UnrealReader
{
    private const int MaxAdverbs = 2;

    /// <summary>Whether the trigger at <paramref name="t"/> tells of something that did not happen.</summary>
    public static bool IsUnreal(in ClauseWords words, int t) => IsCounterfactual(words, t) || IsTopic(words, t);

    /// <summary>"could (easily) have (been) killed", "would have died": a modal, "have", the trigger.</summary>
    private static bool IsCounterfactual(in ClauseWords words, int t)
    {
        int k = t - 1;
        if (words.IsWord(k, "been"))
        {
            k--;
        }

        k = SkipAdverbs(words, k);
        if (!words.IsWord(k, "have"))
        {
            return false;
        }

        // A negated one keeps its figure: "he would not have died if help had come" tells that he died.
        return words.IsIn(SkipAdverbs(words, k - 1), CasualtyLexicon.CounterfactualModals);
    }

    /// <summary>"talked about killing himself", "thought of shooting them": a verb of talk or thought, "about" or "of", the trigger.</summary>
    private static bool IsTopic(in ClauseWords words, int t) =>
        words.IsAny(t - 1, "about", "of") && words.IsIn(t - 2, CasualtyLexicon.TalkThinkVerbs);

    private static int SkipAdverbs(in ClauseWords words, int k)
    {
        for (int skipped = 0; skipped < MaxAdverbs && words.IsIn(k, CasualtyLexicon.CounterfactualAdverbs); skipped++)
        {
            k--;
        }

        return k;
    }
}
