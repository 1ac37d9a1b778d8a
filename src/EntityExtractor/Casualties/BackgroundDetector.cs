using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Tells whether a sentence ties its figures to another time or event than the article's lead: "last month",
/// "last year", "in 2019", "since October", "this year" (round-ups), "years ago", "in a separate shooting".
/// Reads a sentence's tokens once.
/// </summary>
internal static class BackgroundDetector
{
    /// <summary>How many tokens before or after a figure a time marker still applies to it.</summary>
    public const int Reach = 10;

    public static bool IsBackground(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            Token token = tokens[i];
            if (token.Kind == TokenKind.Number && i > first && Is(text, tokens[i - 1], "in", "since", "of") && IsYear(token.GetText(text)))
            {
                return true;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = token.GetText(text);
            bool hasNext = i + 1 < end;
            if (word.Equals("last", StringComparison.OrdinalIgnoreCase) && hasNext && Is(text, tokens[i + 1], CasualtyLexicon.PeriodNouns))
            {
                return true;
            }

            if (word.Equals("this", StringComparison.OrdinalIgnoreCase) && hasNext && Is(text, tokens[i + 1], "year"))
            {
                return true;
            }

            if (Is(text, token, "years", "months", "decades", "weeks", "week") && hasNext && Is(text, tokens[i + 1], "ago", "earlier"))
            {
                return true;
            }

            if (word.Equals("since", StringComparison.OrdinalIgnoreCase) && hasNext && (IsMonthOrYear(text, tokens[i + 1]) || Is(text, tokens[i + 1], "the", "then", "last")))
            {
                return true;
            }

            if (Is(text, token, CasualtyLexicon.OtherEventAdjectives) && hasNext
                && Is(text, tokens[i + 1], CasualtyLexicon.IncidentMentions))
            {
                return true;
            }

            if (Is(text, token, "homicides", "homicide", "murders", "shootings") && hasNext && Is(text, tokens[i + 1], "this", "so"))
            {
                return true;
            }

            if (Is(text, token, "anniversary", "annually", "statistics", "separate", "unrelated"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an early report, since corrected, is told between <paramref name="first"/> and <paramref name="end"/>
    /// ("The chief initially told us that three of the victims had died", "initial reports said"): the figures after it
    /// are that report's, not the article's.
    /// </summary>
    public static bool HasEarlyReport(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i + 1 < end; i++)
        {
            if (Is(text, tokens[i], "initially", "initial") && Is(text, tokens[i + 1], CasualtyLexicon.EarlyReportVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence opens with a time phrase of another event ("Last month, …", "In 2019, …", "Earlier this
    /// year, …", "Two years ago a man …"): it governs the whole sentence, however far the figures are from it.
    /// </summary>
    public static bool OpensWithTimePhrase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        int stop = Math.Min(end, first + 8);
        for (int i = first + 1; i < stop; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && text[tokens[i].Start] == ',')
            {
                return IsBackground(text, tokens, first, i);
            }
        }

        // No comma: a short opening phrase ("Last year 30 people were killed", "In 2019 a man was shot", "Two years ago a …").
        return first < end
            && ((Is(text, tokens[first], "last", "in") && IsBackground(text, tokens, first, Math.Min(end, first + 2)))
                || (first + 2 < end && Is(text, tokens[first + 2], "ago") && IsBackground(text, tokens, first, first + 3)));
    }

    /// <summary>
    /// Whether a sentence is a round-up of several events ("in shootings across the city", "citywide", "in other
    /// shootings"): every figure in it is background, however far from the marker.
    /// </summary>
    public static bool IsRoundUp(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            bool hasNext = i + 1 < end;
            if (Is(text, token, "citywide", "statewide", "nationwide"))
            {
                return true;
            }

            if (Is(text, token, "across") && i + 2 < end && Is(text, tokens[i + 1], "the")
                && Is(text, tokens[i + 2], "city", "state", "country", "region", "nation"))
            {
                return true;
            }

            // "in other shootings", "in separate shootings", and one word between ("in separate Chicago shootings").
            if (Is(text, token, "other", "separate") && hasNext
                && (Is(text, tokens[i + 1], "shootings", "incidents", "attacks")
                    || (i + 2 < end && tokens[i + 1].Kind == TokenKind.Word && Is(text, tokens[i + 2], "shootings", "incidents", "attacks"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence says the article covers several incidents: a round-up sentence (<see cref="IsRoundUp"/>) or
    /// a count of shootings ("three shootings", "two separate shootings", "multiple shootings overnight"). Its figures
    /// are totals over the incidents, except those before "one of N shootings" ("A teen was hurt in one of four
    /// shootings"), which are the lead's: <paramref name="leadEnd"/> is the token before which figures are the lead's,
    /// or <paramref name="first"/>.
    /// </summary>
    public static bool ReportsSeveralIncidents(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, out int leadEnd) =>
        ReportsSeveralIncidents(text, tokens, first, end, out leadEnd, out _);

    /// <summary>
    /// <see cref="ReportsSeveralIncidents(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, int, out int)"/>, telling also
    /// whether the sentence is a round-up (<see cref="IsRoundUp"/>), so that its caller need not read it again.
    /// </summary>
    public static bool ReportsSeveralIncidents(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end, out int leadEnd, out bool roundUp)
    {
        leadEnd = first;
        roundUp = IsRoundUp(text, tokens, first, end);
        if (roundUp)
        {
            return true;
        }

        for (int i = first; i < end; i++)
        {
            if (!Is(text, tokens[i], "shootings", "incidents", "attacks"))
            {
                continue;
            }

            int k = i - 1;
            if (k >= first && Is(text, tokens[k], "separate", "different", "unrelated", "overnight", "more"))
            {
                k--;
            }

            if (k >= first && IsSeveral(text, tokens[k]))
            {
                int of = k - 1 >= first && Is(text, tokens[k - 1], "the") ? k - 2 : k - 1;
                if (of > first && Is(text, tokens[of], "of") && Is(text, tokens[of - 1], "one", "first", "latest", "last"))
                {
                    leadEnd = of - 1;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence of a round-up goes on to another incident than the one told before: "the second
    /// shooting", "another shooting", "in the later shooting", "police were called to a triple shooting", "About 2 a.m.,
    /// three people were hurt in a shooting".
    /// </summary>
    public static bool OpensAnotherIncident(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (!Is(text, tokens[i], "shooting", "incident", "attack", "shootings"))
            {
                continue;
            }

            bool victims = i + 1 < end && Is(text, tokens[i + 1], "victim", "victims");
            for (int k = i - 1; k >= Math.Max(first, i - 3); k--)
            {
                if (Is(text, tokens[k], CasualtyLexicon.SequenceWords))
                {
                    if (!victims)
                    {
                        return true;
                    }

                    break;
                }

                if (Is(text, tokens[k], "a", "an") && !victims)
                {
                    return true;
                }

                if (tokens[k].Kind != TokenKind.Word || Is(text, tokens[k], CasualtyLexicon.PhraseBreakers))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence turns to another story, as digests and live pages do: it opens with "Elsewhere",
    /// "Separately", "Meanwhile in …", "In another …", "In a separate …" or "In other news". (A bare
    /// "Meanwhile" often goes on with the same incident: taking it as a turn lost two articles on casualties-dev.)
    /// </summary>
    public static bool TurnsToAnotherStory(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (first >= end)
        {
            return false;
        }

        if (Is(text, tokens[first], "Elsewhere", "Separately"))
        {
            return true;
        }

        // "Meanwhile in Ukraine", "Meanwhile, in the east": another place; a bare "Meanwhile, police said" is not.
        if (Is(text, tokens[first], "Meanwhile"))
        {
            int next = first + 1 < end && text[tokens[first + 1].Start] == ',' ? first + 2 : first + 1;
            return next + 1 < end && Is(text, tokens[next], "in");
        }

        return first + 2 < end && Is(text, tokens[first], "In")
            && (Is(text, tokens[first + 1], "another")
                || (Is(text, tokens[first + 1], "a") && Is(text, tokens[first + 2], "separate"))
                || (Is(text, tokens[first + 1], "other") && Is(text, tokens[first + 2], "news")));
    }

    private static bool IsSeveral(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = token.GetText(text);
        if (token.Kind == TokenKind.Number)
        {
            return NumberWords.TryParseDigits(word, out int n) && n is > 1 and < 100;
        }

        return token.Kind == TokenKind.Word
            && ((NumberWords.TryParseWord(word, out int value) && value > 1)
                || word.Equals("several", StringComparison.OrdinalIgnoreCase) || word.Equals("multiple", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether four digits are a year from 1900 to 2099.</summary>
    public static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0' && char.IsAsciiDigit(digits[2]) && char.IsAsciiDigit(digits[3]);

    private static bool IsMonthOrYear(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return IsYear(token.GetText(text));
        }

        return Is(text, token, CasualtyLexicon.Months) || Is(text, token, CasualtyLexicon.Weekdays) || Is(text, token, CasualtyLexicon.MonthAbbreviations);
    }

    private static bool Is(ReadOnlySpan<char> text, Token token, WordSet set) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation && set.Contains(token.GetText(text));

    private static bool Is(ReadOnlySpan<char> text, Token token, params ReadOnlySpan<string> words)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> word = token.GetText(text);
        foreach (string candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
