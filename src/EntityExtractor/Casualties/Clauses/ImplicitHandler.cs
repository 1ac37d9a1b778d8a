namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Implicit trigger form: "fatal"/"deadly" before "shooting", "double"/"triple" before "homicide": an implicit count.</summary>
internal static class ImplicitHandler
{
    /// <summary>Reads the figure of the implicit trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        // "a fatal shooting" = at least one killed; "a triple homicide" = three killed. Both re-mention the
        // lead event, so they never add to a stated count.
        int count = words.IsAny(t, "fatal", "deadly") && words.IsIn(t + 1, CasualtyLexicon.IncidentNouns)
            ? 1
            : words.IsIn(t + 1, CasualtyLexicon.HomicideNouns)
                ? (words.IsWord(t, "double") ? 2 : words.IsWord(t, "triple") ? 3 : words.IsWord(t, "quadruple") ? 4 : 0)
                : 0;
        if (count == 0 && words.IsAny(t, "double", "triple", "quadruple") && words.IsAny(t + 1, "shooting", "shootings"))
        {
            // "a double shooting": two people shot, outcome unknown.
            count = words.IsWord(t, "double") ? 2 : words.IsWord(t, "triple") ? 3 : 4;
            shot = true;
            kind = CasualtyKind.Wounded;
        }

        if (count == 0 || words.IsWord(t + 2, "of"))
        {
            return;
        }

        victims = VictimPhrases.Single(t, Mention.Definite);
        victims.Count = count;
        victims.Qualifier = count == 1 ? CasualtyQualifier.AtLeast : CasualtyQualifier.Exact;
        clause.Add(kind, shot, victims, t, t + 2, notObject: true);
    }
}
