using EntityExtractor.Text;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Document features for the second pass: for each token, the label the first pass gave most often to the
/// same word (any case) elsewhere in the document, whether it appears elsewhere in lower case, and its own
/// first-pass label. Packed in a <see cref="uint"/>: bits 0-3 majority label elsewhere (<see cref="NoOther"/> = no
/// other occurrence), bit 4 lower-case elsewhere, bits 5-7 own first-pass label, bits 8-10 the entity type it has
/// most often elsewhere (B- and I- together; 0 = none; Miscellaneous counts), bits 11-16 each of Person's,
/// Organization's and Location's share of the other occurrences, bits 17-19 the types of multi-token spans it ends
/// elsewhere, bits 20-22 those it begins elsewhere, and bits 23-26 the document's mix of first-pass spans (the same
/// for every token; see <see cref="DocumentMix"/>). Read the fields with the accessors below. Buffers are pooled.
/// </summary>
internal static class DocumentHints
{
    public const uint NoOther = 8;

    private const int Lower = BioLabels.Count;
    private const int SpanEnd = BioLabels.Count + 1;
    private const int SpanBegin = SpanEnd + 3;
    private const int Slot = SpanBegin + 3;

    /// <summary>The majority label elsewhere (<see cref="NoOther"/> when the word occurs nowhere else).</summary>
    public static uint Majority(uint hint) => hint & 0xF;

    /// <summary>The majority label elsewhere and whether the word appears elsewhere in lower case.</summary>
    public static uint MajorityAndLower(uint hint) => hint & 0x1F;

    /// <summary>The majority label elsewhere, lower case elsewhere and the token's own first-pass label.</summary>
    public static uint MajorityLowerAndOwn(uint hint) => hint & 0xFF;

    /// <summary>The token's own first-pass label.</summary>
    public static uint Own(uint hint) => (hint >> 5) & 7;

    /// <summary>The entity type the word has most often elsewhere (0: none).</summary>
    public static uint BestType(uint hint) => (hint >> 8) & 7;

    /// <summary>The share bucket of <paramref name="type"/> (Person, Organization or Location) over the word's other occurrences.</summary>
    public static uint Share(uint hint, EntityType type) => (hint >> (11 + (2 * ((int)type - 1)))) & 3;

    /// <summary>The types of multi-token spans the word ends elsewhere (one bit each for Person, Organization, Location).</summary>
    public static uint Ends(uint hint) => (hint >> 17) & 7;

    /// <summary>The types of multi-token spans the word begins elsewhere.</summary>
    public static uint Begins(uint hint) => (hint >> 20) & 7;

