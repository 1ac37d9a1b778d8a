using EntityExtractor.Sentences;
using EntityExtractor.Text;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Finds the people, organizations and places of a text: the tagger per sentence, then document consistency
/// (a later mention of a name, or of a person's surname, gets the type the name got), then the caller's own
/// names, which win over the model. Immutable and thread-safe.
/// </summary>
internal sealed class EntityRecognizer
{
    /// <summary>A repeated mention's score relative to the mention it copies its type from.</summary>
    private const double RepeatedMentionFactor = 0.95;

    private static readonly SpanDictionary<bool> StreetWords = RecognitionWords.Set(RecognitionWords.Streets);

    private static readonly SpanDictionary<bool> RoadWords = RecognitionWords.Set(RecognitionWords.RoadWords);

    private static readonly SpanDictionary<bool> GroupWords = RecognitionWords.Set(ArmedGroupWords.All);

    private static readonly SpanDictionary<bool> PersonTitles = RecognitionWords.Set(RecognitionWords.PersonTitles);

    private readonly EntityTagger _tagger;
    private readonly UserDictionary _user;

    public EntityRecognizer(TaggerModel model, UserDictionary user)
    {
        _tagger = new EntityTagger(model);
        _user = user;
    }

    /// <summary>
    /// Whether <see cref="Recognize"/> returns <see cref="EntityType.Miscellaneous"/> names; they are found either way
    /// (and take part in the document consistency), but by default not returned, nor built.
    /// </summary>
    public bool IncludeMiscellaneous { get; init; }

    public IReadOnlyList<Entity> Recognize(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        int n = tokens.Length;

        // Lines are read as units: no entity runs across a line break. Counted first, so the units take room for
        // what there is, not one a token.
        Sentence[]? units = null;
        int unitCount = LineUnits.Count(text, tokens, sentences);
        if (unitCount > sentences.Count)
        {
            units = ScratchArray.Rent<Sentence>(unitCount);
            sentences = new ArraySegment<Sentence>(units, 0, LineUnits.Split(text, tokens, sentences, units));
        }

        byte[] labels = ScratchArray.Rent<byte>(n);
        float[] margins = ScratchArray.Rent<float>(n);
        int[] owner = ScratchArray.Rent<int>(n);
        var spans = new List<TaggedSpan>();
        List<double> scores;
        try
        {
            _tagger.TagDocument(text, tokens, sentences, labels.AsSpan(0, n), margins.AsSpan(0, n));
            EntityTagger.CollectSpans(sentences, labels.AsSpan(0, n), margins.AsSpan(0, n), spans);
            NameEdges.TrimLeadingWords(text, tokens, sentences, spans);
            NameEdges.TakeInPublicationThe(text, tokens, spans);
            NameEdges.DropCreditWords(text, tokens, spans);
            scores = spans.ConvertAll(s => _tagger.Model.Calibration.Probability(s.Margin));

            // Token index -> span index + 1 (0: not in an entity).
            owner.AsSpan(0, n).Clear();
            for (int s = 0; s < spans.Count; s++)
            {
                for (int i = spans[s].FirstToken; i < spans[s].EndToken; i++)
                {
                    owner[i] = s + 1;
                }
            }

            ExtendPlaces(text, tokens, spans, owner);
            ExtendRoadNumbers(text, tokens, spans, owner);
            ExtendParticleNames(text, tokens, spans, owner);
            MergeQuotedNicknames(text, tokens, spans, owner);
            MergeAbbreviatedPlacesIntoOrganizations(text, tokens, spans, owner);
            TypeByOrganizationWords(text, tokens, spans);
            TypePlacesAfterPlacePrepositions(text, tokens, spans);
            TypePeopleAfterTitles(text, tokens, spans, owner);
            ApplyConsistency(text, tokens, sentences, spans, scores, owner);
            if (!_user.IsEmpty)
            {
                ApplyUserDictionary(text, tokens, spans, scores, owner);
            }
        }
        finally
        {
            ScratchArray.Return(owner);
            ScratchArray.Return(margins);
            ScratchArray.Return(labels);
            if (units is not null)
            {
                ScratchArray.Return(units);
            }
        }

        var entities = new List<Entity>(spans.Count);
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.IsRemoved || (span.Type == EntityType.Miscellaneous && !IncludeMiscellaneous))
            {
                continue; // removed, or not asked for
            }

