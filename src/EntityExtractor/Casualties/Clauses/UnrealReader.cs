namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// Triggers that tell of no event: a counterfactual ("it could easily have killed her", "a stray bullet could have
/// hit him", "several people could have been hurt") or a topic of talk or thought ("he had talked about killing
/// himself"). Such a trigger gives no figure, whatever its form.
/// </summary>
internal static class UnrealReader
{
    /// <summary>Whether the trigger at <paramref name="t"/> tells of something that did not happen.</summary>
    public static bool IsUnreal(ref Clause clause, int t) => Voice.IsCounterfactual(ref clause, t) || IsTopic(clause.Words, t);

    /// <summary>"talked about killing himself", "thought of shooting them": a verb of talk or thought, "about" or "of", the trigger.</summary>
    private static bool IsTopic(in ClauseWords words, int t) =>
        words.IsAny(t - 1, "about", "of") && words.IsIn(t - 2, CasualtyLexicon.TalkThinkVerbs);
}
