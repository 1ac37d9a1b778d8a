using EntityExtractor.Sentences;
using EntityExtractor.Text;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// The features of each candidate figure that tell whether it belongs to the article's lead incident: where it is
/// (sentence, paragraph, distance from the lede), what it counts (kind, mention, count against the lede's), the cue
/// words and dates of its sentence (judged against the publication date when known), round-up signals and the
/// places and people the recognizer found. Reads each sentence with a figure once, so the cost is linear in the text.
/// </summary>
internal static class IncidentFeatures
{
    /// <summary>Features a figure.</summary>
    public const int Count = (int)IncidentFeature.Count;

    private const int MonthDayWeek = 7;

    /// <summary>Each cue word of the lexicon's incident sets, with the bits of the cue features it sets (one lookup a word).</summary>
    private static readonly SpanDictionary<ulong> Cues = BuildCues(
        (CasualtyLexicon.AnotherCues, IncidentFeature.CueAnother),
        (CasualtyLexicon.SeparateCues, IncidentFeature.CueSeparate),
        (CasualtyLexicon.EarlierCues, IncidentFeature.CueEarlier),
        (CasualtyLexicon.AlsoCues, IncidentFeature.CueAlso),
        (CasualtyLexicon.TurnCues, IncidentFeature.CueTurn),
        (CasualtyLexicon.StatisticCues, IncidentFeature.CueStatistic),
        (CasualtyLexicon.RecentCues, IncidentFeature.CueRecent),
        (CasualtyLexicon.FurnitureCues, IncidentFeature.CueFurniture));

