using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Turns the tokens of one sentence into hashed feature ids, identically for the trainer (corpus tokens laid
/// out in a string) and at run time (tokens of the caller's text). Allocates nothing: the caller passes buffers.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Most features one token can get.</summary>
    public const int MaxFeaturesPerToken = 64;

    /// <summary>Scratch <see cref="uint"/>s needed per token by <see cref="Extract"/>.</summary>
    public const int ScratchPerToken = 5;

    private const uint BeforeSentence = 0x5EB0F001;
    private const uint AfterSentence = 0x5EE0F002;

    private readonly FeatureSet _set;
    private readonly WordClassTable? _classes;
    private readonly Gazetteer? _gazetteer;
    private readonly Gazetteer? _lexicon;

    public FeatureExtractor(FeatureSet set, WordClassTable? classes, Gazetteer? gazetteer, Gazetteer? lexicon = null)
    {
        _lexicon = (set & FeatureSet.Lexicon) != 0 ? lexicon ?? throw new ArgumentNullException(nameof(lexicon)) : null;
        _set = set;
        _classes = (set & FeatureSet.WordClasses) != 0 ? classes ?? throw new ArgumentNullException(nameof(classes)) : null;
        _gazetteer = (set & FeatureSet.Gazetteers) != 0 ? gazetteer ?? throw new ArgumentNullException(nameof(gazetteer)) : null;
    }

    public FeatureSet Set => _set;

    /// <summary>
    /// Writes the features of every token of a sentence: token <c>i</c> gets <c>counts[i]</c> ids from
    /// <c>features[i * MaxFeaturesPerToken]</c>.
    /// </summary>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<uint> features, Span<int> counts, Span<uint> scratch)
    {
        int n = tokens.Length;
        Span<uint> lower = scratch[..n];
        Span<uint> shape = scratch.Slice(n, n);
        Span<uint> classes = scratch.Slice(2 * n, n);
        Span<uint> gazetteer = scratch.Slice(3 * n, n);
        Span<uint> lexicon = scratch.Slice(4 * n, n);
        int upperWords = 0, casedWords = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
            var h = new FeatureHash(1);
            h.AddLower(word);
            lower[i] = h.Value;
            h = new FeatureHash(2);
            h.AddShape(word, 1);
            shape[i] = h.Value;
            classes[i] = _classes is null ? 0 : _classes.Find(word);
            if (word.Length > 1 && char.IsLetter(word[0]))
            {
                casedWords++;
                if (IsAllUpper(word))
                {
                    upperWords++;
                }
            }
        }

        bool headline = casedWords >= 2 && upperWords * 2 > casedWords;
        if (_gazetteer is not null)
        {
            _gazetteer.Mark(text, tokens, gazetteer);
        }
        else
        {
            gazetteer.Clear();
        }

        if (_lexicon is not null)
        {
            _lexicon.Mark(text, tokens, lexicon);
        }

        for (int i = 0; i < n; i++)
        {
            Span<uint> output = features.Slice(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = TokenFeatures(text, tokens, i, headline, lower, shape, classes, gazetteer, output);
            if (_lexicon is not null)
            {
                uint mark = lexicon[i];
                output[k++] = Combine(110, mark);
                output[k++] = Combine(111, mark, output[3]);
                output[k++] = Combine(112, At(lexicon, i - 1), At(lexicon, i + 1));
            }

            counts[i] = k;
        }
    }

    /// <summary>
    /// Second pass: appends each token's document features (<see cref="DocumentHints"/>) to the features
    /// <see cref="Extract"/> wrote, combined with its lower-case word, shape and flags (features 2, 3 and 4).
    /// </summary>
    public static void AppendHints(Span<uint> features, Span<int> counts, int n, ReadOnlySpan<uint> hints)
    {
        for (int i = 0; i < n; i++)
        {
            Span<uint> output = features.Slice(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = counts[i];
            WriteHints(output.Slice(k, HintFeatureCount), hints[i], At(hints, i - 1), At(hints, i + 1), output[2], output[3], output[4]);
            counts[i] = k + HintFeatureCount;
        }
    }

    /// <summary>Document features a token gets in the second pass.</summary>
    public const int HintFeatureCount = 16;

    /// <summary>Features <see cref="HintFeatures"/> needs from <see cref="Extract"/>'s output, per token.</summary>
    public const int WordFeatureCount = 3;

    /// <summary>Copies the features of <paramref name="n"/> tokens that <see cref="HintFeatures"/> combines with (2, 3 and 4).</summary>
    public static void KeepWordFeatures(ReadOnlySpan<uint> features, int n, Span<uint> wordFeatures)
    {
        for (int i = 0; i < n; i++)
        {
            features.Slice((i * MaxFeaturesPerToken) + 2, WordFeatureCount).CopyTo(wordFeatures.Slice(i * WordFeatureCount, WordFeatureCount));
        }
    }

    /// <summary>
    /// The same document features as <see cref="AppendHints"/>, on their own: <see cref="HintFeatureCount"/> a
    /// token, from the features <see cref="KeepWordFeatures"/> kept.
    /// </summary>
    public static void HintFeatures(ReadOnlySpan<uint> wordFeatures, ReadOnlySpan<uint> hints, int n, Span<uint> output)
    {
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<uint> word = wordFeatures.Slice(i * WordFeatureCount, WordFeatureCount);
            WriteHints(output.Slice(i * HintFeatureCount, HintFeatureCount), hints[i], At(hints, i - 1), At(hints, i + 1), word[0], word[1], word[2]);
        }
    }

    private static void WriteHints(Span<uint> output, uint hint, uint previous, uint next, uint lower, uint shape, uint flags)
    {
        output[0] = Combine(100, DocumentHints.Majority(hint));
        output[1] = Combine(101, DocumentHints.MajorityAndLower(hint), shape);
        output[2] = Combine(102, DocumentHints.Own(hint));
        output[3] = Combine(103, DocumentHints.MajorityLowerAndOwn(hint), lower);
        output[4] = Combine(104, DocumentHints.Own(previous), DocumentHints.Own(next));
        output[5] = Combine(105, DocumentHints.MajorityAndLower(hint), flags);
        output[6] = Combine(106, DocumentHints.BestType(hint), flags);
        output[7] = Combine(107, DocumentHints.BestType(hint), DocumentHints.Own(hint));
        output[8] = Combine(108, DocumentHints.Share(hint, EntityType.Person), flags & 0xFFu);
        output[9] = Combine(109, DocumentHints.Share(hint, EntityType.Organization), flags & 0xFFu);
        output[10] = Combine(110, DocumentHints.Share(hint, EntityType.Location), flags & 0xFFu);
        output[11] = Combine(113, DocumentHints.Ends(hint), flags & 0xFFu);
        output[12] = Combine(114, DocumentHints.Begins(hint), flags & 0xFFu);
        output[13] = Combine(115, DocumentHints.Mix(hint), DocumentHints.Own(hint));
        output[14] = Combine(116, DocumentHints.Mix(hint), flags & 0xFFu);
        output[15] = Combine(117, DocumentHints.Mix(hint) & 3, lower);
    }

    private int TokenFeatures(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        int i,
        bool headline,
        ReadOnlySpan<uint> lower,
        ReadOnlySpan<uint> shape,
        ReadOnlySpan<uint> classes,
        ReadOnlySpan<uint> gazetteer,
        Span<uint> output)
    {
        ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Length);
        int k = 0;
        output[k++] = new FeatureHash(10).Value;

        var h = new FeatureHash(11);
        h.Add(word);
        output[k++] = h.Value;
        output[k++] = Combine(12, lower[i]);
        output[k++] = Combine(41, shape[i]);
        uint flags = Flags(word);
        if (i == 0)
        {
            flags |= 1u << 8;
        }

        if (headline)
        {
            flags |= 1u << 9;
        }

        output[k++] = Combine(42, flags);

        int affixes = Math.Min(5, word.Length);
        for (int a = 1; a <= affixes; a++)
        {
            h = new FeatureHash(20 + a);
            h.Add(word[..a]);
            output[k++] = h.Value;
            h = new FeatureHash(30 + a);
            h.AddLower(word[^a..]);
            output[k++] = h.Value;
        }

        h = new FeatureHash(40);
        h.AddShape(word, 4);
        output[k++] = h.Value;
        output[k++] = Combine(43, flags & 0x3, (uint)(i == 0 ? 1 : 0), headline ? 1u : 0);
        if (headline)
        {
            output[k++] = Combine(44, lower[i]);
        }

        for (int offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            output[k++] = Combine(50 + offset, At(lower, i + offset));
            output[k++] = Combine(60 + offset, At(shape, i + offset));
        }

        output[k++] = Combine(70, At(lower, i - 1), lower[i]);
        output[k++] = Combine(71, lower[i], At(lower, i + 1));
        output[k++] = Combine(72, At(shape, i - 1), shape[i], At(shape, i + 1));
        output[k++] = Combine(73, At(lower, i - 1), shape[i]);
        output[k++] = Combine(74, shape[i], At(lower, i + 1));

        if (_classes is not null)
        {
            uint c = classes[i];
            output[k++] = Combine(80, c & 0x3FF);
            output[k++] = Combine(81, (c >> 10) & 0x3FF);
            output[k++] = Combine(82, c >> 20);
            output[k++] = Combine(83, (At(classes, i - 1) >> 10) & 0x3FF);
            output[k++] = Combine(84, (At(classes, i + 1) >> 10) & 0x3FF);
            output[k++] = Combine(85, (c >> 10) & 0x3FF, shape[i]);
            output[k++] = Combine(86, (At(classes, i - 1) >> 10) & 0x3FF, (c >> 10) & 0x3FF);
            output[k++] = Combine(87, (c >> 10) & 0x3FF, (At(classes, i + 1) >> 10) & 0x3FF);
            output[k++] = Combine(88, (At(classes, i - 2) >> 10) & 0x3FF);
            output[k++] = Combine(89, (At(classes, i + 2) >> 10) & 0x3FF);
            output[k++] = Combine(94, c >> 20, flags & 0x3);
            output[k++] = Combine(95, At(lower, i - 1), (c >> 10) & 0x3FF);
        }

        if (_gazetteer is not null)
        {
            uint g = gazetteer[i];
            if (g != 0)
            {
                output[k++] = Combine(90, g);
                output[k++] = Combine(91, g, shape[i]);
            }

            output[k++] = Combine(92, At(gazetteer, i - 1), At(gazetteer, i + 1));
        }

        return k;
    }

    private static uint At(ReadOnlySpan<uint> values, int index) =>
        index < 0 ? BeforeSentence : index >= values.Length ? AfterSentence : values[index];

    private static uint Combine(int template, uint a)
    {
        var h = new FeatureHash(template);
        h.Add(a);
        return h.Value;
    }

    private static uint Combine(int template, uint a, uint b)
    {
        var h = new FeatureHash(template);
        h.Add(a);
        h.Add(b);
        return h.Value;
    }

    private static uint Combine(int template, uint a, uint b, uint c)
    {
        var h = new FeatureHash(template);
        h.Add(a);
        h.Add(b);
        h.Add(c);
        return h.Value;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Case and character flags: capitalized, all caps, lower, digits, hyphen, period, apostrophe, non-ASCII.</summary>
    private static uint Flags(ReadOnlySpan<char> word)
    {
        bool upper = false, lowerSeen = false, digit = false, hyphen = false, period = false, apostrophe = false, other = false;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                upper = true;
            }
            else if (char.IsLower(c))
            {
                lowerSeen = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (c == '-')
            {
                hyphen = true;
            }
            else if (c == '.')
            {
                period = true;
            }
            else if (c is '\'' or '\u2019')
            {
                apostrophe = true;
            }
            else if (c >= 128)
            {
                other = true;
            }
        }

        uint flags = 0;
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= 1;
        }

        if (upper && !lowerSeen)
        {
            flags |= 2;
        }

        if (lowerSeen && !upper)
        {
            flags |= 4;
        }

        if (digit)
        {
            flags |= 8;
        }

        if (hyphen)
        {
            flags |= 16;
        }

        if (period)
        {
            flags |= 32;
        }

        if (apostrophe)
        {
            flags |= 64;
        }

        if (other)
        {
            flags |= 128;
        }

        return flags;
    }
}
