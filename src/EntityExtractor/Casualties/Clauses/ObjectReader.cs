using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>Reads the victims to the right of an active verb or gerund ("killing two people", "shot his wife and then himself").</summary>
internal static class ObjectReader
{
    /// <summary>Reads the victims that start at token <paramref name="i"/>, after an active verb or "of": one noun phrase or a list of them.</summary>
    public static bool TryRead(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        while (i < words.End && (words.IsIn(i, CasualtyLexicon.ObjectAdverbs)
            || (words.IsWord(i, "all") && i + 1 < words.End && QuantityReader.IsNumeric(words.Source, words.Tokens[i + 1]))))
        {
            // "killed all 72 people on board".
            i++;
        }

        if (words.IsWord(i, "both") && ObjectParts.IsBareBoth(ref clause, i, out int bothEnd))
        {
            // "shot his girlfriend and her son, wounding both", "shot both of them": the two told of, again.
            victims = VictimPhrases.Single(i, Mention.Definite);
            victims.Count = 2;
            victims.End = bothEnd;
            return true;
        }

        if (words.IsWord(i, "both") && !TryReadNpRight(ref clause, i, out victims))
        {
            // "hit both Dorian Pell and the boy": "both" opens a list ("both men" is read above as two).
            i++;
        }

        if (!TryReadNpRight(ref clause, i, out victims))
        {
            return false;
        }

        int parts = 1;
        int k = victims.End;
        while (k < words.End && parts < 8)
        {
            int next = k;
            bool sawAnd = words.IsWord(next, "and");
            if (words.IsPunct(next, ',') && next + 1 < words.End && words.Tokens[next + 1].Kind == TokenKind.Number && victims.Mention == Mention.Named
                && !words.IsPersonHead(next + 2))
            {
                // "the death of Christopher Ruelas, 20": an age.
                victims.End = next + 2;
                k = next + 2;
                continue;
            }

            int ages = ObjectParts.AgesEnd(ref clause, next);
            if (ages > next)
            {
                // "wounded two men, 19 and 20,", "the deaths of his wife, 34, and …": ages, not counts.
                victims.End = ages;
                k = ages;
                continue;
            }

            if (words.IsPunct(next, ',') && !words.AndFollows(next))
            {
                // "killing Winslow, Goodyear", "the death of this baby, his girlfriend": not a list without "and".
                break;
            }

            if (sawAnd || (words.IsPunct(next, ',') && !words.IsTriggerWord(next + 1)))
            {
                next++;
                if (words.IsWord(next, "and"))
                {
                    sawAnd = true;
                    next++;
                }

                if (words.IsWord(next, "then") && words.IsAny(next + 1, "himself", "herself"))
                {
                    // "killed his two children and then himself".
                    next++;
                }
            }
            else
            {
                break;
            }

            VictimPhrase part;
            if (sawAnd && parts == 1 && words.IsAny(victims.First, "his", "her", "their") && ObjectParts.SharedPossessive(ref clause, next, out part))
            {
                // "shot his wife and son": the possessive governs both nouns.
            }
            else if (words.IsTriggerWord(next) || !TryReadNpRight(ref clause, next, out part) || (words.IsPronoun(next) && part.End == next + 1))
            {
                break;
            }

            bool comma = words.IsPunct(k, ',') && !sawAnd;
            if (comma && part.Mention == Mention.Named && victims.Count > 1)
            {
                // "the four girls, Yamilen, 14, Cynthia, 11, …": their names.
                break;
            }

            if (comma && ((part.Mention == Mention.Named && victims.Mention is Mention.Definite && victims.Count == 1)
                || (part.Mention is Mention.Indefinite or Mention.Definite && victims.Mention == Mention.Named)))
            {
                // "his cousin, Joshua Hallam," / "Tessa Turnbull, 65, a security guard": one person. The list may go on
                // ("his fiancee, Ann Vole, 34, and their son").
                victims.End = part.End;
                k = part.End;
                continue;
            }

            if (comma && part.Mention == Mention.Indefinite && part.Count == 1 && victims.Count == 1 && victims.Mention == Mention.Definite
                && words.IsPunct(part.End, ','))
            {
                // "the young man's father, a 39-year-old, and another man": an appositive, the same person.
                victims.End = part.End;
                k = part.End;
                continue;
            }

            if (part.IsShooter)
            {
                // "killed six of his grandchildren, his adult daughter and himself".
                victims.ShooterInList = true;
                victims.End = part.End;
                break;
            }

            // "shot himself and his two daughters": the shooter is one of the victims.
            victims.IsShooter = false;

            victims.Count = CasualtyCount.Add(victims.Count, part.Count);
            victims.End = part.End;
            victims.Mention = Mention.Counted;
            victims.NameToken = -1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            parts++;
            k = part.End;
        }

        return true;
    }