    /// <summary>The feature rows of <paramref name="figures"/> (rule labels as found), <see cref="Count"/> values a figure.</summary>
    public static float[] Compute(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, in CasualtyContext context, List<RawFigure> figures)
    {
        var rows = new float[figures.Count * Count];
        int ledeSentence = -1;
        int ledeMax = 0;
        bool roundUpArticle = false;
        int lastSentence = -1;
        bool roundUpSentence = false;
        for (int f = 0; f < figures.Count; f++)
        {
            RawFigure figure = figures[f];
            if (figure.SentenceIndex != lastSentence)
            {
                lastSentence = figure.SentenceIndex;
                Sentence s = sentences[figure.SentenceIndex];
                roundUpSentence = BackgroundDetector.ReportsSeveralIncidents(text, tokens, s.FirstToken, Math.Min(s.EndToken, tokens.Length), out _);
                roundUpArticle |= roundUpSentence;
            }

            Set(rows.AsSpan(f * Count, Count), IncidentFeature.RoundUpSentence, roundUpSentence);

            if (figure.IsBackground || figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            if (ledeSentence < 0)
            {
                ledeSentence = figure.SentenceIndex;
            }

            if (figure.SentenceIndex == ledeSentence)
            {
                ledeMax = Math.Max(ledeMax, figure.Victims.Count);
            }
        }

        Sentence lede = ledeSentence >= 0 ? sentences[ledeSentence] : sentences[figures[0].SentenceIndex];
        int paragraph = 0;
        int scanned = 0;
        lastSentence = -1;
        Span<float> sentenceRow = stackalloc float[Count];
        for (int f = 0; f < figures.Count; f++)
        {
            RawFigure figure = figures[f];
            Span<float> row = rows.AsSpan(f * Count, Count);
            if (figure.SentenceIndex != lastSentence)
            {
                lastSentence = figure.SentenceIndex;
                Sentence sentence = sentences[figure.SentenceIndex];
                paragraph += CountParagraphBreaks(text.AsSpan(scanned, Math.Max(0, sentence.Start - scanned)));
                scanned = Math.Max(scanned, sentence.Start);
                sentenceRow.Clear();
                sentenceRow[(int)IncidentFeature.RoundUpSentence] = row[(int)IncidentFeature.RoundUpSentence];
                ReadSentence(text, tokens, sentence, context, sentenceRow);
                Places(text, context.Entities, sentence, lede, sentenceRow);
                sentenceRow[(int)IncidentFeature.RoundUpArticle] = roundUpArticle ? 1 : 0;
                SetPosition(sentenceRow, figure.SentenceIndex, paragraph, ledeSentence);
            }

            sentenceRow.CopyTo(row);
            Set(row, IncidentFeature.Bias);
            Set(row, IncidentFeature.RuleBackground, figure.IsBackground);
            row[(int)IncidentFeature.RelativePosition] = text.Length == 0 ? 0 : (float)tokens[figure.First].Start / text.Length;
            SetFigure(row, figure, ledeMax);
        }

        SetVictims(text, tokens, figures, rows);
        return rows;
    }

    /// <summary>Whether the figure tells of one person the new-victim model may count as new or as told of before.</summary>
    public static bool IsSingleVictim(in RawFigure figure) =>
        figure.Victims.Count == 1 && figure.Kind != CasualtyKind.Arrested && !figure.IsToll && !figure.Victims.FromWounded && !figure.Victims.IsShooter
        && figure.Victims.Mention is Mention.Indefinite or Mention.Definite or Mention.Named or Mention.Additive;

    /// <summary>The victim signatures: the head, name and age of each figure's victim against those of the figures before it.</summary>
    private static void SetVictims(string text, ReadOnlySpan<Token> tokens, List<RawFigure> figures, float[] rows)
    {
        const int Remembered = 64;
        Span<int> heads = stackalloc int[Remembered];
        Span<int> ages = stackalloc int[Remembered];
        Span<byte> kinds = stackalloc byte[8];
        kinds.Clear();
        int seen = 0;
        int previousSentence = -1;
        for (int f = 0; f < figures.Count; f++)
        {
            RawFigure figure = figures[f];
            if (figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            Span<float> row = rows.AsSpan(f * Count, Count);
            int head = HeadKey(text, tokens, figure);
            int age = Age(text, tokens, figure);
            bool headSeen = head != 0 && heads[..Math.Min(seen, Remembered)].Contains(head);
            bool ageSeen = age != 0 && ages[..Math.Min(seen, Remembered)].Contains(age);
            Set(row, IncidentFeature.SeenBefore, headSeen);
            Set(row, IncidentFeature.HeadNew, head != 0 && !headSeen);
            Set(row, IncidentFeature.AgeSame, ageSeen);
            Set(row, IncidentFeature.AgeNew, age != 0 && !ageSeen);
            Set(row, IncidentFeature.SameSentence, figure.SentenceIndex == previousSentence);
            Set(row, IncidentFeature.KindSeen, kinds[(int)figure.Kind & 7] != 0);
            int first = figure.Victims.First;
            if (first >= 0 && first < tokens.Length && figure.Victims.Mention == Mention.Definite)
            {
                ReadOnlySpan<char> word = tokens[first].GetText(text);
                Set(row, IncidentFeature.Pronoun, CasualtyLexicon.PersonalPronouns.Contains(word));
                Set(row, IncidentFeature.Possessive, word is "his" or "her" or "their" or "His" or "Her" or "Their");
            }

            if (IsSingleVictim(figure))
            {
                Set(row, IncidentFeature.SingleVictim);
                Set(row, IncidentFeature.RuleNew, figure.Victims.Mention switch
                {
                    Mention.Additive => true,
                    Mention.Definite => false,
                    _ => !headSeen,
                });
            }

            if (!figure.IsBackground)
            {
                if (seen < Remembered)
                {
                    heads[seen] = head;
                    ages[seen] = age;
                }

                seen++;
                previousSentence = figure.SentenceIndex;
                kinds[(int)figure.Kind & 7] = 1;
            }
        }
    }

    /// <summary>A hash of the victim's surname, or of the last word of his description; 0 when there is neither.</summary>
    private static int HeadKey(string text, ReadOnlySpan<Token> tokens, in RawFigure figure)
    {
        int token = figure.Victims.Mention == Mention.Named && figure.Victims.NameToken >= 0 ? figure.Victims.NameToken
            : figure.Victims.HasDescription ? figure.Victims.DescriptionEnd - 1
            : -1;
        return token >= 0 && token < tokens.Length ? string.GetHashCode(tokens[token].GetText(text), StringComparison.OrdinalIgnoreCase) | 1 : 0;
    }

    /// <summary>The age the victim's phrase gives ("a 15-year-old boy", "Smith, 25,"), or 0.</summary>
    private static int Age(string text, ReadOnlySpan<Token> tokens, in RawFigure figure)
    {
        int end = Math.Min(Math.Max(figure.Victims.End, figure.End), tokens.Length);
        for (int i = Math.Max(0, Math.Min(figure.Victims.First, figure.First)); i < end; i++)
        {
            if (NumberWords.TryParseAge(tokens[i].GetText(text), out int years))
            {
                return years;
            }
        }

        return 0;
    }

    private static void SetPosition(Span<float> row, int sentence, int paragraph, int ledeSentence)
    {
        Set(row, sentence switch
        {
            0 => IncidentFeature.Sentence0,
            <= 2 => IncidentFeature.Sentence1To2,
            <= 5 => IncidentFeature.Sentence3To5,
            <= 10 => IncidentFeature.Sentence6To10,
            _ => IncidentFeature.SentenceOver10,
        });
        Set(row, paragraph switch
        {
            0 => IncidentFeature.Paragraph0,
            1 => IncidentFeature.Paragraph1,
            <= 3 => IncidentFeature.Paragraph2To3,
            _ => IncidentFeature.ParagraphOver3,
        });
        Set(row, IncidentFeature.Lede, sentence == ledeSentence);
        row[(int)IncidentFeature.DistanceFromLede] = ledeSentence < 0 ? 1 : Math.Clamp(sentence - ledeSentence, 0, 20) / 20f;
    }

    private static void SetFigure(Span<float> row, in RawFigure figure, int ledeMax)
    {
        Set(row, figure.Kind switch
        {
            CasualtyKind.Killed => IncidentFeature.Killed,
            CasualtyKind.Wounded when figure.IsShot => IncidentFeature.Shot,
            CasualtyKind.Wounded => IncidentFeature.Wounded,
            _ => IncidentFeature.OtherKind,
        });
        Set(row, figure.Victims.Mention switch
        {
            Mention.Counted => IncidentFeature.Counted,
            Mention.Indefinite => IncidentFeature.Indefinite,
            Mention.Additive => IncidentFeature.Additive,
            Mention.Definite => IncidentFeature.Definite,
            Mention.Named => IncidentFeature.Named,
            _ => IncidentFeature.Ordinal,
        });
        int count = figure.Victims.Count;
        Set(row, count switch
        {
            <= 1 => IncidentFeature.CountOne,
            <= 4 => IncidentFeature.CountFew,
            <= 9 => IncidentFeature.CountSome,
            _ => IncidentFeature.CountMany,
        });
        Set(row, IncidentFeature.AboveLede, count > ledeMax);
        Set(row, IncidentFeature.FarAboveLede, count > Math.Max(2 * ledeMax, ledeMax + 5));
        Set(row, IncidentFeature.Toll, figure.IsToll);
        Set(row, IncidentFeature.Others, figure.Victims.Others);
        Set(row, IncidentFeature.Also, figure.Victims.Also);
        Set(row, IncidentFeature.Qualified, figure.Victims.Qualifier != CasualtyQualifier.Exact);
    }

    /// <summary>Cue words, years, weekdays and month-day dates of one sentence.</summary>
    private static void ReadSentence(string text, ReadOnlySpan<Token> tokens, Sentence sentence, in CasualtyContext context, Span<float> row)
    {
        int end = Math.Min(sentence.EndToken, tokens.Length);
        DateOnly? date = context.PublicationDate;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            Token token = tokens[i];
            ReadOnlySpan<char> word = token.GetText(text);
            if (token.Kind == TokenKind.Number)
            {
                if (BackgroundDetector.IsYear(word) && NumberWords.TryParseDigits(word, out int year))
                {
                    Set(row, date is not { } known ? IncidentFeature.YearUnjudged : year == known.Year ? IncidentFeature.YearSame : IncidentFeature.YearOther);
                }

                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            if (Cues.TryGetValue(word, out ulong cues))
            {
                for (; cues != 0; cues &= cues - 1)
                {
                    row[System.Numerics.BitOperations.TrailingZeroCount(cues)] = 1;
                }
            }

            if (CasualtyLexicon.Weekdays.Contains(word))
            {
                int weekday = WeekdayIndex(word);
                Set(row, date is not { } known ? IncidentFeature.WeekdayUnjudged
                    : ((int)known.DayOfWeek - weekday + 7) % 7 <= 2 ? IncidentFeature.WeekdayRecent : IncidentFeature.WeekdayOld);
            }
            else if ((CasualtyLexicon.Months.Contains(word) || CasualtyLexicon.MonthAbbreviations.Contains(word)) && i + 1 < end
                && tokens[i + 1].Kind == TokenKind.Number && NumberWords.TryParseDigits(tokens[i + 1].GetText(text), out int day) && day is >= 1 and <= 31)
            {
                SetDate(row, date, MonthIndex(word), day);
            }
        }
    }

    private static void SetDate(Span<float> row, DateOnly? date, int month, int day)
    {
        if (date is not { } known)
        {
            Set(row, IncidentFeature.DateUnjudged);
            return;
        }

        int year = month > known.Month ? known.Year - 1 : known.Year;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return;
        }

        int before = known.DayNumber - new DateOnly(year, month, day).DayNumber;
        Set(row, before is >= 0 and <= MonthDayWeek ? IncidentFeature.DateRecent : IncidentFeature.DateOther);
    }

    /// <summary>Places of the sentence that the lede names or not, and whether it names a person.</summary>
    private static void Places(string text, IReadOnlyList<Entity>? entities, Sentence sentence, Sentence lede, Span<float> row)
    {
        if (entities is null)
        {
            return;
        }

        for (int e = FirstAtOrAfter(entities, sentence.Start); e < entities.Count && entities[e].Start < sentence.End; e++)
        {
            Entity entity = entities[e];
            if (entity.Type == EntityType.Person)
            {
                Set(row, IncidentFeature.Person);
            }
            else if (entity.Type == EntityType.Location)
            {
                Set(row, NamedIn(text, entities, lede, entity) ? IncidentFeature.PlaceSame : IncidentFeature.PlaceNew);
            }
        }
    }

    private static bool NamedIn(string text, IReadOnlyList<Entity> entities, Sentence lede, Entity place)
    {
        ReadOnlySpan<char> name = text.AsSpan(place.Start, place.End - place.Start);
        for (int e = FirstAtOrAfter(entities, lede.Start); e < entities.Count && entities[e].Start < lede.End; e++)
        {
            Entity other = entities[e];
            if (other.Type == EntityType.Location && text.AsSpan(other.Start, other.End - other.Start).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first entity starting at or after <paramref name="offset"/> (binary search: entities are in text order).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Entity> entities, int offset)
    {
        int low = 0, high = entities.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (entities[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>How many runs of whitespace holding two or more line breaks <paramref name="text"/> has (a vectorized search for each line break).</summary>
    private static int CountParagraphBreaks(ReadOnlySpan<char> text)
    {
        int breaks = 0;
        int i = 0;
        while (i < text.Length)
        {
            int newline = text[i..].IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            int j = i + newline + 1;
            int newlines = 1;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                newlines += text[j] == '\n' ? 1 : 0;
                j++;
            }

            breaks += newlines > 1 ? 1 : 0;
            i = j;
        }

        return breaks;
    }

    private static int WeekdayIndex(ReadOnlySpan<char> word) => char.ToLowerInvariant(word[0]) switch
    {
        'm' => 1,
        'w' => 3,
        'f' => 5,
        't' => char.ToLowerInvariant(word[1]) == 'u' ? 2 : 4,
        _ => char.ToLowerInvariant(word[1]) == 'a' ? 6 : 0,
    };

    private static int MonthIndex(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<string> prefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        ReadOnlySpan<char> head = word[..Math.Min(3, word.Length)];
        for (int m = 0; m < prefixes.Length; m++)
        {
            if (head.Equals(prefixes[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 1;
    }

    private static SpanDictionary<ulong> BuildCues(params ReadOnlySpan<(WordSet Words, IncidentFeature Feature)> sets)
    {
        var table = new SpanDictionary<ulong>(64, ignoreAsciiCase: true);
        foreach ((WordSet words, IncidentFeature feature) in sets)
        {
            foreach (string word in words.Words)
            {
                table.TryGetValue(word, out ulong bits);
                table.Set(word, bits | (1UL << (int)feature));
            }
        }

        return table;
    }

    private static void Set(Span<float> row, IncidentFeature feature, bool on = true)
    {
        if (on)
        {
            row[(int)feature] = 1;
        }
    }
}
