using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>Reads noun phrases and lists of them that end at a token, reading leftwards ("a policeman and two civilians").</summary>
internal static class LeftPhraseReader
{
    /// <summary>
    /// Skips an age appositive ending at <paramref name="k"/>, reading leftwards: ", 12 and 16", ", ages 3 and 5",
    /// ", 30" after a person noun. Returns the person noun, or <paramref name="k"/> when there is no such appositive.
    /// At most six numbers are looked at.
    /// </summary>
    public static int SkipAgesLeft(ref Clause clause, int k)
    {
        ClauseWords words = clause.Words;
        int j = k;
        for (int numbers = 0; numbers < 6 && j >= words.First && words.Tokens[j].Kind == TokenKind.Number; numbers++)
        {
            j--;
            if ((words.IsAny(j, "and", "to") || words.IsPunct(j, ',')) && j - 1 >= words.First && words.Tokens[j - 1].Kind == TokenKind.Number)
            {
                j--;
            }
            else
            {
                break;
            }
        }

        if (j == k)
        {
            return k;
        }

        if (words.IsAny(j, "ages", "aged", "age"))
        {
            j--;
            if (words.IsPersonHead(j))
            {
                // "three men ages 16, 21 and 22".
                return j;
            }
        }

        return words.IsPunct(j, ',') && words.IsPersonHead(j - 1) ? j - 1 : k;
    }

    /// <summary>Reads a list of noun phrases that ends at token <paramref name="i"/> and sums it ("a policeman and two civilians" = 3).</summary>
    public static bool TryReadNpListLeft(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        bool bare = false;
        if (!TryReadNpLeft(ref clause, i, out VictimPhrase last))
        {
            if (!IsBareListNoun(ref clause, i))
            {
                return false;
            }

            // "A man, woman and boy were wounded": a bare noun ends a list whose first noun has its determiner.
            last = VictimPhrases.Single(BareListNounStart(ref clause, i), Mention.Indefinite);
            last.End = i + 1;
            bare = true;
        }

        victims = last;
        VictimPhrase previous = last;
        bool sawAnd = false;
        int parts = 1;
        int k = last.First - 1;
        if (words.IsBareNumber(last) && (words.IsWord(k, "and") || words.IsPunct(k, ',')) && k - 1 >= words.First
            && (words.Tokens[k - 1].Kind == TokenKind.Number || words.IsPunct(k - 1, ',') && words.Tokens[Math.Max(words.First, k - 2)].Kind == TokenKind.Number))
        {
            // "12 and 16 were wounded", "18, 22 and 27, were": ages, not counts.
            return false;
        }

        while (k >= words.First && parts < 8)
        {
            int sep = k;
            if (words.IsWord(k, "and"))
            {
                sawAnd = true;
                k--;
                if (words.IsPunct(k, ','))
                {
                    k--;
                }
            }
            else if (words.IsPunct(k, ',') && sawAnd)
            {
                k--;
            }
            else
            {
                break;
            }

            // "Two boys, 12 and 16, and a woman", "A man, 30, and his son": the ages of the part before, not counts.
            k = SkipAgesLeft(ref clause, k);
            bool partBare = false;
            if (k < words.First || !TryReadNpLeft(ref clause, k, out VictimPhrase part))
            {
                if (k < words.First || !IsBareListNoun(ref clause, k))
                {
                    _ = sep;
                    break;
                }

                part = VictimPhrases.Single(BareListNounStart(ref clause, k), Mention.Indefinite);
                part.End = k + 1;
                partBare = true;
            }
            else if (part.Mention == Mention.Definite && part.NameToken < 0 && words.IsPronoun(part.First))
            {
                _ = sep;
                break;
            }

            if (words.IsWord(sep, "and") && words.IsPunct(sep - 1, ',') && words.IsWord(part.First - 1, "including"))
            {
                // "Five were killed, including a sergeant, and six others wounded": the aside is the dead's, not a part.
                break;
            }

            bare = partBare;
            if (words.IsPunct(sep, ',') && part.Count == 1 && previous.Count == 1
                && ((previous.Mention == Mention.Named && part.Mention is Mention.Definite or Mention.Indefinite && part.HasDescription)
                    || (part.Mention == Mention.Named && previous.Mention is Mention.Definite or Mention.Indefinite && previous.HasDescription)))
            {
                // "The suspect, 41-year-old Lee Dunsworth, and his victim": a name and its description are one person.
                victims.First = part.First;
                previous = part;
                k = part.First - 1;
                continue;
            }

            previous = part;
            victims.Count = CasualtyCount.Add(victims.Count, part.Count);
            victims.First = part.First;
            victims.Mention = Mention.Counted;

            // "A 13-year-old boy and six other people": the list as a whole is not "others".
            victims.Others = false;
            victims.NameToken = -1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            if (part.Qualifier != CasualtyQualifier.Exact)
            {
                victims.Qualifier = part.Qualifier;
            }

            parts++;
            k = part.First - 1;
        }

        // A bare noun opens no list: "police said man and teen were shot" is a headline's, read elsewhere.
        return !bare;
    }

