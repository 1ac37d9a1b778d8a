using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// Reads the victims to the left of a trigger: the subject of a passive, an intransitive or a predicate adjective
/// ("four people were killed", "the victim died", "5 dead"), across auxiliaries, adverbs, asides and coordinated
/// verbs ("was shot and later died"). Remembers the last subject for "they" and for a later verb of the same subject.
/// </summary>
internal static class SubjectReader
{
    /// <summary>Reads the subject of the trigger at <paramref name="trigger"/>, unless it is counted away ("none of the 200 passengers").</summary>
    public static bool TryRead(ref Clause clause, int trigger, out VictimPhrase victims) =>
        TryReadSubjectPhrase(ref clause, trigger, out victims) && !NegatedFromLeft(ref clause, victims.First);

    /// <summary>"None of the 200 passengers", "neither of the two guards", "not one of the": a subject counted away.</summary>
    public static bool NegatedFromLeft(ref Clause clause, int first)
    {
        ClauseWords words = clause.Words;
        int of = first - 1;
        if (!words.IsWord(of, "of"))
        {
            return false;
        }

        return words.IsAny(of - 1, "none", "neither") || (words.IsWord(of - 1, "one") && words.IsNegation(of - 2));
    }

    /// <summary>Reads the subject phrase left of <paramref name="trigger"/> and remembers it as the clause's last subject.</summary>
    public static bool TryReadSubjectPhrase(ref Clause clause, int trigger, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        int i = trigger - 1;
        bool also = false;
        bool pluralVerb = false;
        int skipFloor = Math.Max(words.First, trigger - 12);
        while (i >= skipFloor)
        {
            if (words.IsNegation(i))
            {
                return false;
            }

            if (words.IsWord(i, "and") && i - 1 >= words.First && words.IsTriggerWord(i - 1) && !words.IsDeterminerBefore(i - 1))
            {
                // "was shot and killed", "were killed and wounded".
                i -= 2;
                continue;
            }

            if (words.IsWord(i, "both") && !CasualtyLexicon.PassiveAux.Contains(i - 1 >= words.First ? words.Text(i - 1) : default))
            {
                // "Both died": the subject itself.
                break;
            }

            if (words.Tokens[i].Kind == TokenKind.Word && CasualtyLexicon.SkipLeft.Contains(words.Text(i)))
            {
                also |= words.IsWord(i, "also");
                pluralVerb |= words.IsAny(i, "were", "are", "have");
                i--;
                continue;
            }

            if (words.Tokens[i].Kind == TokenKind.Clitic && words.IsAny(i, "'s", "'re"))
            {
                i--;
                continue;
            }

            if (words.IsWord(i, "up") && words.IsAny(i - 1, "wound", "ended", "end", "ends", "winds"))
            {
                // "Three people wound up dead", "ended up getting shot".
                i -= 2;
                continue;
            }

            break;
        }

        if (i < words.First)
        {
            return false;
        }

        if (words.IsIn(i, CasualtyLexicon.Subordinators) && words.IsAny(i + 1, "being", "getting"))
        {
            // "Four people are recovering after being shot": the main clause's subject.
            int floor = Math.Max(words.First, i - 8);
            for (int k = i - 1; k >= floor; k--)
            {
                if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, ','))
                {
                    return false;
                }

                if ((words.IsPersonHead(k) || words.IsAny(k, "he", "she")) && LeftPhraseReader.TryReadNpListLeft(ref clause, k, out victims))
                {
                    clause.LastSubject = victims;
                    clause.LastSubjectTrigger = trigger;
                    return true;
                }
            }