    public static bool TryReadNpRight(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        victims.NameToken = -1;
        if (i >= words.End)
        {
            return false;
        }

        if (words.IsAny(i, "himself", "herself"))
        {
            victims = VictimPhrases.Shooter(i);
            return true;
        }

        if (words.IsAny(i, "him", "her") && !words.IsPersonHead(i + 1) && !words.IsModifier(i + 1))
        {
            victims = VictimPhrases.Single(i, Mention.Definite);
            return true;
        }

        if (words.IsWord(i, "the") && words.IsIn(i + 1, CasualtyLexicon.BodyParts) && words.IsWord(i + 2, "of") && !words.IsPronoun(i + 3)
            && TryReadNpRight(ref clause, i + 3, out victims))
        {
            // "a bullet grazed the hip of a 16-year-old boy": the person whose body was struck.
            return true;
        }

        if (words.IsAny(i, "a", "an") && words.IsWord(i + 1, "family") && words.IsWord(i + 2, "of")
            && QuantityReader.TryRead(words.Source, words.Tokens, i + 3, words.End, out Quantity members))
        {
            // "killed a family of six".
            victims = VictimPhrases.Counted(members, i, members.End);
            return true;
        }

        if (words.IsWord(i, "another") && i + 1 < words.End && QuantityReader.IsNumeric(words.Source, words.Tokens[i + 1])
            && TryReadNpRight(ref clause, i + 1, out victims) && victims.Mention == Mention.Counted)
        {
            // "killed another four hostages": four more.
            victims.First = i;
            victims.Mention = Mention.Additive;
            return true;
        }

        if (QuantityReader.TryRead(words.Source, words.Tokens, i, words.End, out Quantity q))
        {
            int k = q.End;
            if (words.Tokens[i].Kind == TokenKind.Number && k == i + 1 && words.IsAgeUnit(k))
            {
                // "the death of 3 year old son": an age before one person's noun, not a count.
                int person = FindHeadRight(ref clause, i, out _);
                if (person < 0 || words.IsPluralHead(person))
                {
                    return false;
                }

                victims = VictimPhrases.Single(i, Mention.Indefinite);
                victims.End = person + 1;
                words.SetDescription(ref victims, i, person + 1);
                return true;
            }

            if (words.IsWord(k, "of"))
            {
                int h = FindHeadRight(ref clause, words.IsIn(k + 1, CasualtyLexicon.DefiniteOpeners) ? k + 2 : k + 1, out _);
                if (h < 0)
                {
                    if (words.IsAny(k + 1, "them", "those"))
                    {
                        victims = VictimPhrases.Counted(q, i, k + 2);
                        victims.Mention = Mention.Definite;
                        return true;
                    }

                    return false;
                }

                victims = VictimPhrases.Counted(q, i, h + 1);
                words.SetDescription(ref victims, k + 1, h + 1);
                return true;
            }

            int head = FindHeadRight(ref clause, k, out bool additive, out _, out bool others);
            if (head >= 0)
            {
                victims = VictimPhrases.Counted(q, i, head + 1);
                victims.Others = others;
                if (additive || words.IsWord(k, "more"))
                {
                    victims.Mention = Mention.Additive;
                }

                words.SetDescription(ref victims, k, head + 1);
                return true;
            }

            if (words.Tokens[i].Kind == TokenKind.Number && words.IsAny(i - 1, "shot", "shoots", "shoot"))
            {
                // "Woods shot 67": a score, not victims.
                return false;
            }

            // A bare count ("killed two", "wounded three Saturday"), unless a noun follows ("fired 100 rockets").
            if (k < words.End && words.Tokens[k].Kind == TokenKind.Word && !CasualtyLexicon.FunctionWords.Contains(words.Text(k)) && !words.IsTriggerWord(k)
                && !words.IsTimeWord(k) && !words.IsIn(k, CasualtyLexicon.Weekdays))
            {
                return false;
            }

            if (words.LooksLikeNonCount(q.End - 1))
            {
                return false;
            }

            victims = VictimPhrases.Counted(q, i, k);
            return true;
        }

        if (words.IsAny(i, "the", "his", "her", "their", "its") && QuantityReader.TryRead(words.Source, words.Tokens, i + 1, words.End, out Quantity owned) && owned.Value > 1)
        {
            // "his two sons", "the three victims".
            int h = FindHeadRight(ref clause, owned.End, out _);
            if (h < 0 || !words.IsPluralHead(h))
            {
                return false;
            }

            victims = VictimPhrases.Counted(owned, i, h + 1);
            victims.Mention = Mention.Definite;
            words.SetDescription(ref victims, owned.End, h + 1);
            return true;
        }

        int possessed = ObjectParts.PossessorEnd(ref clause, i);
        if (possessed > i && QuantityReader.TryRead(words.Source, words.Tokens, possessed, words.End, out Quantity ownedCount) && ownedCount.Value > 1)
        {
            // "the couple's three children", "his wife's two sons": the people the possessor has, a definite group.
            int h = FindHeadRight(ref clause, ownedCount.End, out _);
            if (h >= 0 && words.IsPluralHead(h))
            {
                victims = VictimPhrases.Counted(ownedCount, i, h + 1);
                victims.Mention = Mention.Definite;
                words.SetDescription(ref victims, ownedCount.End, h + 1);
                return true;
            }
        }

        if (words.IsAny(i, "his", "her", "their") && words.IsWord(i + 1, "twin"))
        {
            int h = FindHeadRight(ref clause, i + 2, out _);
            if (h >= 0 && words.IsPluralHead(h))
            {
                victims = VictimPhrases.Single(i, Mention.Definite);
                victims.Count = 2;
                victims.End = h + 1;
                words.SetDescription(ref victims, i + 1, h + 1);
                return true;
            }
        }

        if (words.IsWord(i, "another") && words.IsWord(i - 2, "and") && (i + 1 >= words.End || words.Tokens[i + 1].Kind == TokenKind.Punctuation
            || words.IsTimeWord(i + 1) || words.IsIn(i + 1, CasualtyLexicon.Weekdays)))
        {
            // "killed one police officer and injured another": one more person, of the kind told of before.
            victims = VictimPhrases.Single(i, Mention.Indefinite);
            return true;
        }

        if (words.IsIn(i, CasualtyLexicon.NounPhraseOpeners))
        {
            int head = FindHeadRight(ref clause, i + 1, out bool additive, out int ordinal, out _);
            if (head < 0)
            {
                return false;
            }

            bool plural = words.IsPluralHead(head);
            Mention mention;
            int count = 1;
            if (words.IsWord(i, "another") && words.IsTriggerWord(i - 1))
            {
                // "a teen shot another boy": another than the shooter, not one more victim.
                mention = Mention.Indefinite;
            }
            else if (words.IsWord(i, "another") || (additive && words.IsAny(i, "a", "an")))
            {
                mention = Mention.Additive;
            }
            else if (ordinal > 0 && words.IsAny(i, "a", "an"))
            {
                mention = Mention.Ordinal;
            }
            else if (words.IsAny(i, "a", "an", "one"))
            {
                mention = Mention.Indefinite;
            }
            else if (words.IsWord(i, "both"))
            {
                mention = Mention.Definite;
                count = 2;
            }
            else
            {
                mention = Mention.Definite;
            }

            if (plural && count == 1 && IsPair(ref clause, head) && !words.IsAny(i, "a", "an", "another", "one"))
            {
                // "shooting her parents": two people.
                count = 2;
            }

            if (plural && count == 1)
            {
                return false;
            }

            victims = VictimPhrases.Single(i, mention);
            victims.Count = count;
            victims.Ordinal = ordinal;
            victims.End = head + 1;
            words.SetDescription(ref victims, i + 1, head + 1);
            return true;
        }

        if (words.IsYearOld(i) && words.IsNameWord(i + 1) && TryReadNpRight(ref clause, i + 1, out victims))
        {
            // "killed 51-year-old Anthony Wendt".
            victims.First = i;
            return true;
        }

        int titled = ObjectParts.TitleEnd(ref clause, i);
        if (titled > i && words.IsNameWord(titled) && TryReadNpRight(ref clause, titled, out victims) && victims.Mention == Mention.Named)
        {
            // "striking Officer Dana Pell", "struck Mr. Cole", "wounded district councillor Marco Ferreira": the title is part of the name.
            victims.First = i;
            return true;
        }

        if (words.Tokens[i].Kind == TokenKind.Word && words.Tokens[i].Has(TokenShape.Capitalized) && words.IsNameWord(i))
        {
            int k = i;
            while (k + 1 < words.End && (words.IsNameWord(k + 1) || (words.Tokens[k + 1].Kind == TokenKind.Abbreviation && words.Tokens[k + 1].Length == 2)))
            {
                k++;
            }

            if (k + 1 < words.End && (words.Tokens[k + 1].Kind == TokenKind.Clitic || words.IsPunct(k + 1, '\'') || words.IsPunct(k + 1, '\u2019'))
                && words.Source[words.Tokens[k + 1].Start] is '\'' or '\u2019')
            {
                // "the shooting of Congressman Dan Rhodes' grandson": the name owns the victim, a definite person.
                if (!words.IsPersonHead(k + 2) || words.IsPluralHead(k + 2))
                {
                    return false;
                }

                victims = VictimPhrases.Single(i, Mention.Definite);
                victims.End = k + 3;
                words.SetDescription(ref victims, k + 2, k + 3);
                return true;
            }

            victims = VictimPhrases.Single(i, Mention.Named);
            victims.End = k + 1;
            victims.NameToken = k;
            if (words.IsPunct(k + 1, ',') && k + 2 < words.End && words.Tokens[k + 2].Kind == TokenKind.Number && words.IsPunct(k + 3, ','))
            {
                // "killing Melanie Vargo, 13, and …".
                victims.End = k + 3;
            }

            return true;
        }

        return false;
    }

