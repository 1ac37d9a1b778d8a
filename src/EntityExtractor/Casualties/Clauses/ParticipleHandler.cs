using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>The Participle trigger form: a past participle or past tense ("killed", "shot", "wounded"): passive subject or active object.</summary>
internal static class ParticipleHandler
{
    /// <summary>Reads the figure of the participle trigger at token <paramref name="t"/>.</summary>
    public static void Read(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        VictimPhrase victims;

        if (shot && words.IsWord(t + 1, "and") && words.IsTriggerWord(t + 2))
        {
            // "shot and killed": the second verb counts.
            return;
        }

        if (words.IsWord(t, "gunned") && !words.IsWord(t + 1, "down"))
        {
            return;
        }

        if (words.IsAny(t - 1, "fatally", "mortally") || (words.IsWord(t - 1, "and") && words.IsAny(t - 2, "fatally", "mortally")))
        {
            kind = CasualtyKind.Killed;
            shot = false;
        }
        else if (kind == CasualtyKind.Wounded && words.IsAny(t - 1, "critically", "gravely"))
        {
            // "critically injured": alive for now, the outcome is open (counted like "shot").
            shot = true;
        }

        int after = t + 1;
        if (words.IsWord(t, "gunned"))
        {
            after++;
        }

        if (shot && (words.IsWord(after, "dead") || (words.IsWord(after, "to") && words.IsWord(after + 1, "death"))))
        {
            kind = CasualtyKind.Killed;
            shot = false;
            after += words.IsWord(after, "dead") ? 1 : 2;
        }

        victims = default;
        if (words.IsAny(t, "hurt") && words.IsIn(after, CasualtyLexicon.ObjectPronouns))
        {
            // "didn't mean to hurt him": seldom a casualty.
            return;
        }

        if (!Voice.IsPassive(ref clause, t) && ObjectReader.TryRead(ref clause, after, out victims))
        {
            if (victims.IsShooter || victims.ShooterInList)
            {
                // "shot himself … and later died": the agent is the victim.
                SubjectReader.RememberAgent(ref clause, t);
                if (victims.IsShooter && ((clause.LastSubjectTrigger == t && IsChild(words, clause.LastSubject)) || IsAccident(words, t)))
                {
                    // "A 3-year-old boy shot himself", "was playing with it and accidentally shot and killed himself":
                    // the child, or whoever shot himself by accident, is the victim, not an attacker whose death adds one.
                    victims.IsShooter = false;
                }
            }

            if (victims.ShooterInList && kind == CasualtyKind.Killed && !shot)
            {
                clause.Add(kind, false, VictimPhrases.Shooter(victims.End - 1), victims.End - 1, victims.End);
            }

            if (shot && words.IsWord(victims.End, "to") && words.IsWord(victims.End + 1, "death"))
            {
                kind = CasualtyKind.Killed;
                shot = false;
                victims.End += 2;
            }
            else if (shot && words.IsWord(victims.End, "dead") && victims.Count == 1 && words.IsPronoun(victims.First))
            {
                // "officers shot him dead".
                kind = CasualtyKind.Killed;
                shot = false;
                victims.End++;
            }

            if (kind == CasualtyKind.Killed && !shot && Attackers.KilledByPoliceActive(ref clause, t, victims))
            {
                // "The gunman killed two customers before officers shot him dead": the gunman is a third dead.
                victims.IsShooter = true;
            }

            clause.Add(kind, shot, victims, t, victims.End);
            ReadFatallyTail(ref clause, victims.End, victims);
            return;
        }

        if (words.IsAny(t, "shoots", "kills", "injures") && ReadBareObject(ref clause, t, after, kind, shot))
        {
            return;
        }

        if (ReadInverted(ref clause, t, kind, shot))
        {
            return;
        }

        if (words.IsAny(t, "shoots", "injures"))
        {
            // The present tense is active: its victims follow ("shoots man dead"), the words before are the shooter.
            return;
        }

        bool passive = Voice.IsPassive(ref clause, t);
        if ((passive || Voice.AllowsReducedRelative(ref clause, t, after)) && SubjectReader.TryRead(ref clause, t, out victims) && (passive || victims.Mention != Mention.Named))
        {
            int end = Math.Max(after, t + 1);
            if (passive && kind == CasualtyKind.Killed && !shot)
            {
                if (Attackers.KilledByPolicePassive(ref clause, end, victims))
                {
                    // "he was shot dead by police": the attacker.
                    victims.IsShooter = true;
                }
                else if (Attackers.IsBeingClause(ref clause, t) && Attackers.PoliceAgentAfter(ref clause, end))
                {
                    // "The gunman killed two customers before being shot dead by police": the main clause's subject, the attacker.
                    victims = VictimPhrases.Shooter(t);
                }
            }

            // "A woman was shot and killed", "four people were shot dead … by a man": not the attacker, should he kill
            // himself ("seven people, including the gunman, were killed" are counted with him).
            bool byAnother = passive && kind == CasualtyKind.Killed && !shot && !victims.IsShooter
                && (victims.Count == 1 || Attackers.PersonAgentAfter(ref clause, end)) && !Attackers.AsideIncludesAttacker(ref clause, victims, t);
            clause.Add(kind, shot, victims, victims.First, end, byAnother: byAnother);
            ReadFatallyTail(ref clause, end, victims);
        }
    }