            int start = tokens[span.FirstToken].Start;
            int end = tokens[span.EndToken - 1].End;
            entities.Add(new Entity(span.Type, start, end, text[start..end], Math.Round(scores[s], 4)));
        }

        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return entities;
    }

    /// <summary>
    /// A place followed by a lower-case street word ("Palestine" + "street") takes it in: "Baghdad's Palestine
    /// street" names the street, but "a Moscow street" is only somewhere in Moscow. Other descriptors stay out, as CoNLL annotates them ("Jiangsu province",
    /// "Belgrade airport": extending over every gazetteer location word cost 1.6 points of LOC F1 on dev).
    /// </summary>
    private static void ExtendPlaces(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int next = span.EndToken;
            if (span.Type == EntityType.Location && next < tokens.Length && owner[next] == 0 && tokens[next].Kind == TokenKind.Word
                && !AfterIndefiniteArticle(text, tokens, span.FirstToken)
                && tokens[next].Has(TokenShape.AllLower) && TokenGap.IsOneSpace(text, tokens[next - 1], tokens[next])
                && StreetWords.ContainsKey(tokens[next].GetText(text)))
            {
                spans[s] = span with { EndToken = next + 1 };
                owner[next] = s + 1;
            }
        }
    }

    /// <summary>
    /// A name that ends with a road word before a number ("Interstate" + "95", "Highway" + "1") takes the number in and
    /// is a place: the tagger, which saw no numbered road in training, stops before the number and often calls the
    /// word an organization.
    /// </summary>
    private static void ExtendRoadNumbers(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int next = span.EndToken;
            if (!span.IsRemoved && next < tokens.Length && owner[next] == 0 && tokens[next].Kind == TokenKind.Number
                && tokens[next].Has(TokenShape.AllDigits) && TokenGap.IsOneSpace(text, tokens[next - 1], tokens[next])
                && RoadWords.ContainsKey(tokens[next - 1].GetText(text)))
            {
                spans[s] = span with { EndToken = next + 1, Type = EntityType.Location };
                owner[next] = s + 1;
            }
        }
    }

    /// <summary>"a Moscow street vendor", "an Ankara street": a street somewhere in the place, not one named after it.</summary>
    private static bool AfterIndefiniteArticle(string text, ReadOnlySpan<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].GetText(text) is "a" or "an" or "A" or "An";

    /// <summary>
    /// A name followed by an Arabic-style particle word the model left out ("Mohammed Shia" + "al-Sudani",
    /// "Harakat" + "al-Nujaba") takes it in.
    /// </summary>
    private static void ExtendParticleNames(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int next = span.EndToken;
            while (next < tokens.Length && owner[next] == 0 && tokens[next].Kind == TokenKind.Word
                && TokenGap.IsOneSpace(text, tokens[next - 1], tokens[next]) && IsParticleName(tokens[next].GetText(text)))
            {
                owner[next] = s + 1;
                next++;
            }

            if (next != span.EndToken)
            {
                spans[s] = span with { EndToken = next };
            }
        }
    }

    /// <summary>
    /// A person's name with a nickname in quotes between its parts ("Marco \"Iron Fist\" Delgado", "Tomas
    /// “zed” Varga") is one name, quotes and all, as CoNLL-2003 and CoNLL++ annotate it: the tagger, which never saw
    /// one in training, ends the name at the quote and tags the parts apart, the nickname often as another type. The
    /// parts must touch (one space at most, so on one line), one of the two names around the quotes be a person, and a
    /// nickname of more than one word begin with a capital.
    /// </summary>
    private static void MergeQuotedNicknames(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        const int MaxNicknameWords = 4;
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int open = span.EndToken;
            if (span.IsRemoved || open + 3 >= tokens.Length || !Touch(text, tokens, open) || QuoteFamily(text, tokens[open]) == 0)
            {
                continue;
            }

            int close = open + 1;
            while (close < tokens.Length && close - open <= MaxNicknameWords && Touch(text, tokens, close)
                && tokens[close].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                close++;
            }

            // A nickname of several words is capitalized ("Iron Fist"); lower-case words between two quotes are
            // more likely two quotations ("\"Fallen\" was previously called \"Jupiter\"").
            int next = close + 1;
            if (close == open + 1 || (close > open + 2 && tokens[open + 1].Has(TokenShape.AllLower)) || next >= tokens.Length || !Touch(text, tokens, close) || !Touch(text, tokens, next)
                || QuoteFamily(text, tokens[close]) != QuoteFamily(text, tokens[open]) || owner[next] == 0)
            {
                continue;
            }

            var last = spans[owner[next] - 1];
            if (last.FirstToken != next || (span.Type != EntityType.Person && last.Type != EntityType.Person))
            {
                continue;
            }

            for (int i = open; i < last.EndToken; i++)
            {
                if (owner[i] != 0)
                {
                    spans[owner[i] - 1] = spans[owner[i] - 1].Removed();
                }

                owner[i] = s + 1;
            }

            spans[s] = span with { EndToken = last.EndToken, Type = EntityType.Person };
        }
    }

    /// <summary>Whether token <paramref name="k"/> follows the one before it with at most one space between.</summary>
    private static bool Touch(string text, ReadOnlySpan<Token> tokens, int k) => TokenGap.IsNoneOrOneSpace(text, tokens[k - 1], tokens[k]);

    /// <summary>1 for a one-character double quote, 2 for a single one, otherwise 0.</summary>
    private static int QuoteFamily(string text, Token token) =>
        token.Length != 1 ? 0 : text[token.Start] switch
        {
            '"' or '\u201C' or '\u201D' => 1,
            '\'' or '\u2018' or '\u2019' => 2,
            _ => 0,
        };

    /// <summary>
    /// An abbreviated place the model tagged apart from the organization right after it ("U.S." + "Senate") is
    /// part of the organization's name, as CoNLL annotates it ("U.S. Treasury", "U.S. District Court": 38 such
    /// organizations in CoNLL-2003 train against 3 written apart).
    /// </summary>
    private static void MergeAbbreviatedPlacesIntoOrganizations(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int next = span.EndToken;
            if (span.Type != EntityType.Location || span.EndToken - span.FirstToken != 1 || tokens[span.FirstToken].Kind != TokenKind.Abbreviation
                || next >= tokens.Length || owner[next] == 0 || !TokenGap.IsOneSpace(text, tokens[next - 1], tokens[next]))
            {
                continue;
            }

            int organization = owner[next] - 1;
            if (spans[organization].Type == EntityType.Organization && spans[organization].FirstToken == next)
            {
                spans[organization] = spans[organization] with { FirstToken = span.FirstToken };
                spans[s] = span.Removed();
                owner[span.FirstToken] = organization + 1;
            }
        }
    }

    /// <summary>
    /// A span the model typed as a person or place but that holds an armed-group word ("Kataib Sayyid
    /// al-Shuhada", "Badr Brigades") is an organization. (Every gazetteer organization word measured worse on
    /// CoNLL dev: "Park", "Times" and the like name places too.)
    /// </summary>
    private static void TypeByOrganizationWords(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type == EntityType.Organization)
            {
                continue;
            }

            for (int i = span.FirstToken; i < span.EndToken; i++)
            {
                if (GroupWords.ContainsKey(tokens[i].GetText(text)))
                {
                    spans[s] = span with { Type = EntityType.Organization };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A span the model typed as a person right after "in" or "near" ("in Khan Younis", "near Tawila") and not
    /// before a possessive is a place: people are rarely "in" someone.
    /// </summary>
    private static void TypePlacesAfterPlacePrepositions(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type != EntityType.Person || span.FirstToken == 0)
            {
                continue;
            }

            ReadOnlySpan<char> before = tokens[span.FirstToken - 1].GetText(text);
            bool possessive = span.EndToken < tokens.Length && tokens[span.EndToken].Kind == TokenKind.Clitic;
            if (!possessive && (before is "in" or "near"))
            {
                spans[s] = span with { Type = EntityType.Location };
            }
        }
    }

    /// <summary>
    /// A span right after a person's title that is not itself in a name ("former President Barack Obama", "Sen.
    /// Warren") is that person, whatever type the model gave it: the type a document's mix lends a name elsewhere
    /// (a list of offices makes "Obama" an organization) then yields here, and the surname rule carries it on.
    /// </summary>
    private static void TypePeopleAfterTitles(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, int[] owner)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int before = span.FirstToken - 1;
            if (span.Type is EntityType.Organization or EntityType.Location && before >= 0 && owner[before] == 0
                && TokenGap.IsOneSpace(text, tokens[before], tokens[span.FirstToken]) && PersonTitles.ContainsKey(tokens[before].GetText(text)))
            {
                spans[s] = span with { Type = EntityType.Person };
            }
        }
    }

    /// <summary>"al-Sudani", "el-Sisi", "bin-Salman": a lower-case particle, a hyphen, a capital.</summary>
    private static bool IsParticleName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && word[..hyphen] is "al" or "el" or "ad" or "as" or "ash" or "an" or "ar" or "at" or "az" or "bin" or "ibn" or "abu";
    }

    /// <summary>
    /// Untagged mentions of a name tagged elsewhere in the document, or of a multi-token person's last word
    /// (also without an <c>al-</c> particle, or with it in another case: "al-Sudani" -> "Sudani", "Al-Sudani"),
    /// get its type. A sentence's first word is capitalized anyway, so there only a person's name is copied
    /// ("Sudani told reporters", not "Milepost markers"). (Agreement between
    /// mentions the model tagged is left to its second pass, which sees the document: forcing one type per
    /// name measured worse on CoNLL dev.)
    /// </summary>
    private static void ApplyConsistency(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, List<TaggedSpan> spans, List<double> scores, int[] owner)
    {
        if (spans.Count == 0)
        {
            return;
        }

        // Names (and person surnames) that later untagged capitalized tokens may repeat.
        var known = new SpanDictionary<(EntityType Type, double Score)>(spans.Count); // grows past one name a span
        var surnames = new SpanDictionary<double>(4);
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.EndToken - span.FirstToken == 1)
            {
                ReadOnlySpan<char> name = tokens[span.FirstToken].GetText(text);
                Remember(known, name, span.Type, scores[s]);
                if (span.Type == EntityType.Person && StripParticle(name) is { Length: > 2 } bare && bare.Length != name.Length)
                {
                    Remember(known, bare, EntityType.Person, scores[s]);
                }
            }

            if (span.Type == EntityType.Person && span.EndToken - span.FirstToken > 1)
            {
                ReadOnlySpan<char> last = tokens[span.EndToken - 1].GetText(text);
                string lastText = last.ToString();
                Remember(known, lastText, EntityType.Person, scores[s]);
                if (!surnames.TryGetValue(lastText, out double best) || best < scores[s])
                {
                    surnames.Set(lastText, scores[s]);
                }

                if (StripParticle(last) is { Length: > 2 } bare && bare.Length != last.Length)
                {
                    Remember(known, bare, EntityType.Person, scores[s]);
                }
            }
        }

        DropRunTogetherSurnames(text, tokens, spans, scores, surnames);
        int sentence = 0;

        // A later mention may spell the particle otherwise ("Al-Sudani" at a sentence start for "al-Sudani") or
        // drop it ("Sudani"): a particle name is looked up as written, then without its particle.
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = tokens[i].GetText(text);
            ReadOnlySpan<char> withoutParticle = StripParticle(word);
            bool particleName = withoutParticle.Length != word.Length;
            if (owner[i] != 0)
            {
                // A one-token name the model typed otherwise that repeats the surname of a person named in the
                // document ("Al-Sudani" as an organization after "Mohammed Shia al-Sudani", "Halvorsen" as a place
                // after "Oskar Halvorsen") is that person.
                int s = owner[i] - 1;
                if (spans[s].EndToken - spans[s].FirstToken == 1 && spans[s].Type != EntityType.Person)
                {
                    if (particleName && known.TryGetValue(withoutParticle, out var person) && person.Type == EntityType.Person)
                    {
                        spans[s] = spans[s] with { Type = EntityType.Person };
                        scores[s] = person.Score * RepeatedMentionFactor;
                    }
                    else if (surnames.TryGetValue(word, out double surname) && surname > 0)
                    {
                        spans[s] = spans[s] with { Type = EntityType.Person };
                        scores[s] = surname * RepeatedMentionFactor;
                    }
                }

                continue;
            }

            if ((!tokens[i].Has(TokenShape.Capitalized) && !particleName) || BeginsLongerName(text, tokens, owner, i))
            {
                continue;
            }

            while (sentence + 1 < sentences.Count && sentences[sentence + 1].FirstToken <= i)
            {
                sentence++;
            }

            if ((known.TryGetValue(word, out var hit) || (particleName && withoutParticle.Length > 2 && known.TryGetValue(withoutParticle, out hit)))
                && (hit.Type == EntityType.Person || sentences.Count == 0 || sentences[sentence].FirstToken != i))
            {
                spans.Add(new TaggedSpan(i, i + 1, hit.Type, 0));
                scores.Add(hit.Score * RepeatedMentionFactor);
                owner[i] = spans.Count;
            }
        }
    }

    /// <summary>
    /// Leaves out of <paramref name="surnames"/> (the last words of the document's multi-token persons, with the
    /// best score of a person they end) the last word of a person span that begins with another person's surname:
    /// "Kravets Valdoria" in a headline after "Ivan Kravets" is two names run together, so "Valdoria" is no
    /// surname (its value becomes negative infinity) unless a person span that is not run together ends with it too.
    /// </summary>
    private static void DropRunTogetherSurnames(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, List<double> scores, SpanDictionary<double> surnames)
    {
        if (surnames.Count == 0)
        {
            return;
        }

        for (int s = 0; s < spans.Count; s++)
        {
            if (IsRunTogether(text, tokens, spans[s], surnames))
            {
                surnames.Set(tokens[spans[s].EndToken - 1].GetText(text).ToString(), double.NegativeInfinity);
            }
        }

        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (IsMultiTokenPerson(span) && !IsRunTogether(text, tokens, span, surnames))
            {
                ReadOnlySpan<char> last = tokens[span.EndToken - 1].GetText(text);
                if (surnames.TryGetValue(last, out double best) && best < scores[s])
                {
                    surnames.Set(last.ToString(), scores[s]);
                }
            }
        }
    }

    private static bool IsMultiTokenPerson(TaggedSpan span) => span.Type == EntityType.Person && span.EndToken - span.FirstToken > 1;

    private static bool IsRunTogether(string text, ReadOnlySpan<Token> tokens, TaggedSpan span, SpanDictionary<double> surnames) =>
        IsMultiTokenPerson(span) && surnames.ContainsKey(tokens[span.FirstToken].GetText(text));

    /// <summary>
    /// Whether token <paramref name="i"/> is followed by an untagged capitalized (not all-caps) word: "U.S." in
    /// "U.S. Open", "Atlanta" in "Atlanta Games" begin a longer name the model chose not to tag, so a repeat of
    /// "U.S." or "Atlanta" there is not a mention of the place. (All-caps headlines are exempt.)
    /// </summary>
    private static bool BeginsLongerName(string text, ReadOnlySpan<Token> tokens, int[] owner, int i)
    {
        int next = i + 1;
        return next < tokens.Length && owner[next] == 0 && tokens[next].Kind == TokenKind.Word
            && tokens[next].Has(TokenShape.Capitalized) && !tokens[next].Has(TokenShape.AllCaps)
            && TokenGap.IsOneSpace(text, tokens[i], tokens[next]);
    }

    /// <summary>Keeps the best-scored type of <paramref name="name"/>; its text is copied only when it is stored.</summary>
    private static void Remember(SpanDictionary<(EntityType Type, double Score)> known, ReadOnlySpan<char> name, EntityType type, double score)
    {
        if (!known.TryGetValue(name, out var existing) || existing.Score < score)
        {
            known.Set(name.ToString(), (type, score));
        }
    }

    /// <summary>
    /// "al-Sudani", "Al-Sudani", "el-Sisi" -> "Sudani", "Sisi" (the particle in any case, a capital after the
    /// hyphen); other words unchanged.
    /// </summary>
    private static ReadOnlySpan<char> StripParticle(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen is < 2 or > 3 || word.Length < hyphen + 3 || !char.IsUpper(word[hyphen + 1]))
        {
            return word;
        }

        ReadOnlySpan<char> particle = word[..hyphen];
        ReadOnlySpan<string> particles = ["al", "el", "ad", "as", "ash", "an", "ar", "at", "az"];
        foreach (string candidate in particles)
        {
            if (particle.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return word[(hyphen + 1)..];
            }
        }

        return word;
    }

    private void ApplyUserDictionary(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans, List<double> scores, int[] owner)
    {
        int i = 0;
        while (i < tokens.Length)
        {
            int length = _user.Match(text, tokens, i, out EntityType type);
            if (length == 0)
            {
                i++;
                continue;
            }

            // Remove every model span the entry overlaps.
            for (int k = i; k < i + length; k++)
            {
                if (owner[k] != 0)
                {
                    int s = owner[k] - 1;
                    for (int j = spans[s].FirstToken; j < spans[s].EndToken; j++)
                    {
                        owner[j] = 0;
                    }

                    spans[s] = spans[s].Removed();
                }
            }

            spans.Add(new TaggedSpan(i, i + length, type, float.PositiveInfinity));
            scores.Add(1.0);
            for (int k = i; k < i + length; k++)
            {
                owner[k] = spans.Count;
            }

            i += length;
        }
    }
}