    /// <summary>The document's mix of span types (<see cref="DocumentMix"/>).</summary>
    public static uint Mix(uint hint) => (hint >> 23) & 0xF;

    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> labels, Span<uint> hints)
    {
        int n = tokens.Length;
        int[] ids = ScratchArray.Rent<int>(n);
        int[]? votes = null;
        try
        {
            // Votes per distinct word: votes[id * Slot + label], then the lower-case and span-role counts.
            int distinct = WordIds.Assign(text, tokens, ids);
            votes = ScratchArray.Rent<int>(distinct * Slot);
            votes.AsSpan(0, distinct * Slot).Clear();
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
                int slot = ids[i] * Slot;
                votes[slot + labels[i]]++;
                if (IsLower(word))
                {
                    votes[slot + Lower]++;
                }

                int role = MultiTokenRole(labels, i, out int type);
                if (role != 0)
                {
                    votes[slot + role + type - 1]++;
                }
            }

            uint mix = DocumentMix(labels);
            for (int i = 0; i < n; i++)
            {
                int slot = ids[i] * Slot;
                uint own = labels[i];
                int best = -1, bestCount = 0, total = 0;
                for (int t = 0; t < BioLabels.Count; t++)
                {
                    int count = votes[slot + t] - (t == own ? 1 : 0);
                    total += count;
                    if (count > bestCount)
                    {
                        bestCount = count;
                        best = t;
                    }
                }

                ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
                int lowerElsewhere = votes[slot + Lower] - (IsLower(word) ? 1 : 0);
                uint hint = total == 0 ? NoOther : (uint)best;
                if (lowerElsewhere > 0)
                {
                    hint |= 16;
                }

                // Per entity type (B- and I- together), over the word's other occurrences: the type it has most often
                // (0: none); each type's share in buckets (0 none, 1 under a half, 2 a half or more, 3 all); and the
                // types of multi-token spans it ends or begins ("Jordan" after "Neil Jordan").
                int ownType = (int)(own + 1) >> 1;
                int ownRole = MultiTokenRole(labels, i, out _);
                uint bestType = 0, shares = 0, ends = 0, begins = 0;
                int bestTypeCount = 0;
                for (int t = 1; t <= 3; t++)
                {
                    int count = votes[slot + (2 * t) - 1] + votes[slot + (2 * t)] - (ownType == t ? 1 : 0);
                    if (count > bestTypeCount)
                    {
                        bestTypeCount = count;
                        bestType = (uint)t;
                    }

                    uint bucket = count == 0 ? 0u : count == total ? 3u : count * 2 >= total ? 2u : 1u;
                    shares |= bucket << (2 * (t - 1));
                    if (votes[slot + SpanEnd + t - 1] - (ownRole == SpanEnd && ownType == t ? 1 : 0) > 0)
                    {
                        ends |= 1u << (t - 1);
                    }

                    if (votes[slot + SpanBegin + t - 1] - (ownRole == SpanBegin && ownType == t ? 1 : 0) > 0)
                    {
                        begins |= 1u << (t - 1);
                    }
                }

                if (votes[slot + BioLabels.Miscellaneous] - (own == BioLabels.Miscellaneous ? 1 : 0) > bestTypeCount)
                {
                    bestType = (uint)EntityType.Miscellaneous;
                }

                hints[i] = hint | (own << 5) | (bestType << 8) | (shares << 11) | (ends << 17) | (begins << 20) | (mix << 23);
            }
        }
        finally
        {
            if (votes is not null)
            {
                ScratchArray.Return(votes);
            }

            ScratchArray.Return(ids);
        }
    }

    /// <summary>
    /// <see cref="SpanEnd"/> when token <paramref name="i"/> ends a span of two or more tokens, <see cref="SpanBegin"/>
    /// when it begins one, else 0 (also for every miscellaneous name); <paramref name="type"/> is the span's entity type.
    /// </summary>
    private static int MultiTokenRole(ReadOnlySpan<byte> labels, int i, out int type)
    {
        int label = labels[i];
        type = (label + 1) >> 1;
        bool continued = i + 1 < labels.Length && BioLabels.IsInside(labels[i + 1]) && labels[i + 1] == BioLabels.Inside((EntityType)type);
        if (BioLabels.IsInside(label) && !continued)
        {
            return SpanEnd;
        }

        return BioLabels.IsBegin(label) && continued ? SpanBegin : 0;
    }

    /// <summary>
    /// The document's mix of first-pass Person, Organization and Location spans: the share of Organization spans (bits 0-1) and of Person spans
    /// (bits 2-3), each in buckets: under 15%, under 35%, under 60%, 60% or more; 0 when there are no spans.
    /// </summary>
    private static uint DocumentMix(ReadOnlySpan<byte> labels)
    {
        int spans = 0, organizations = 0, people = 0;
        foreach (byte label in labels)
        {
            if (!BioLabels.IsBegin(label) || label == BioLabels.Miscellaneous)
            {
                continue;
            }

            spans++;
            EntityType type = BioLabels.TypeOf(label);
            if (type == EntityType.Organization)
            {
                organizations++;
            }
            else if (type == EntityType.Person)
            {
                people++;
            }
        }

        return spans == 0 ? 0 : Bucket(organizations, spans) | (Bucket(people, spans) << 2);

        static uint Bucket(long count, long total) =>
            count * 100 < total * 15 ? 0u : count * 100 < total * 35 ? 1u : count * 100 < total * 60 ? 2u : 3u;
    }

    private static bool IsLower(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