    /// <summary>Whether an accident adverb leads the verb group of <paramref name="t"/>: "accidentally shot himself", "accidentally shot and killed himself".</summary>
    private static bool IsAccident(ClauseWords words, int t)
    {
        const int VerbGroup = 3;
        for (int k = t - 1; k >= Math.Max(words.First, t - VerbGroup); k--)
        {
            if (words.IsIn(k, CasualtyLexicon.AccidentAdverbs))
            {
                return true;
            }

            if (!words.IsTriggerWord(k) && !words.IsAny(k, "and", "then"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Guard shoots man dead", "Father accidentally shoots daughter", "Man kills wife": a headline's present-tense verb
    /// with a bare singular person noun (no determiner) as its object is one person. Only the present tense: a past
    /// participle before a bare noun is a modifier ("the wounded man").
    /// </summary>
    private static bool ReadBareObject(ref Clause clause, int t, int after, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (!ObjectParts.TryReadOnePerson(ref clause, after, Mention.Indefinite, out VictimPhrase victims)
            || words.Tokens[victims.End - 1].Has(TokenShape.AllCaps))
        {
            return false;
        }

        int end = victims.End;
        if (shot && words.IsWord(end, "dead"))
        {
            kind = CasualtyKind.Killed;
            shot = false;
            end++;
        }

        clause.Add(kind, shot, victims, t, end);
        return true;
    }

    /// <summary>Whether <paramref name="subject"/> is one child: "the toddler", "a 3-year-old boy", "a 4-year-old".</summary>
    private static bool IsChild(ClauseWords words, in VictimPhrase subject)
    {
        if (subject.Count != 1 || !subject.HasDescription)
        {
            return false;
        }

        int head = subject.DescriptionEnd - 1;
        if (words.IsIn(head, CasualtyLexicon.ChildNouns))
        {
            return true;
        }

        // "a 4-year-old", "a four-year-old": a young age as the head.
        return words.Text(head).EndsWith("-old", StringComparison.OrdinalIgnoreCase) && NumberWords.TryParseAge(words.Text(head), out int years) && years < 13;
    }

    /// <summary>
    /// "Injured in the gunfire were a 5-year-old boy and a 20-year-old woman", "Also killed were Victor Ortiz, 22,
    /// and …": a participle that opens the sentence, then "was"/"were" and the victims.
    /// </summary>
    private static bool ReadInverted(ref Clause clause, int t, CasualtyKind kind, bool shot)
    {
        ClauseWords words = clause.Words;
        if (t != words.First && !(t == words.First + 1 && words.IsAny(words.First, "also", "fatally", "critically", "seriously")))
        {
            return false;
        }

        int stop = Math.Min(words.End, t + 10);
        for (int k = t + 1; k < stop; k++)
        {
            if (words.IsAny(k, "was", "were", "are", "is"))
            {
                if (k + 1 < words.End && ObjectReader.TryRead(ref clause, k + 1, out VictimPhrase victims) && !victims.IsShooter)
                {
                    // "Also killed were …" is not marked as added: after a group it lists some of it ("six people were shot …
                    // Also injured were three boys").
                    clause.Add(kind, shot, victims, t - (words.IsWord(t - 1, "also") ? 1 : 0), victims.End, notObject: true);
                    return true;
                }

                return false;
            }

            if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, ',') || words.IsTriggerWord(k) || words.IsPersonHead(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"…were shot, one fatally" / "…, two of them fatally": adds the killed part.</summary>
    public static void ReadFatallyTail(ref Clause clause, int i, VictimPhrase whole)
    {
        ClauseWords words = clause.Words;
        if (!words.IsPunct(i, ',') || whole.Count < 2)
        {
            return;
        }

        int k = i + 1;
        if (!QuantityReader.TryRead(words.Source, words.Tokens, k, words.End, out Quantity q))
        {
            return;
        }

        int j = q.End;
        if (words.IsWord(j, "of") && words.IsAny(j + 1, "them", "whom"))
        {
            j += 2;
        }

        if (words.IsAny(j, "fatally", "mortally") && (q.Value < whole.Count || (q.Value == whole.Count && whole.Qualifier == CasualtyQualifier.AtLeast)))
        {
            var victims = VictimPhrases.Counted(q, k, j + 1);
            victims.Mention = Mention.Counted;
            clause.Add(CasualtyKind.Killed, false, victims, k, j + 1);
        }
    }
}