            return false;
        }

        if (words.IsAny(i, "who", "that"))
        {
            i--;
            if (words.IsPunct(i, ','))
            {
                i--;
            }
        }
        else if (words.IsWord(i, "and") || words.IsPunct(i, ','))
        {
            // "was shot in the chest and later died": the earlier verb's subject.
            int j = words.IsPunct(i, ',') ? i - 1 : i;
            if (!LeftPhraseReader.TryReadNpListLeft(ref clause, SkipAsideLeft(ref clause, j), out _))
            {
                if (clause.LastSubjectTrigger >= 0)
                {
                    victims = clause.LastSubject;
                    victims.Mention = victims.Mention == Mention.Indefinite ? Mention.Definite : victims.Mention;
                    return true;
                }

                // "The boy was taken off life support and passed away": the clause's subject opens the sentence.
                if (words.IsWord(i, "and") && (TryReadOpeningSubject(ref clause, i, out victims) || TryReadAuxSubject(ref clause, i, out victims)))
                {
                    return true;
                }
            }
        }

        i = SkipAsideLeft(ref clause, i);
        if (i < words.First)
        {
            return false;
        }

        if (!LeftPhraseReader.TryReadNpListLeft(ref clause, i, out victims))
        {
            // "an 18-year-old female from Milwaukee was shot": the person before a short prepositional phrase.
            int floor = Math.Max(words.First, i - 9);
            int k = i;
            bool found = false;
            int headEnd = -1;
            while (k > floor && words.Tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number && !words.IsTriggerWord(k))
            {
                if ((words.IsDash(k - 1) || words.IsPunct(k - 1, ')')) && words.IsIn(k, CasualtyLexicon.PostHeadPrepositions)
                    && SkipAsideLeft(ref clause, k - 1) is int beforeAside && beforeAside < k - 1 && words.IsPersonHead(beforeAside))
                {
                    // "Two suspects - another man and a woman - from the vehicle were hit": an aside, then the phrase.
                    found = true;
                    headEnd = beforeAside;
                    break;
                }

                if (words.IsPersonHead(k - 1) && (words.IsIn(k, CasualtyLexicon.PostHeadPrepositions)
                    || (words.Tokens[k].Has(TokenShape.AllLower) && words.Text(k).EndsWith("ing", StringComparison.Ordinal))
                    || words.IsAny(k, "was", "were", "is", "are")))
                {
                    // "an 18-year-old female from Milwaukee was shot", "a man sitting on a porch was killed".
                    found = true;
                    break;
                }

                k--;
            }

            if (!found && words.IsPunct(k, ',') && words.IsAny(k + 1, "of", "from") && k - 2 >= words.First
                && words.Tokens[k - 1].Kind == TokenKind.Number && words.IsPunct(k - 2, ',') && words.IsNameWord(k - 3))
            {
                // "Ralph Ledford, 46, of Ashfield Township was found dead": a name, its age and its home town.
                found = true;
            }

            if (!found || !LeftPhraseReader.TryReadNpListLeft(ref clause, headEnd >= 0 ? headEnd : k - 1, out victims))
            {
                // "The 4-year-old girl who was shot inside a home on Larkspur Parkway has died".
                if (!TryReadRelativeHead(ref clause, i, out victims) && !TryReadReducedRelativeHead(ref clause, i, out victims))
                {
                    return false;
                }
            }
        }

        if (words.IsWord(victims.First - 1, "including") && words.IsPunct(victims.First - 2, ',') && !words.IsAny(victims.End, "who", "that")
            && LeftPhraseReader.TryReadNpListLeft(ref clause, victims.First - 3, out VictimPhrase whole) && whole.Count > victims.Count)
        {
            // "At least six fighters, including a field commander of the brigade were killed": an aside left open, so
            // the verb's subject is the group before it (not in "five men, including a soldier who was wounded").
            victims = whole;
        }

        AddAlongWith(ref clause, trigger, ref victims);

        if (pluralVerb && victims.Mention == Mention.Named && victims.First == victims.NameToken)
        {
            // "Stocks were killed": one name does not take "were".
            return false;
        }

        if (also && victims.Mention is Mention.Indefinite or Mention.Named)
        {
            victims.Mention = Mention.Additive;
        }

        victims.Also = also;

        clause.LastSubject = victims;
        clause.LastSubjectTrigger = trigger;
        return true;
    }

    /// <summary>
    /// "Ann Vole, along with Bo Fenn and Cal Dree, died", "the night Ann Vole, along with two friends all died": the
    /// people "along with" / "together with" the subject share its verb, so they are counted with it.
    /// </summary>
    private static void AddAlongWith(ref Clause clause, int trigger, ref VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        if (victims.Qualifier != CasualtyQualifier.Exact || words.IsWord(victims.First - 1, "of"))
        {
            // "one of two people, along with a student, killed": the count already holds them.
            return;
        }

        int with = victims.End + 2;
        if (words.IsPunct(victims.End, ',') && words.IsIn(victims.End + 1, CasualtyLexicon.AlongWith) && words.IsWord(with, "with"))
        {
            // The aside closed by a comma, skipped on the way left: its list follows "with".
            if (ObjectReader.TryRead(ref clause, with + 1, out VictimPhrase others) && others.End < trigger
                && others.Qualifier == CasualtyQualifier.Exact && !others.IsShooter)
            {
                Join(ref victims, others.Count, victims.First);
            }

            return;
        }

        with = victims.First - 1;
        if (words.IsWord(with, "with") && words.IsIn(with - 1, CasualtyLexicon.AlongWith) && words.IsPunct(with - 2, ',')
            && LeftPhraseReader.TryReadNpListLeft(ref clause, with - 3, out VictimPhrase head) && head.Qualifier == CasualtyQualifier.Exact)
        {
            // An aside left open ("Ann Vole, along with Bo Fenn and Cal Dree all died"): the list was read, not its head.
            Join(ref victims, head.Count, head.First);
        }
    }

    private static void Join(ref VictimPhrase victims, int more, int first)
    {
        victims.Count = CasualtyCount.Add(victims.Count, more);
        victims.First = first;
        victims.Mention = Mention.Counted;
        victims.NameToken = -1;
    }

    public static void RememberAgent(ref Clause clause, int t)
    {
        int saved = clause.LastSubjectTrigger;
        if (!TryRead(ref clause, t, out _))
        {
            clause.LastSubjectTrigger = saved;
        }
    }

    /// <summary>Reads the subject that opens the sentence ("The boy was …"), when it ends within its first tokens.</summary>
    public static bool TryReadOpeningSubject(ref Clause clause, int limit, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        int stop = Math.Min(limit, words.First + 8);
        for (int k = words.First; k < stop; k++)
        {
            if (words.IsAny(k, "he", "she") || (words.IsPersonHead(k) && !words.IsPersonHead(k + 1)))
            {
                bool verbFollows = k + 1 < words.End && words.Tokens[k + 1].Kind is TokenKind.Word or TokenKind.Clitic
                    && (CasualtyLexicon.PassiveAux.Contains(words.Text(k + 1)) || words.IsAny(k + 1, "has", "had", "later")
                        || (words.Tokens[k + 1].Has(TokenShape.AllLower) && words.Text(k + 1).EndsWith("ed", StringComparison.Ordinal)));
                return verbFollows && LeftPhraseReader.TryReadNpListLeft(ref clause, k, out victims);
            }

            if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the verb coordinated before "and" at <paramref name="and"/>, found as a person noun right before
    /// an auxiliary within the clause: "authorities went to a hospital where a shooting victim had been dropped off for
    /// treatment and later died".
    /// </summary>
    public static bool TryReadAuxSubject(ref Clause clause, int and, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        int floor = Math.Max(words.First, and - 14);
        for (int k = and - 2; k >= floor; k--)
        {
            if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, ',') || words.IsWord(k, "and"))
            {
                return false;
            }

            if (words.IsPersonHead(k) && !words.IsPluralHead(k) && words.IsAny(k + 1, "had", "has", "was", "is"))
            {
                if (!LeftPhraseReader.TryReadNpListLeft(ref clause, k, out victims))
                {
                    return false;
                }

                victims.Mention = victims.Mention == Mention.Indefinite ? Mention.Definite : victims.Mention;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds "NP who …" to the left of <paramref name="i"/> within the clause and reads the NP.</summary>
    public static bool TryReadRelativeHead(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        int floor = Math.Max(words.First, i - 16);
        for (int k = i; k > floor; k--)
        {
            if (words.IsPunct(k, '.') || words.IsPunct(k, ';') || words.IsPunct(k, ':'))
            {
                return false;
            }

            if (words.IsWord(k, "who"))
            {
                int head = words.IsPunct(k - 1, ',') ? k - 2 : k - 1;
                return head >= words.First && LeftPhraseReader.TryReadNpListLeft(ref clause, SkipAsideLeft(ref clause, head), out victims);
            }
        }

        return false;
    }

    /// <summary>
    /// Finds "NP shot/wounded/hospitalized …" to the left of <paramref name="i"/>, a person noun followed by a participle
    /// with no object, and reads the NP: "A teenager shot in the head in her front yard has died", "An Brantwell teen
    /// hospitalized after a weekend shooting has died".
    /// </summary>
    public static bool TryReadReducedRelativeHead(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        int floor = Math.Max(words.First, i - 14);
        for (int k = i - 1; k >= floor; k--)
        {
            if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsPunct(k, '-'))
            {
                return false;
            }

            int participle = k + 1;
            if (participle >= words.End || words.Tokens[participle].Kind != TokenKind.Word || !CasualtyLexicon.MightBeTrigger(words.Text(participle))
                || !CasualtyLexicon.Triggers.TryGetValue(words.Text(participle), out Trigger trigger) || trigger.Form != TriggerForm.Participle
                || !words.IsPersonHead(k)
                || trigger.Kind != CasualtyKind.Wounded || !words.Tokens[participle].Has(TokenShape.AllLower)
                || !(words.IsIn(participle + 1, CasualtyLexicon.PlacePrepositions) || words.IsIn(participle + 1, CasualtyLexicon.ReducedRelativeFollowers)
                    || words.IsIn(participle + 1, CasualtyLexicon.TimeWords)))
            {
                continue;
            }

            if (!LeftPhraseReader.TryReadNpListLeft(ref clause, k, out victims))
            {
                return false;
            }

            if (words.IsWord(victims.First - 1, "of")
                && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, victims.First - 2, words.First, out Quantity some) && some.Value < victims.Count)
            {
                // "One of four women wounded in a shooting has died": one of the wounded moves to the dead.
                victims = VictimPhrases.Counted(some, some.First, participle + 1);
                victims.Mention = Mention.Additive;
                victims.FromWounded = true;
                return true;
            }

            if (victims.Mention == Mention.Indefinite)
            {
                // The person the participle told of, now told of again.
                victims.Mention = Mention.Definite;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Skips an age range without commas ending at <paramref name="i"/>, reading leftwards: "four boys between ages 12
    /// and 16", "five children between the ages of 9 and 15", "three men aged 20 to 25". Returns the token before it,
    /// or <paramref name="i"/> when there is none.
    /// </summary>
    private static int SkipAgeRangeLeft(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        if (i - 3 < words.First || words.Tokens[i].Kind != TokenKind.Number || !words.IsAny(i - 1, "and", "to")
            || words.Tokens[i - 2].Kind != TokenKind.Number)
        {
            return i;
        }

        int k = i - 3;
        if (words.IsWord(k, "aged"))
        {
            return k - 1;
        }

        if (words.IsWord(k, "of"))
        {
            k--;
        }

        if (!words.IsAny(k, "ages", "age"))
        {
            return i;
        }

        k -= words.IsWord(k - 1, "the") ? 2 : 1;
        return words.IsWord(k, "between") ? k - 1 : i;
    }

    /// <summary>
    /// Skips asides closed just before a verb, reading leftwards: "four people, including two children," /
    /// "Smith, 25, of Morgantown," / "the victim (John Doe)" / "three others – including two children –".
    /// </summary>
    public static int SkipAsideLeft(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        i = SkipAgeRangeLeft(ref clause, i);
        for (int round = 0; round < 3 && i >= words.First; round++)
        {
            char open;
            int person = words.IsPunct(i, ',') ? LeftPhraseReader.SkipAgesLeft(ref clause, i - 1) : i - 1;
            if (person != i - 1)
            {
                // "The other three men, ages 18, 22 and 27, were": the ages hold commas of their own.
                i = person;
                continue;
            }

            if (words.IsPunct(i, ','))
            {
                open = ',';
            }
            else if (words.IsPunct(i, ')'))
            {
                open = '(';
            }
            else if (words.IsDash(i))
            {
                open = words.Source[words.Tokens[i].Start];
                if (words.Tokens[i].Length == 2)
                {
                    // "--": find the matching "--".
                    int back = i - 1;
                    int stop = Math.Max(words.First, i - 20);
                    while (back >= stop && !(words.IsDash(back) && words.Tokens[back].Length == 2))
                    {
                        back--;
                    }

                    if (back < stop)
                    {
                        return i;
                    }

                    i = back - 1;
                    continue;
                }
            }
            else
            {
                return i;
            }

            int found = -1;
            int floor = Math.Max(words.First, i - 20);
            for (int k = i - 1; k >= floor; k--)
            {
                if (words.IsPunct(k, open) && !(open == ',' && k - 1 >= words.First && words.Tokens[k - 1].Kind == TokenKind.Number
                    && words.Tokens[k + 1].Kind == TokenKind.Number))
                {
                    // Not the comma of a list of ages ("three men ages 16, 21 and 22 and a woman,").
                    found = k;
                    break;
                }

                if (words.IsPunct(k, '.') || words.IsPunct(k, ';') || words.IsAny(k, "and", "but") && words.IsPunct(k - 1, ','))
                {
                    break;
                }
            }

            if (found < 0)
            {
                return open == ',' ? i - 1 : i;
            }

            i = found - 1;
            if (i - 1 >= words.First && words.Tokens[i].Kind == TokenKind.Number && words.IsPunct(i - 1, ','))
            {
                // "Smith, 25, of Morgantown,": the age appositive too.
                i -= 2;
            }
        }

        return i;
    }
}
