using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Clauses;

/// <summary>
/// The word tests the clause readers share, over the tokens <c>[First, End)</c> of one sentence: whether a token is
/// a given word or in a <see cref="WordSet"/>, a person noun, a name, a modifier, an age, a count that is no count.
/// Out-of-range indexes answer false, so a rule can look around a trigger without bounds checks.
/// </summary>
internal readonly ref struct ClauseWords
{
    /// <summary>How many modifiers a noun phrase may have before its head ("a 16-year-old high school sophomore").</summary>
    public const int MaxModifiers = 4;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _first;
    private readonly int _end;

    public ClauseWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        _text = text;
        _tokens = tokens;
        _first = first;
        _end = end;
    }

    /// <summary>The whole text.</summary>
    public ReadOnlySpan<char> Source => _text;

    /// <summary>The whole text's tokens.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>The sentence's first token.</summary>
    public int First => _first;

    /// <summary>One past the sentence's last token.</summary>
    public int End => _end;

    public ReadOnlySpan<char> Text(int i) => _tokens[i].GetText(_text);

    public bool IsWord(int i, string word) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, string a, string b) => IsWord(i, a) || IsWord(i, b);

    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        if (i < _first || i >= _end || _tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> text = Text(i);
        foreach (string word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of <paramref name="set"/>.</summary>
    public bool IsIn(int i, WordSet set) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic or TokenKind.Abbreviation && set.Contains(Text(i));

    public bool IsPunct(int i, char c) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    public bool IsTriggerWord(int i) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Word && CasualtyLexicon.Triggers.TryGetValue(Text(i), out Trigger tr)
        && tr.Form is TriggerForm.Participle or TriggerForm.Gerund or TriggerForm.Intransitive
        || IsIn(i, CasualtyLexicon.OtherViolenceVerbs);

    public bool IsNegation(int i) =>
        i >= _first && i < _end && _tokens[i].Kind is TokenKind.Word or TokenKind.Clitic && CasualtyLexicon.Negations.Contains(Text(i));

    public bool IsPronoun(int i) => IsIn(i, CasualtyLexicon.PersonalPronouns);

    public bool IsWeapon(int i) => i >= _first && i < _end && _tokens[i].Kind == TokenKind.Word && CasualtyLexicon.Weapons.Contains(Text(i));

    public bool IsPersonHead(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        if (word.Equals("old", StringComparison.OrdinalIgnoreCase) && i - 1 >= _first
            && (Text(i - 1).EndsWith("year", StringComparison.OrdinalIgnoreCase) || Text(i - 1).EndsWith("years", StringComparison.OrdinalIgnoreCase)
                || Text(i - 1).EndsWith("-month", StringComparison.OrdinalIgnoreCase) || Text(i - 1).EndsWith("-week", StringComparison.OrdinalIgnoreCase)))
        {
            // "a 16-year old", "an 18-month old".
            return true;
        }

        return CasualtyLexicon.PersonNouns.ContainsKey(word) || IsYearOld(i)
            || word.EndsWith("grader", StringComparison.OrdinalIgnoreCase) || word.EndsWith("graders", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsPluralHead(int i)
    {
        if (CasualtyLexicon.PersonNouns.TryGetValue(Text(i), out byte number))
        {
            return number == 2;
        }

        return Text(i).EndsWith("olds", StringComparison.OrdinalIgnoreCase) || Text(i).EndsWith("graders", StringComparison.OrdinalIgnoreCase)
            || IsAny(i, "them", "those", "whom");
    }

    /// <summary>"16-year-old", "16-year-olds", "16-month-old".</summary>
    public bool IsYearOld(int i)
    {
        ReadOnlySpan<char> word = Text(i);
        return word.EndsWith("-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-olds", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsModifier(int i)
    {
        if (i < _first || i >= _end)
        {
            return false;
        }

        Token token = _tokens[i];
        if (token.Kind == TokenKind.Abbreviation)
        {
            return token.Length > 2 && !IsAny(i, "p.m.", "a.m.");
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        if (IsWord(i, "police") && IsPersonHead(i + 1))
        {
            // "a police officer".
            return true;
        }

        if (CasualtyLexicon.FunctionWords.Contains(word) && !CasualtyLexicon.Ordinals.ContainsKey(word))
        {
            return false;
        }

        if (CasualtyLexicon.Triggers.ContainsKey(word) && !IsIn(i, CasualtyLexicon.ModifierTriggers))
        {
            return false;
        }

        if (QuantityReader.IsNumeric(_text, token))
        {
            return false;
        }

        // Lower-case adjectives and noun modifiers, nationalities ("Iraqi"), ages ("16-year-old").
        return token.Has(TokenShape.AllLower) || token.Has(TokenShape.HasHyphen) || (token.Has(TokenShape.Capitalized) && CapitalizedRunEndsInPerson(i + 1));
    }

    /// <summary>"Harlan Ridge County teenager": capitalized words up to a person noun.</summary>
    public bool CapitalizedRunEndsInPerson(int i)
    {
        int stop = Math.Min(_end, i + 3);
        for (int k = i; k < stop; k++)
        {
            if (IsPersonHead(k) || (IsWord(k, "police") && IsPersonHead(k + 1)))
            {
                return true;
            }

            if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].Has(TokenShape.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"year-old", "years", "month-old" after a number: an age, not a count.</summary>
    public bool IsAgeUnit(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        return word.StartsWith("year", StringComparison.OrdinalIgnoreCase) || word.StartsWith("month", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("week", StringComparison.OrdinalIgnoreCase) || word.StartsWith("day-old", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsNameWord(int i)
    {
        if (i < _first || i >= _end || _tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        Token token = _tokens[i];
        if (!token.Has(TokenShape.Capitalized) || token.Has(TokenShape.HasDigit) || (token.Has(TokenShape.AllCaps) && token.Length <= 4))
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(i);
        return !CasualtyLexicon.NotNames.Contains(word) && !CasualtyLexicon.PersonNouns.ContainsKey(word)
            && !CasualtyLexicon.Triggers.ContainsKey(word) && !CasualtyLexicon.FunctionWords.Contains(word)
            && !NumberWords.TryParseWord(word, out _);
    }

    public bool IsDeterminerBefore(int t) => IsIn(t - 1, CasualtyLexicon.NounPreModifiers);

    public bool FollowedByNoun(int t)
    {
        int k = t + 1;
        if (k >= _end || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (_tokens[k].Has(TokenShape.Capitalized) && (IsPersonHead(k + 1) || IsModifier(k + 1) && IsPersonHead(k + 2)))
        {
            // "two missing Belgian teenagers".
            return true;
        }

        return _tokens[k].Has(TokenShape.AllLower) && !CasualtyLexicon.FunctionWords.Contains(Text(k)) && !IsTimeWord(k)
            && !IsIn(k, CasualtyLexicon.AdverbialFollowers);
    }

    public bool IsTimeWord(int i) => IsIn(i, CasualtyLexicon.TimeWords);

    /// <summary>Whether the number at <paramref name="i"/> is a time, date, age or amount rather than a count of people.</summary>
    public bool LooksLikeNonCount(int i)
    {
        if (IsIn(i + 1, CasualtyLexicon.NonCountUnits))
        {
            return true;
        }

        if (i - 1 >= _first && (_tokens[i - 1].Kind == TokenKind.Symbol || IsIn(i - 1, CasualtyLexicon.NonCountPrefixes)))
        {
            return true;
        }

        if (i - 1 >= _first && IsIn(i - 1, CasualtyLexicon.Months))
        {
            return true;
        }

        // An age appositive: "Smith, 25, was shot".
        return IsPunct(i - 1, ',') && IsPunct(i + 1, ',') && _tokens[i].Kind == TokenKind.Number && i - 2 >= _first && _tokens[i - 2].Has(TokenShape.Capitalized);
    }

    public bool IsMonth(int i) => IsIn(i, CasualtyLexicon.Months);

    public bool IsDash(int i) =>
        i >= _first && i < _end && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '\u2013' or '\u2014' or '-'
        && (_tokens[i].Length == 1 || (_tokens[i].Length == 2 && _text[_tokens[i].Start + 1] == '-'));

    public bool IsBareNumber(VictimPhrase phrase) =>
        phrase.Mention == Mention.Counted && phrase.End - phrase.First == 1 && _tokens[phrase.First].Kind == TokenKind.Number;

    public bool IsDeterminerLike(int i) => IsIn(i, CasualtyLexicon.DeterminerLike) || (i < _end && i >= _first && _tokens[i].Kind == TokenKind.Number);

    public void SetDescription(ref VictimPhrase victims, int first, int end)
    {
        while (first < end && (IsIn(first, CasualtyLexicon.DescriptionOpeners) ))
        {
            first++;
        }

        if (first < end && !IsAny(end - 1, "others", "them", "those", "whom"))
        {
            victims.DescriptionFirst = first;
            victims.DescriptionEnd = end;
        }
    }

    /// <summary>Whether "and" comes within a few tokens after the comma at <paramref name="comma"/>, before the clause ends.</summary>
    public bool AndFollows(int comma)
    {
        int stop = Math.Min(_end, comma + 10);
        for (int k = comma + 1; k < stop; k++)
        {
            if (IsWord(k, "and"))
            {
                return true;
            }

            if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ','))
            {
                return false;
            }
        }

        return false;
    }
}