    /// <summary>"parents", "grandparents": a plural that counts two.</summary>
    public static bool IsPair(ref Clause clause, int head) => clause.Words.IsAny(head, "parents", "grandparents");

    /// <summary>Finds a person head noun after up to four modifiers starting at <paramref name="i"/>, or -1.</summary>
    public static int FindHeadRight(ref Clause clause, int i, out bool additive) => FindHeadRight(ref clause, i, out additive, out _, out _);

    public static int FindHeadRight(ref Clause clause, int i, out bool additive, out int ordinal, out bool others)
    {
        ClauseWords words = clause.Words;
        additive = false;
        ordinal = 0;
        others = false;
        int stop = Math.Min(words.End, i + ClauseWords.MaxModifiers + 1);
        for (int k = i; k < stop; k++)
        {
            if (k + 1 < stop && words.Tokens[k].Kind == TokenKind.Word && words.Tokens[k + 1].Kind == TokenKind.Clitic
                && words.Text(k + 1) is [.., 's'] && !words.IsPronoun(k) && (words.IsPersonHead(k + 2) || words.IsModifier(k + 2)))
            {
                // "three sheriff's deputies", "two Alder County Sheriff's deputies": a possessive modifier.
                k++;
                stop = Math.Min(words.End, stop + 2);
                continue;
            }

            if (words.IsPersonHead(k))
            {
                // A head followed by another person noun is a modifier ("police officer").
                if (words.IsPersonHead(k + 1))
                {
                    continue;
                }

                others |= words.IsWord(k, "others");
                return k;
            }

            if (words.IsAny(k, "more", "other"))
            {
                additive |= words.IsWord(k, "more");
                others |= words.IsWord(k, "other");
                continue;
            }

            if (words.Tokens[k].Kind == TokenKind.Number && words.IsAgeUnit(k + 1))
            {
                // "a 12 year-old boy".
                stop = Math.Min(words.End, stop + 1);
                continue;
            }

            if (!words.IsModifier(k))
            {
                return -1;
            }

            if (CasualtyLexicon.Ordinals.TryGetValue(words.Text(k), out int value))
            {
                ordinal = value;
                additive |= value == 0;
            }
        }

        return -1;
    }
}
