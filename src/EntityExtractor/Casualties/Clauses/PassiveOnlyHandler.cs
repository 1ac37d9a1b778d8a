using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The PassiveOnly trigger form: a participle that counts only in the passive ("was struck by gunfire", "was hit in the leg").</summary>
internal static class PassiveOnlyHandler
{
    /// <summary>Reads the figure of the passiveonly trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        Token token = words.Tokens[t];
        VictimPhrase victims;

        if (Voice.IsPassive(ref clause, t) && !token.GetText(words.Source).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if (SubjectReader.TryRead(ref clause, t, out victims))
            {
                clause.Add(kind, shot, victims, victims.First, t + 1);
            }
        }
        else if (BulletBefore(ref clause, t) && ObjectReader.TryRead(ref clause, t + 1, out victims) && !victims.IsShooter)
        {
            // "the bullet struck Denton in the arm", "a bullet striking the victim".
            clause.Add(kind, shot, victims, t, victims.End);
        }
    }

    public static bool BulletBefore(ref Clause clause, int t)
    {
        ClauseWords words = clause.Words;
        int floor = Math.Max(words.First, t - 12);
        for (int k = t - 1; k >= floor; k--)
        {
            if (words.IsIn(k, CasualtyLexicon.BulletWords) || words.IsWord(k, "fired")
                || (words.IsWord(k, "fire") && words.IsAny(k - 1, "opened", "open", "opening"))
                || (words.IsWord(k, "off") && words.IsAny(k - 1, "went", "goes", "go")))
            {
                // "a stray bullet struck …", "fired twice, hitting the woman", "opened fire, striking five people",
                // "the gun went off, hitting a 9-year-old".
                return true;
            }

            if (words.IsPunct(k, ';') || words.IsPunct(k, ':') || words.IsPersonHead(k) || words.IsAny(k, "he", "she", "they", "him", "them"))
            {
                // "the bullet went through his hand and struck the girl", not across another subject.
                return false;
            }
        }

        return false;
    }
}
