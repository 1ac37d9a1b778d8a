using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// The parts of an object phrase that <see cref="ObjectReader"/> reads past or around: a title before a name ("Officer
/// Lena Marsh"), a possessor before a count ("the couple's three children"), an age appositive (", 19 and 20"), a bare
/// "both", and a noun that shares the possessive before "and" ("his wife and son").
/// </summary>
internal static class ObjectParts
{
    /// <summary>
    /// The token after a title that opens a phrase at <paramref name="i"/> ("Mr.", "Sgt.", "U", or a singular person noun
    /// after at most four modifiers: "Officer", "district councillor"), or <paramref name="i"/> when there is none.
    /// </summary>
    public static int TitleEnd(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        if (words.IsIn(i, CasualtyLexicon.NameTitles))
        {
            return i + 1;
        }

        int head = SingularPersonHead(ref clause, i);
        if (head < 0 || head + 1 >= words.End || words.Tokens[head + 1].Has(TokenShape.AllCaps)
            || (words.IsIn(head, CasualtyLexicon.AttackerNouns) && i > words.First && words.Text(i - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            // "the shooting suspect Lee Dunn": a compound noun, not the gerund's victim.
            return i;
        }

        for (int k = i; k < head; k++)
        {
            if (words.Text(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                // "shooting involving 16-year-old Ann Vole", "playing Russian Roulette": a verb, not a title.
                return i;
            }
        }

        return head + 1;
    }

    /// <summary>
    /// The token after a possessor that opens a phrase at <paramref name="i"/> ("the couple's", "his wife's", "Ann
    /// Vole's": an optional determiner, one to three words and "'s"), or -1.
    /// </summary>
    public static int PossessorEnd(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        int k = words.IsAny(i, "the", "his", "her", "their") ? i + 1 : i;
        int stop = Math.Min(words.End - 1, k + 3);
        for (int j = k; j < stop; j++)
        {
            if (words.Tokens[j].Kind != TokenKind.Word || words.IsPronoun(j) || words.IsTriggerWord(j))
            {
                return -1;
            }

            if (words.Tokens[j + 1].Kind == TokenKind.Clitic && words.IsWord(j + 1, "'s"))
            {
                return j + 2;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after an age appositive at <paramref name="i"/> (", 34", ", 19 and 20", ", ages 3, 5 and 7"): a comma,
    /// at most six numbers in digits joined by commas, "and" or "to", then punctuation, the end, a place preposition or a
    /// time word. Returns <paramref name="i"/> when there is none.
    /// </summary>
    public static int AgesEnd(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        if (!words.IsPunct(i, ','))
        {
            return i;
        }

        int k = words.IsAny(i + 1, "ages", "aged") ? i + 2 : i + 1;
        int numbers = 0;
        while (numbers < 6 && k < words.End && words.Tokens[k].Kind == TokenKind.Number && words.Tokens[k].Length <= 3)
        {
            numbers++;
            k++;
            if ((words.IsAny(k, "and", "to") || words.IsPunct(k, ',')) && k + 1 < words.End && words.Tokens[k + 1].Kind == TokenKind.Number)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        bool closed = k >= words.End || words.Tokens[k].Kind == TokenKind.Punctuation || words.IsIn(k, CasualtyLexicon.PlacePrepositions)
            || words.IsTimeWord(k) || words.IsIn(k, CasualtyLexicon.Weekdays);
        return numbers > 0 && closed ? k : i;
    }

    /// <summary>
    /// Whether "both" at <paramref name="i"/> stands alone ("wounding both early Friday", "striking both.", "shot both of
    /// them"); <paramref name="end"/> is the token after it.
    /// </summary>
    public static bool IsBareBoth(ref Clause clause, int i, out int end)
    {
        ClauseWords words = clause.Words;
        end = i + 1;
        if (words.IsWord(end, "of") && words.IsWord(end + 1, "them"))
        {
            end += 2;
            return true;
        }

        return end >= words.End || words.Tokens[end].Kind == TokenKind.Punctuation || words.IsTimeWord(end)
            || words.IsIn(end, CasualtyLexicon.Weekdays) || (words.IsIn(end, CasualtyLexicon.PlacePrepositions) && !words.IsWord(end, "of"));
    }

    /// <summary>
    /// A bare singular person noun at <paramref name="i"/> (at most four modifiers, no determiner, no name after it) that
    /// shares the possessive of the phrase before "and" ("his wife and son", "her mother and younger brother").
    /// </summary>
    public static bool SharedPossessive(ref Clause clause, int i, out VictimPhrase part)
    {
        ClauseWords words = clause.Words;
        part = default;
        if (i >= words.End || words.Tokens[i].Kind != TokenKind.Word || !words.Tokens[i].Has(TokenShape.AllLower)
            || words.IsIn(i, CasualtyLexicon.NounPhraseOpeners) || words.IsTriggerWord(i))
        {
            return false;
        }

        return TryReadOnePerson(ref clause, i, Mention.Definite, out part);
    }

    /// <summary>
    /// A bare phrase from <paramref name="i"/> that names one person by a singular noun (at most four modifiers; no
    /// group noun such as "family", no name after it): "son", "younger brother", "man" in "Guard shoots man dead".
    /// </summary>
    public static bool TryReadOnePerson(ref Clause clause, int i, Mention mention, out VictimPhrase part)
    {
        ClauseWords words = clause.Words;
        part = default;
        int head = SingularPersonHead(ref clause, i);
        if (head < 0 || words.IsIn(head, CasualtyLexicon.GroupNouns) || words.IsNameWord(head + 1))
        {
            return false;
        }

        part = VictimPhrases.Single(i, mention);
        part.End = head + 1;
        words.SetDescription(ref part, i, head + 1);
        return true;
    }

    /// <summary>
    /// The head of a phrase from <paramref name="i"/> that is one singular person noun: not "another", an ordinal,
    /// "others", a plural or an age ("16-year-old"); -1 when it is any of those or there is no head.
    /// </summary>
    private static int SingularPersonHead(ref Clause clause, int i)
    {
        ClauseWords words = clause.Words;
        int head = ObjectReader.FindHeadRight(ref clause, i, out bool additive, out int ordinal, out bool others);
        return head < i || additive || ordinal != 0 || others || words.IsPluralHead(head) || words.IsYearOld(head) ? -1 : head;
    }
}
