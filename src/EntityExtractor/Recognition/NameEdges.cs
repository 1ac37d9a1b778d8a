using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Cuts words the tagger pulled into the front of a name that CoNLL's convention leaves outside: a determiner
/// ("the Republic of Elbonia"), a year ("1984 Harbour Strike") and a compound such as "Dallas-based". A capitalized "The" is cut only where a line or
/// sentence starts, since there it is capitalized anyway ("The Republic of Elbonia said ..."); inside a sentence the
/// writer capitalized it as part of the name ("a division of The Example Trust"). It stays when one word follows
/// it ("The Hague") or the name is a publication's title ("The Sunday Times"). A number that is not a year from 1900
/// to 2099 stays ("1860 Munich", a club). A credit line's opening word is no name, nor part of one ("Reporting by").
/// </summary>
internal static class NameEdges
{
    private static readonly Text.SpanDictionary<bool> Determiners = RecognitionWords.Set(RecognitionWords.Determiners);

    private static readonly Text.SpanDictionary<bool> Publications = RecognitionWords.Set(RecognitionWords.Publications);

    private static readonly Text.SpanDictionary<bool> CreditWords = RecognitionWords.Set(RecognitionWords.CreditWords);

    /// <summary>Moves the first token of each span past a leading determiner or year that is not part of the name.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="units">The units the tagger read (<see cref="LineUnits"/>), whose first tokens are capitalized anyway.</param>
    /// <param name="spans">The tagger's spans, in unit order.</param>
    public static void TrimLeadingWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> units, List<TaggedSpan> spans)
    {
        int unit = 0;
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            while (unit + 1 < units.Count && units[unit + 1].FirstToken <= span.FirstToken)
            {
                unit++;
            }

            bool startsUnit = unit < units.Count && units[unit].FirstToken == span.FirstToken;
            if (span.EndToken - span.FirstToken > 1 && IsOutsideWord(text, tokens, span, startsUnit))
            {
                spans[s] = span with { FirstToken = span.FirstToken + 1 };
            }
        }
    }

    /// <summary>
    /// An organization that ends in a publication word takes in a capitalized "The" right before it: CoNLL writes
    /// "The Sunday Times" (9 times in train, never with a capital "The" outside), but "the Sunday Times".
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="spans">The tagger's spans, in text order.</param>
    public static void TakeInPublicationThe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int before = span.FirstToken - 1;
            if (span.Type == EntityType.Organization && before >= 0 && (s == 0 || spans[s - 1].EndToken <= before)
                && TokenGap.IsOneSpace(text, tokens[before], tokens[span.FirstToken])
                && tokens[before].GetText(text) is "The" or "THE"
                && Publications.ContainsKey(tokens[span.EndToken - 1].GetText(text)))
            {
                spans[s] = span with { FirstToken = before };
            }
        }
    }

    /// <summary>
    /// Takes a credit line's opening word right before "by" ("Reporting by") out of the span that ends with it: a
    /// one-word span goes, a longer one loses it ("Reporting by Ann Lee Editing by Bo Ray", written without the
    /// semicolon, leaves "Ann Lee").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="spans">The tagger's spans.</param>
    public static void DropCreditWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans)
    {
        for (int s = spans.Count - 1; s >= 0; s--)
        {
            var span = spans[s];
            if (span.EndToken < tokens.Length && tokens[span.EndToken].GetText(text) is "by"
                && CreditWords.ContainsKey(tokens[span.EndToken - 1].GetText(text)))
            {
                if (span.EndToken - span.FirstToken == 1)
                {
                    spans.RemoveAt(s);
                }
                else
                {
                    spans[s] = span with { EndToken = span.EndToken - 1 };
                }
            }
        }
    }

    private static bool IsOutsideWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TaggedSpan span, bool startsUnit)
    {
        Token first = tokens[span.FirstToken];
        ReadOnlySpan<char> word = first.GetText(text);
        if (first.Has(TokenShape.AllDigits))
        {
            return IsYear(word);
        }

        if (first.Has(TokenShape.HasHyphen) && !first.Has(TokenShape.AllLower) && EndsInLowerCasePart(word))
        {
            // "Dallas-based Acme Corp", "Mo.-based Prairie Bancorp": the compound describes the name (CoNLL calls
            // it miscellaneous), it is no part of it.
            return true;
        }

        if (!Determiners.ContainsKey(word))
        {
            return false;
        }

        // Lower case ("the", "a") never begins a name; "The" at a unit's start only before one word or a publication's title.
        return first.Has(TokenShape.AllLower)
            || (startsUnit && span.EndToken - span.FirstToken > 2 && !Publications.ContainsKey(tokens[span.EndToken - 1].GetText(text)));
    }

    /// <summary>Whether the part after the last hyphen of <paramref name="word"/> is lower-case letters ("-based", "-led").</summary>
    private static bool EndsInLowerCasePart(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && !word[(hyphen + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && word[0] is '1' or '2' && (word[..2] is "19" or "20");
}