    /// <summary>
    /// A singular person noun with no determiner after "and" or a comma, with up to two lower-case modifiers ("a man,
    /// woman and boy", "his mom and younger brother").
    /// </summary>
    private static bool IsBareListNoun(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        int start = BareListNounStart(ref clause, i);
        return words.IsPersonHead(i) && !words.IsPluralHead(i) && !words.IsYearOld(i) && (words.IsWord(start - 1, "and") || words.IsPunct(start - 1, ','))
            && !words.IsAny(i, "them", "those", "whom", "others");
    }

    /// <summary>The first token of a bare list noun ending at <paramref name="i"/>: its lower-case modifiers ("younger brother").</summary>
    private static int BareListNounStart(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        int start = i;
        while (start > words.First && i - start < 2 && words.Tokens[start - 1].Kind == TokenKind.Word && words.Tokens[start - 1].Has(TokenShape.AllLower)
            && words.IsModifier(start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>Reads one noun phrase that ends at token <paramref name="i"/>.</summary>
    public static bool TryReadNpLeft(ref Clause clause, int i, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        victims.NameToken = -1;
        if (i < words.First)
        {
            return false;
        }

        Token token = words.Tokens[i];
        ReadOnlySpan<char> word = token.GetText(words.Source);

        if (words.IsAny(i, "he", "she", "him", "her"))
        {
            victims = VictimPhrases.Single(i, Mention.Definite);
            return true;
        }

        if (words.IsWord(i, "both"))
        {
            victims = VictimPhrases.Single(i, Mention.Definite);
            victims.Count = 2;
            return true;
        }

        if (words.IsAny(i, "wounded", "injured") && words.IsWord(i - 1, "the") && words.IsWord(i - 2, "of")
            && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, i - 3, words.First, out Quantity among))
        {
            // "one of the wounded died": a wounded person moves to the dead.
            victims = VictimPhrases.Counted(among, among.First, i + 1);
            victims.Mention = Mention.Additive;
            victims.FromWounded = true;
            return true;
        }

        if (words.IsWord(i, "more") && !words.IsPersonHead(i + 1)
            && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, i - 1, words.First, out Quantity more) && !words.LooksLikeNonCount(i - 1))
        {
            // "at least two more were injured": people added to those told of.
            victims = VictimPhrases.Counted(more, more.First, i + 1);
            victims.Mention = Mention.Additive;
            return true;
        }

        if (words.IsWord(i, "another") && !words.IsPersonHead(i + 1))
        {
            // "three people were killed and another critically injured".
            victims = VictimPhrases.Single(i, Mention.Additive);
            return true;
        }

        if (words.IsAny(i - 1, "a", "an") && CasualtyLexicon.Ordinals.TryGetValue(words.Text(i), out int place) && place > 1)
        {
            // "four victims died at the scene and a fifth died on the way".
            victims = VictimPhrases.Single(i - 1, Mention.Ordinal);
            victims.End = i + 1;
            victims.Ordinal = place;
            return true;
        }

        if (words.IsWord(i, "they") && clause.LastSubjectTrigger >= 0 && clause.LastSubject.Count > 1)
        {
            // "found two men who had been shot, and they were taken to a hospital where they died".
            victims = clause.LastSubject;
            victims.Mention = Mention.Definite;
            victims.First = i;
            victims.End = i + 1;
            victims.DescriptionFirst = victims.DescriptionEnd = 0;
            return true;
        }

        if (words.IsAny(i, "them", "those", "whom") || words.IsPersonHead(i))
        {
            if (!ReadHeadedLeft(ref clause, i, out victims))
            {
                return false;
            }

            int outer = victims.First - 2;
            if (words.IsWord(outer + 1, "of") && words.IsPersonHead(outer) && (words.IsAny(outer, "member", "members") || words.IsAny(i, "gang", "family"))
                && ReadHeadedLeft(ref clause, outer, out VictimPhrase whole))
            {
                // "three members of a rival gang": the people counted are the members, not the gang.
                whole.End = i + 1;
                whole.DescriptionEnd = i + 1;
                victims = whole;
            }

            return true;
        }

        if (token.Kind == TokenKind.Number && words.IsPunct(i - 1, ',') && i - 2 >= words.First && words.IsNameWord(i - 2))
        {
            // "Ginny Reever, 64 were found dead": an age after a name.
            return TryReadNpLeft(ref clause, i - 2, out victims);
        }

        if (token.Kind == TokenKind.Number && words.IsPunct(i - 1, ',') && words.IsPunct(i + 1, ','))
        {
            // "24, 25, and 41, were wounded": ages.
            return false;
        }

        if (token.Kind is TokenKind.Number or TokenKind.Word && QuantityReader.IsNumeric(words.Source, token))
        {
            if (words.IsNegation(i - 1) || (words.IsWord(i, "one") && words.IsWord(i - 1, "no")))
            {
                return false;
            }

            if (!QuantityReader.TryReadEndingAt(words.Source, words.Tokens, i, words.First, out Quantity q) || words.LooksLikeNonCount(i) || words.IsAgeUnit(i + 1)
                || (i + 1 < words.End && words.Tokens[i + 1].Kind == TokenKind.Clitic))
            {
                return false;
            }

            if (words.IsWord(q.First - 1, "of") && words.IsIn(q.First - 2, CasualtyLexicon.ParentNouns))
            {
                // "a father of three was shot dead": one parent, not three.
                int parent = q.First - 2;
                if (!ReadHeadedLeft(ref clause, parent, out victims))
                {
                    victims = VictimPhrases.Single(parent, Mention.Indefinite);
                    words.SetDescription(ref victims, parent, parent + 1);
                }

                victims.End = i + 1;
                return true;
            }

            victims = VictimPhrases.Counted(q, q.First, i + 1);
            victims.Others = words.IsWord(q.First - 1, "and");
            if (words.IsWord(q.First - 1, "both") && words.Tokens[i].Kind == TokenKind.Number)
            {
                // "a woman and a man, both 19,": ages.
                return false;
            }

            if (words.IsAny(q.First - 1, "the", "those", "these", "all", "both"))
            {
                victims.First = q.First - 1;
                victims.Mention = Mention.Definite;
                if (words.IsWord(q.First - 2, "of") && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, q.First - 3, words.First, out Quantity part))
                {
                    // "one of the six died".
                    victims = VictimPhrases.Counted(part, part.First, i + 1);
                    victims.Mention = Mention.Definite;
                }
            }

            return true;
        }

        if (token.Kind == TokenKind.Word && token.Has(TokenShape.Capitalized) && words.IsNameWord(i))
        {
            int k = i;
            while (k - 1 >= words.First && (words.IsNameWord(k - 1) || (words.Tokens[k - 1].Kind == TokenKind.Abbreviation && words.Tokens[k - 1].Length == 2)))
            {
                k--;
            }

            if ((k == words.First && i == words.First && word.Length < 3)
                || words.IsIn(k - 1, CasualtyLexicon.PlacePrepositions) || words.IsAny(k - 1, "the", "a", "an")
                || words.Tokens[i].Has(TokenShape.AllCaps))
            {
                return false;
            }

            victims = VictimPhrases.Single(k, Mention.Named);
            victims.End = i + 1;
            victims.NameToken = i;
            if (k - 1 >= words.First && words.IsYearOld(k - 1))
            {
                // "12-year-old Joseph Carrow".
                victims.First = k - 1;
            }

            return true;
        }

        // "members of a pro-Iran faction": a person head before "of". Not across a verb: in "four members of a
        // faction were killed and seven others were wounded", "killed" ends a clause, not a noun phrase.
        if (words.IsTriggerWord(i) || CasualtyLexicon.PassiveAux.Contains(word) || CasualtyLexicon.SkipLeft.Contains(word))
        {
            return false;
        }

        int floor = Math.Max(words.First, i - 6);
        for (int k = i - 1; k > floor; k--)
        {
            if (words.IsWord(k, "of") && words.IsPersonHead(k - 1))
            {
                if (!ReadHeadedLeft(ref clause, k - 1, out victims))
                {
                    return false;
                }

                victims.End = i + 1;
                victims.DescriptionEnd = i + 1;
                return true;
            }

            if (words.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || words.IsTriggerWord(k))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Reads a noun phrase whose head person noun (or "them") is token <paramref name="head"/>.</summary>
    public static bool ReadHeadedLeft(ref Clause clause, int head, out VictimPhrase victims)
    {
        ClauseWords words = clause.Words;
        victims = default;
        victims.NameToken = -1;
        bool plural = words.IsPluralHead(head);
        bool additive = false;
        int k = head - 1;
        int modifiers = 0;
        int ordinal = 0;
        bool others = words.IsWord(head, "others");
        while (k >= words.First && modifiers < ClauseWords.MaxModifiers && (words.IsModifier(k) || words.IsAny(k, "more", "other")))
        {
            if (CasualtyLexicon.Ordinals.TryGetValue(words.Text(k), out int value))
            {
                ordinal = value;
                additive |= value == 0;
            }

            additive |= words.IsWord(k, "more");
            others |= words.IsWord(k, "other");
            k--;
            modifiers++;
        }

        int descFirst = k + 1;
        if (k >= words.First && words.Tokens[k].Kind == TokenKind.Clitic && words.IsWord(k, "'s"))
        {
            // "the store's clerk": a possessive is a definite reference.
            victims = VictimPhrases.Single(Math.Max(words.First, k - 2), Mention.Definite);
            victims.End = head + 1;
            victims.Count = plural ? 2 : 1;
            words.SetDescription(ref victims, descFirst, head + 1);
            return !plural || ObjectReader.IsPair(ref clause, head);
        }

        while (k >= words.First && modifiers < ClauseWords.MaxModifiers + 2 && QuantityReader.IsNumeric(words.Source, words.Tokens[k]) && words.IsAgeUnit(k + 1))
        {
            // "the 5 year-old boy": the number is an age, part of the description.
            k--;
            modifiers++;
            while (k >= words.First && modifiers < ClauseWords.MaxModifiers + 2 && words.IsModifier(k))
            {
                k--;
                modifiers++;
            }
        }

        descFirst = k + 1;
        if (k >= words.First && (QuantityReader.IsNumeric(words.Source, words.Tokens[k]) || words.IsAny(k, "dozen", "few", "handful", "number")))
        {
            if (words.IsWord(k, "one") && words.IsWord(k - 1, "no"))
            {
                return false;
            }

            if (QuantityReader.TryReadEndingAt(words.Source, words.Tokens, k, words.First, out Quantity q))
            {
                victims = VictimPhrases.Counted(q, q.First, head + 1);
                if (words.IsIn(q.First - 1, CasualtyLexicon.GroupDeterminers))
                {
                    victims.First = q.First - 1;
                    victims.Mention = Mention.Definite;
                    if (words.IsWord(q.First - 2, "of") && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, q.First - 3, words.First, out Quantity part))
                    {
                        // "two of the four shooting victims".
                        victims = VictimPhrases.Counted(part, part.First, head + 1);
                    }
                }
                else if (words.IsWord(q.First - 1, "of") && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, q.First - 2, words.First, out Quantity some)
                    && some.Value < q.Value && IsFiniteVerb(ref clause, head + 1))
                {
                    // "Two of three victims died": two. Not "one of five people injured" (a reduced relative: the five).
                    victims = VictimPhrases.Counted(some, some.First, head + 1);
                }
                else if (words.IsWord(q.First - 1, "another"))
                {
                    // "another four hostages were killed": four more.
                    victims.First = q.First - 1;
                    victims.Mention = Mention.Additive;
                }
                else if (additive || words.IsWord(k + 1, "more"))
                {
                    victims.Mention = Mention.Additive;
                }

                victims.Others = others;
                words.SetDescription(ref victims, descFirst, head + 1);
                return true;
            }
        }

        if (k - 1 >= words.First && words.IsWord(k - 1, "of") && words.IsIn(k, CasualtyLexicon.DefiniteOpeners)
            && (k - 2 < words.First || QuantityReader.IsNumeric(words.Source, words.Tokens[k - 2]) || words.IsPersonHead(k - 2)
                || !words.IsWord(k, "the") || plural))
        {
            // "one of his friends". After another noun ("the home of the man, who was killed") "the man" is the phrase.
            k--;
        }

        if (k >= words.First && words.IsWord(k, "of"))
        {
            // "two of the victims", "dozens of people", "one of them".
            if (k - 1 >= words.First && QuantityReader.TryReadEndingAt(words.Source, words.Tokens, k - 1, words.First, out Quantity q))
            {
                victims = VictimPhrases.Counted(q, q.First, head + 1);
                if (!plural || words.IsIn(k + 1, CasualtyLexicon.DefiniteReferences) || words.IsWord(k + 1, "whom"))
                {
                    victims.Mention = q.Value == 1 || words.IsIn(k + 1, CasualtyLexicon.DefiniteReferences) ? Mention.Definite : Mention.Counted;
                }

                words.SetDescription(ref victims, k + 1, head + 1);
                return true;
            }

            return false;
        }

        if (words.IsAny(head, "them", "those", "whom"))
        {
            return false;
        }

        if (k >= words.First && words.IsWord(k, "another"))
        {
            victims = VictimPhrases.Single(k, Mention.Additive);
        }
        else if (k >= words.First && words.IsAny(k, "a", "an", "one"))
        {
            if (plural)
            {
                return false;
            }

            victims = VictimPhrases.Single(k, additive ? Mention.Additive : ordinal > 0 ? Mention.Ordinal : Mention.Indefinite);
            victims.Ordinal = ordinal;
        }
        else if (k >= words.First && words.IsWord(k, "both"))
        {
            victims = VictimPhrases.Single(k, Mention.Definite);
            victims.Count = 2;
        }
        else if (k >= words.First && CasualtyLexicon.Definites.Contains(words.Text(k)) && words.Tokens[k].Kind == TokenKind.Word)
        {
            if (plural && !ObjectReader.IsPair(ref clause, head))
            {
                return false;
            }

            victims = VictimPhrases.Single(k, Mention.Definite);
            victims.Count = plural ? 2 : 1;
        }
        else if (!plural && (words.IsAny(head, "someone", "somebody") || words.IsYearOld(head)) && (k < words.First || !words.IsModifier(k)))
        {
            victims = VictimPhrases.Single(head, Mention.Indefinite);
        }
        else if (!plural && (k < words.First || words.IsIn(k, CasualtyLexicon.Subordinators)) && head - k <= 2 && !words.IsWord(head + 1, "of") && !words.IsNegation(k + 1))
        {
            // A headline's bare noun, with one modifier at most: "Man, 41, fatally shot", "Three arrested after man
            // fatally shot", "LMPD officer shot"; not "Off-duty cop shoots man dead", "Ex-boyfriend of missing woman" or
            // "Neither officer was injured".
            victims = VictimPhrases.Single(k + 1, Mention.Indefinite);
        }
        else
        {
            return false;
        }

        victims.End = head + 1;
        words.SetDescription(ref victims, descFirst, head + 1);
        return true;
    }

    /// <summary>Whether token <paramref name="i"/> opens a finite verb ("were", "has", "died"), not a bare participle.</summary>
    private static bool IsFiniteVerb(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        if (i >= words.End || words.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic))
        {
            return false;
        }

        ReadOnlySpan<char> word = words.Text(i);
        return CasualtyLexicon.PassiveAux.Contains(word) || words.IsAny(i, "has", "have", "had")
            || (CasualtyLexicon.Triggers.TryGetValue(word, out Trigger trigger) && trigger.Form == TriggerForm.Intransitive);
    }
}
